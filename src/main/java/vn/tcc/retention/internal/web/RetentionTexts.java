package vn.tcc.retention.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tcc.shared.web.PageMessages;

/** Retention's words for the pages: periods in words, sizes in MB/GB. */
@Named("retentionText")
@RequestScoped
public class RetentionTexts {
  private static final String[] UNITS = {"B", "KB", "MB", "GB", "TB", "PB"};

  /** "30 ngày" for P30D in Vietnamese, "30 days" in English. */
  public String period(String iso) {
    return PeriodWords.of(iso, PageMessages.locale());
  }

  private static final Pattern EVENT_FILE =
      Pattern.compile("(\\S+) of event (\\d+) \\(([A-Z_]{1,40})\\)");

  /**
   * An item's description in the reader's words: the evidence source writes "image/jpeg of event 12
   * (RED_LIGHT)", which reads "Ảnh, sự kiện 12: Không chấp hành hiệu lệnh…" here; anything else is
   * shown as written.
   */
  public String description(String written) {
    return description(written, PageMessages.locale());
  }

  static String description(String written, Locale locale) {
    if (written == null) {
      return "";
    }
    Matcher m = EVENT_FILE.matcher(written.strip());
    if (!m.matches()) {
      return written;
    }
    ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
    String media =
        m.group(1).startsWith("video/")
            ? "retention.review.media.video"
            : "retention.review.media.image";
    String typeKey = "violation.type." + m.group(3);
    String type =
        bundle.containsKey(typeKey)
            ? bundle.getString(typeKey)
            : m.group(3).replace('_', ' ').toLowerCase(locale);
    return MessageFormat.format(
        bundle.getString("retention.review.eventFile"), bundle.getString(media), m.group(2), type);
  }

  /** A size in bytes, e.g. "1,5 GB". */
  public String bytes(long bytes) {
    return bytes(bytes, PageMessages.locale());
  }

  static String bytes(long bytes, Locale locale) {
    if (bytes < 1024) {
      return bytes + " B";
    }
    double value = bytes;
    int unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return String.format(locale, "%.1f %s", value, UNITS[unit]);
  }
}
