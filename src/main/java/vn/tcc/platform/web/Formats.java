package vn.tcc.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import vn.tcc.shared.time.TccTime;

/** Dates in Asia/Ho_Chi_Minh and numbers the way each language writes them. */
@Named("formats")
@RequestScoped
public class Formats {
  private static final DateTimeFormatter VI_DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(TccTime.ZONE);
  private static final DateTimeFormatter EN_DATE_TIME =
      // One date format per language, the date pickers' too: dd/MM/yyyy and yyyy-MM-dd.
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", java.util.Locale.ENGLISH)
          .withZone(TccTime.ZONE);

  @Inject LanguageSelection language;

  public String dateTime(Instant instant) {
    if (instant == null) {
      return "";
    }
    return (language.isVietnamese() ? VI_DATE_TIME : EN_DATE_TIME).format(instant);
  }

  public String date(java.time.LocalDate date) {
    if (date == null) {
      return "";
    }
    return date.format(DateTimeFormatter.ofPattern(datePattern()));
  }

  public String number(long value) {
    return NumberFormat.getIntegerInstance(language.getLocale()).format(value);
  }

  /** The time of day in Vietnam, "HH:mm" in both languages. */
  public String time(Instant instant) {
    return instant == null
        ? ""
        : DateTimeFormatter.ofPattern("HH:mm").withZone(TccTime.ZONE).format(instant);
  }

  /**
   * A decimal with exactly {@code digits} after the separator the language uses: "88,00" in
   * Vietnamese, "88.00" in English; empty for null.
   */
  public String decimal(Number value, int digits) {
    if (value == null) {
      return "";
    }
    NumberFormat format = NumberFormat.getNumberInstance(language.getLocale());
    int places = Math.max(0, Math.min(digits, 6));
    format.setMinimumFractionDigits(places);
    format.setMaximumFractionDigits(places);
    return format.format(value);
  }

  /** The date pattern PrimeFaces date pickers use in the current language. */
  public String datePattern() {
    return language.isVietnamese() ? "dd/MM/yyyy" : "yyyy-MM-dd";
  }
}
