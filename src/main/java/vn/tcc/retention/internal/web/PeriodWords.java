package vn.tcc.retention.internal.web;

import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tcc.shared.i18n.Messages;

/** A period as people say it: "30 ngày", "5 năm", "1 năm 6 tháng" (P30D, P5Y, P1Y6M). */
final class PeriodWords {
  private PeriodWords() {}

  static String of(Period period, Locale locale) {
    if (period == null) {
      return "—";
    }
    List<String> parts = new ArrayList<>();
    if (period.getYears() != 0) {
      parts.add(Messages.text("retention.period.years", locale, period.getYears()));
    }
    if (period.getMonths() != 0) {
      parts.add(Messages.text("retention.period.months", locale, period.getMonths()));
    }
    if (period.getDays() != 0 || parts.isEmpty()) {
      parts.add(Messages.text("retention.period.days", locale, period.getDays()));
    }
    return String.join(" ", parts);
  }

  /** The words of an ISO-8601 period; the text itself when it is none. */
  static String of(String iso, Locale locale) {
    if (iso == null || iso.isBlank()) {
      return "—";
    }
    try {
      return of(Period.parse(iso), locale);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }
}
