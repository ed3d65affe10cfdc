package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Logger;
import vn.tcc.reporting.internal.domain.Letterhead;
import vn.tcc.reporting.internal.domain.PeriodKind;
import vn.tcc.reporting.internal.domain.ReportingCalendar;

/**
 * The reporting regime's settings, from the environment: the cut-off day ({@code
 * TCC_REPORT_CUTOFF_DAY}, default 15 per Decree 09/2019), days from a period's last day to its due
 * day ({@code TCC_REPORT_DUE_DAYS}, default 6: the 20th) and from the due day to the lock ({@code
 * TCC_REPORT_LOCK_DAYS}, default 10); and what the Word report prints: the place ({@code
 * TCC_REPORT_PLACE}) and the recipients ({@code TCC_REPORT_RECIPIENTS}, separated by {@code ;});
 * and the synthesis's sender: the superior body ({@code TCC_REPORT_SUPERIOR}), the issuing body
 * ({@code TCC_REPORT_ISSUING_BODY}), the signer's title ({@code TCC_REPORT_SIGNER_TITLE}, lines
 * separated by {@code |}) and the number's suffix ({@code TCC_REPORT_NUMBER_SUFFIX}, e.g. BC-CAT).
 * A value that does not fit is logged and the default (today's Gia Lai police) is used.
 */
@ApplicationScoped
public class ReportingSettings {
  private static final Logger LOG = Logger.getLogger(ReportingSettings.class.getName());

  private final ReportingCalendar calendar;
  private final String place;
  private final List<String> recipients;
  private final Letterhead letterhead;

  public ReportingSettings() {
    this(System::getenv);
  }

  ReportingSettings(Function<String, String> environment) {
    int cutoff =
        number(environment, "TCC_REPORT_CUTOFF_DAY", ReportingCalendar.DECREE_09_CUTOFF_DAY, 1, 28);
    int due = number(environment, "TCC_REPORT_DUE_DAYS", ReportingCalendar.DEFAULT_DUE_DAYS, 0, 90);
    int lock =
        number(environment, "TCC_REPORT_LOCK_DAYS", ReportingCalendar.DEFAULT_LOCK_DAYS, 0, 366);
    Map<PeriodKind, Integer> dueDays = new EnumMap<>(PeriodKind.class);
    for (PeriodKind kind : PeriodKind.values()) {
      dueDays.put(kind, due);
    }
    this.calendar = new ReportingCalendar(cutoff, dueDays, lock);
    String placeSetting = environment.apply("TCC_REPORT_PLACE");
    this.place = placeSetting == null || placeSetting.isBlank() ? "Gia Lai" : placeSetting.strip();
    String recipientSetting = environment.apply("TCC_REPORT_RECIPIENTS");
    this.recipients =
        recipientSetting == null || recipientSetting.isBlank()
            ? List.of("Công an tỉnh Gia Lai (Phòng Cảnh sát giao thông)", "Lưu: VT")
            : List.of(recipientSetting.split(";")).stream()
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    this.letterhead = letterhead(environment);
  }

  private static Letterhead letterhead(Function<String, String> environment) {
    Letterhead fallback = Letterhead.DEFAULT;
    String superior = line(environment, "TCC_REPORT_SUPERIOR", fallback.superior(), 200);
    String body = line(environment, "TCC_REPORT_ISSUING_BODY", fallback.issuingBody(), 200);
    String title = line(environment, "TCC_REPORT_SIGNER_TITLE", fallback.signerTitle(), 200);
    String signerTitle =
        List.of(title.split("\\|")).stream()
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .reduce((a, b) -> a + "\n" + b)
            .orElse(fallback.signerTitle());
    String suffix = line(environment, "TCC_REPORT_NUMBER_SUFFIX", fallback.numberSuffix(), 20);
    if (!Letterhead.SUFFIX.matcher(suffix).matches()) {
      LOG.warning(
          "TCC_REPORT_NUMBER_SUFFIX="
              + suffix
              + " is not capitals, digits and dashes; using "
              + fallback.numberSuffix());
      suffix = fallback.numberSuffix();
    }
    return new Letterhead(superior, body, signerTitle, suffix);
  }

  /** A one-line text setting, stripped; the fallback when blank, too long or holding controls. */
  private static String line(
      Function<String, String> environment, String name, String fallback, int max) {
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    String text = value.strip();
    if (text.length() > max || text.chars().anyMatch(Character::isISOControl)) {
      LOG.warning(name + " is longer than " + max + " characters or holds controls; using default");
      return fallback;
    }
    return text;
  }

  /** The synthesis's sender, signer's title and number suffix. */
  public Letterhead letterhead() {
    return letterhead;
  }

  public ReportingCalendar calendar() {
    return calendar;
  }

  public String place() {
    return place;
  }

  public List<String> recipients() {
    return recipients;
  }

  private static int number(
      Function<String, String> environment, String name, int fallback, int min, int max) {
    String value = environment.apply(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // logged below
    }
    LOG.warning(
        name + "=" + value + " is not a number from " + min + " to " + max + "; using " + fallback);
    return fallback;
  }
}
