package vn.tcc.reporting.internal.web;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.function.Supplier;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tcc.reporting.internal.application.ReportExport;
import vn.tcc.reporting.internal.application.ReportingActor;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.PageMessages;

/** What the coordinator's and the reviewer's pages share: the actor, figures typed and shown. */
final class ReportPages {
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ReportPages() {}

  static ReportingActor actor(CurrentRequest request) {
    return new ReportingActor(request.caller(), request.tokenClaim(ReportingActor.UNIT_CLAIM));
  }

  static boolean vietnamese() {
    return !"en".equals(PageMessages.locale().getLanguage());
  }

  static String text(String key, Object... args) {
    return Messages.text(key, PageMessages.locale(), args);
  }

  /**
   * A figure typed on the page, the Vietnamese way: dots between thousands (1.234.567) for counts
   * and money; a comma (or a dot) before the decimals of a rate (87,5).
   *
   * @throws ValidationException when it is no number
   */
  static BigDecimal figure(String field, String type, String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String compact = typed.strip().replace(" ", "").replace("\u00a0", "");
    String plain =
        "PERCENT".equals(type)
            ? compact.replace(',', '.')
            : compact.replace(".", "").replace(",", "");
    if (plain.length() > 40 || !plain.matches("-?[0-9]+(\\.[0-9]+)?")) {
      throw new ValidationException(
          java.util.List.of(FieldError.of(field, "reporting.value.notANumber", typed.strip())));
    }
    return new BigDecimal(plain);
  }

  /** A figure as the page shows it: 1.234.567, or 87,5 for rates. */
  static String show(String type, BigDecimal number) {
    if (number == null) {
      return "";
    }
    if ("PERCENT".equals(type)) {
      BigDecimal plain = number.stripTrailingZeros();
      return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString().replace('.', ',');
    }
    return String.format(Locale.ROOT, "%,d", number.longValue()).replace(',', '.');
  }

  /**
   * The errors of an imported template: "Row 12, indicator VIO.DETECTED: must not be negative" for
   * a cell ({@code R12:VIO.DETECTED}), the message alone for the file.
   */
  static vn.tcc.shared.web.FieldErrorText cellErrors() {
    return (error, locale) -> {
      String message = Messages.text(error.messageKey(), locale, error.args().toArray());
      java.util.regex.Matcher cell =
          java.util.regex.Pattern.compile("R([0-9]+):(.*)", java.util.regex.Pattern.DOTALL)
              .matcher(error.field());
      return cell.matches()
          ? Messages.text("reporting.import.cell", locale, cell.group(1), cell.group(2))
              + ": "
              + message
          : message;
    };
  }

  static StreamedContent file(Supplier<ReportExport.ReportFile> export, String type) {
    ReportExport.ReportFile file = export.get();
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(type)
        .contentLength((long) file.content().length)
        .stream(() -> new java.io.ByteArrayInputStream(file.content()))
        .build();
  }
}
