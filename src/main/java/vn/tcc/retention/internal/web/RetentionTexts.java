package vn.tcc.retention.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
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

  /** A size in bytes, e.g. "1,5 GB". */
  public String bytes(long bytes) {
    return bytes(bytes, PageMessages.locale());
  }

  static String bytes(long bytes, java.util.Locale locale) {
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
