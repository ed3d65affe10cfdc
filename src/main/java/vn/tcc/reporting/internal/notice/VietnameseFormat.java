package vn.tcc.reporting.internal.notice;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import vn.tcc.shared.time.TccTime;

/**
 * Numbers, money and dates as Vietnamese official documents write them: {@code 18.000.000 đồng},
 * {@code 78,5 km/h}, {@code 21/11/2026 08:15}, "Gia Lai, ngày 05 tháng 3 năm 2026". Written out by
 * hand rather than through the JDK's locale data, whose Vietnamese symbols have changed between
 * releases; a notice must read the same on every server.
 */
public final class VietnameseFormat {
  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(TccTime.ZONE);
  private static final DateTimeFormatter DATE_TIME_SECONDS =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(TccTime.ZONE);

  private VietnameseFormat() {}

  /** {@code 18000000} → {@code 18.000.000 đồng}. */
  public static String money(long vnd) {
    return grouped(vnd) + " đồng";
  }

  /** Thousands separated by dots: {@code 1500000} → {@code 1.500.000}. */
  public static String grouped(long value) {
    String digits = Long.toString(Math.abs(value));
    StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3 + 1);
    if (value < 0) {
      out.append('-');
    }
    int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
    out.append(digits, 0, lead);
    for (int i = lead; i < digits.length(); i += 3) {
      out.append('.').append(digits, i, i + 3);
    }
    return out.toString();
  }

  /** A decimal with a comma and no trailing zeros: {@code 78.50} → {@code 78,5}. */
  public static String decimal(BigDecimal value) {
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.scale() < 0) {
      plain = plain.setScale(0);
    }
    return plain.toPlainString().replace('.', ',');
  }

  public static String kmh(BigDecimal value) {
    return decimal(value) + " km/h";
  }

  /** {@code 21/11/2026}. */
  public static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** {@code 21/11/2026 08:15}, in Vietnam's zone. */
  public static String dateTime(Instant at) {
    return DATE_TIME.format(at);
  }

  /** {@code 21/11/2026 08:15:30}, in Vietnam's zone: camera times are kept to the second. */
  public static String dateTimeWithSeconds(Instant at) {
    return DATE_TIME_SECONDS.format(at);
  }

  /**
   * The place-and-date line of an official document (Decree 30/2020): a day below 10 and the months
   * January and February take a leading zero, so nobody can add a digit in front.
   */
  public static String placeAndDate(String place, LocalDate day) {
    int month = day.getMonthValue();
    return place
        + ", ngày "
        + (day.getDayOfMonth() < 10 ? "0" : "")
        + day.getDayOfMonth()
        + " tháng "
        + (month <= 2 ? "0" : "")
        + month
        + " năm "
        + day.getYear();
  }

  public static LocalDate dayInVietnam(Instant at) {
    return LocalDate.ofInstant(at, TccTime.ZONE);
  }

  public static String upperCase(String text) {
    return text.toUpperCase(VIETNAMESE);
  }
}
