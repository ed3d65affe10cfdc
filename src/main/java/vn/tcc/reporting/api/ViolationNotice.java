package vn.tcc.reporting.api;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import vn.tcc.shared.media.MediaTypes;
import vn.tcc.shared.time.TccTime;

/**
 * Everything a notice of violation (Thông báo vi phạm) shows, ready to print: the violation module
 * decides the facts, the fine and the deadline; the documents only lay them out. Texts are
 * Vietnamese as they must appear (e.g. the violation "Không chấp hành hiệu lệnh của đèn tín hiệu
 * giao thông"); times are instants, shown in Vietnam's zone.
 *
 * <p>The constructor refuses a notice that would print badly or mislead: a missing required text, a
 * text longer than its limit (so every row of the document fits on a page), a fine range upside
 * down, a SHA-256 that is not 64 hex digits, a photo that is not a JPEG.
 *
 * @param issuer the police unit that sends the notice
 * @param noticeNumber the notice's number, e.g. {@code TB-2026-000123}
 * @param caseNumber the violation case it belongs to
 * @param issuedAt when the notice was made
 * @param recipient the vehicle owner as identified (registration agency, population database)
 * @param plate the plate as registered, e.g. {@code 81A-123.45}
 * @param vehicleClass the vehicle class as shown, e.g. "Xe ô tô"
 * @param violation the violation as the decree words it
 * @param occurredAt when the camera recorded it
 * @param place the address where it happened
 * @param cameraCode the camera (device) that recorded it
 * @param speed measured speed and limit, for speeding; null otherwise
 * @param legalReference the provision violated, e.g. "Điểm b khoản 9 Điều 6 Nghị định
 *     168/2024/NĐ-CP"
 * @param fine the fine range the decree sets and the licence points it deducts
 * @param respondBy the last day (included) to come forward or answer
 * @param respondAt the unit where the recipient comes to settle the case
 * @param onlineResponse where to answer online instead (e.g. "Cổng Dịch vụ công quốc gia"); null
 *     when only coming in person is offered
 * @param paymentMethods how to pay once the penalty decision is made, one line each
 * @param evidence the photo and what lets the recipient verify the notice
 * @param signatory who signs for the unit; null to leave the signature block out
 */
public record ViolationNotice(
    IssuingUnit issuer,
    String noticeNumber,
    String caseNumber,
    Instant issuedAt,
    Recipient recipient,
    String plate,
    String vehicleClass,
    String violation,
    Instant occurredAt,
    String place,
    String cameraCode,
    Speed speed,
    String legalReference,
    Fine fine,
    LocalDate respondBy,
    Office respondAt,
    String onlineResponse,
    List<String> paymentMethods,
    Evidence evidence,
    Signatory signatory) {

  /** Names: people, units, positions. */
  public static final int MAX_NAME = 200;

  /** Addresses, labels, legal references, payment lines. */
  public static final int MAX_TEXT = 500;

  /** Numbers, codes, plates, phone numbers. */
  public static final int MAX_CODE = 50;

  public static final int MAX_PAYMENT_METHODS = 8;

  public ViolationNotice {
    Objects.requireNonNull(issuer, "issuer");
    noticeNumber = required(noticeNumber, "noticeNumber", MAX_CODE);
    caseNumber = required(caseNumber, "caseNumber", MAX_CODE);
    Objects.requireNonNull(issuedAt, "issuedAt");
    Objects.requireNonNull(recipient, "recipient");
    plate = required(plate, "plate", MAX_CODE);
    vehicleClass = required(vehicleClass, "vehicleClass", MAX_NAME);
    violation = required(violation, "violation", MAX_TEXT);
    Objects.requireNonNull(occurredAt, "occurredAt");
    place = required(place, "place", MAX_TEXT);
    cameraCode = required(cameraCode, "cameraCode", MAX_CODE);
    legalReference = required(legalReference, "legalReference", MAX_TEXT);
    Objects.requireNonNull(fine, "fine");
    Objects.requireNonNull(respondBy, "respondBy");
    Objects.requireNonNull(respondAt, "respondAt");
    onlineResponse = optional(onlineResponse, "onlineResponse", MAX_TEXT);
    Objects.requireNonNull(paymentMethods, "paymentMethods");
    if (paymentMethods.isEmpty() || paymentMethods.size() > MAX_PAYMENT_METHODS) {
      throw new IllegalArgumentException(
          "paymentMethods: 1 to " + MAX_PAYMENT_METHODS + " lines, not " + paymentMethods.size());
    }
    paymentMethods =
        paymentMethods.stream().map(line -> required(line, "paymentMethods", MAX_TEXT)).toList();
    Objects.requireNonNull(evidence, "evidence");
    if (occurredAt.isAfter(issuedAt)) {
      throw new IllegalArgumentException("occurredAt is after issuedAt");
    }
    if (respondBy.isBefore(LocalDate.ofInstant(issuedAt, TccTime.ZONE))) {
      throw new IllegalArgumentException("respondBy is before the day of issue");
    }
  }

  /**
   * The police unit that issues the notice, as its heading names it.
   *
   * @param superior the body above it, shown first in the heading, e.g. "Công an tỉnh Gia Lai";
   *     null when the name says it all
   * @param name the unit's full name, e.g. "Phòng Cảnh sát giao thông Công an tỉnh Gia Lai"
   * @param address where it is
   * @param phone its phone number; null if none is published
   * @param placeOfIssue the place in the date line ("Gia Lai, ngày …"), usually the province
   */
  public record IssuingUnit(
      String superior, String name, String address, String phone, String placeOfIssue) {
    public IssuingUnit {
      superior = optional(superior, "issuer.superior", MAX_NAME);
      name = required(name, "issuer.name", MAX_NAME);
      address = required(address, "issuer.address", MAX_TEXT);
      phone = optional(phone, "issuer.phone", MAX_CODE);
      placeOfIssue = required(placeOfIssue, "issuer.placeOfIssue", MAX_NAME);
    }
  }

  /** The vehicle owner the notice is addressed to, as identified. */
  public record Recipient(String name, String address) {
    public Recipient {
      name = required(name, "recipient.name", MAX_NAME);
      address = required(address, "recipient.address", MAX_TEXT);
    }
  }

  /** A police unit the recipient can go to; {@code phone} may be null. */
  public record Office(String name, String address, String phone) {
    public Office {
      name = required(name, "respondAt.name", MAX_NAME);
      address = required(address, "respondAt.address", MAX_TEXT);
      phone = optional(phone, "respondAt.phone", MAX_CODE);
    }
  }

  /** A speed measurement in km/h: above the limit, or it would not be a violation. */
  public record Speed(BigDecimal measuredKmh, BigDecimal limitKmh) {
    public Speed {
      Objects.requireNonNull(measuredKmh, "speed.measuredKmh");
      Objects.requireNonNull(limitKmh, "speed.limitKmh");
      if (limitKmh.signum() <= 0 || measuredKmh.compareTo(limitKmh) <= 0) {
        throw new IllegalArgumentException(
            "speed: the measured speed must exceed a positive limit, not "
                + measuredKmh
                + " / "
                + limitKmh);
      }
    }

    public BigDecimal excessKmh() {
      return measuredKmh.subtract(limitKmh);
    }
  }

  /**
   * The fine as the decree sets it for the violation: a range (the penalty decision fixes the
   * amount; {@code minVnd == maxVnd} for a single figure) and the points deducted from the driving
   * licence (0 to 12; 0 when none).
   */
  public record Fine(long minVnd, long maxVnd, int licencePoints) {
    public Fine {
      if (minVnd <= 0 || maxVnd < minVnd) {
        throw new IllegalArgumentException("fine: range " + minVnd + "–" + maxVnd + " VND");
      }
      if (licencePoints < 0 || licencePoints > 12) {
        throw new IllegalArgumentException("fine: licence points " + licencePoints);
      }
    }
  }

  /**
   * The evidence shown and how the recipient checks that the notice is genuine.
   *
   * @param photoJpeg the violation photo as a JPEG; null when there is none (the document says so)
   * @param sha256 SHA-256 of the original evidence as stored, 64 hex digits (kept lower case)
   * @param verificationCode the short code the recipient enters, e.g. {@code 7KQ2-M9XD-4F}
   * @param verificationUrl the public page where the code is entered
   */
  public record Evidence(
      byte[] photoJpeg, String sha256, String verificationCode, URI verificationUrl) {
    private static final Pattern SHA_256 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    public Evidence {
      if (photoJpeg != null) {
        if (!MediaTypes.JPEG.equals(MediaTypes.sniff(photoJpeg))) {
          throw new IllegalArgumentException("evidence.photoJpeg: not a JPEG");
        }
        photoJpeg = photoJpeg.clone();
      }
      if (sha256 == null || !SHA_256.matcher(sha256).matches()) {
        throw new IllegalArgumentException("evidence.sha256: 64 hex digits expected");
      }
      sha256 = sha256.toLowerCase(Locale.ROOT);
      verificationCode = required(verificationCode, "evidence.verificationCode", 32);
      if (!CODE.matcher(verificationCode).matches()) {
        throw new IllegalArgumentException(
            "evidence.verificationCode: upper-case letters and digits in groups joined by '-'");
      }
      Objects.requireNonNull(verificationUrl, "evidence.verificationUrl");
      String scheme = verificationUrl.getScheme();
      if (!("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))
          || verificationUrl.getHost() == null
          || verificationUrl.toString().length() > MAX_TEXT) {
        throw new IllegalArgumentException("evidence.verificationUrl: an absolute web address");
      }
    }

    /** A copy of the photo; null when there is none. */
    @Override
    public byte[] photoJpeg() {
      return photoJpeg == null ? null : photoJpeg.clone();
    }

    public boolean hasPhoto() {
      return photoJpeg != null;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Evidence that
          && Arrays.equals(photoJpeg, that.photoJpeg)
          && sha256.equals(that.sha256)
          && verificationCode.equals(that.verificationCode)
          && verificationUrl.equals(that.verificationUrl);
    }

    @Override
    public int hashCode() {
      return Objects.hash(Arrays.hashCode(photoJpeg), sha256, verificationCode, verificationUrl);
    }

    @Override
    public String toString() {
      return "Evidence[photo="
          + (photoJpeg == null ? "none" : photoJpeg.length + " bytes")
          + ", sha256="
          + sha256
          + ", verificationCode="
          + verificationCode
          + ", verificationUrl="
          + verificationUrl
          + "]";
    }
  }

  /**
   * Who signs for the unit, e.g. position "KT. TRƯỞNG PHÒNG\nPHÓ TRƯỞNG PHÒNG" (a line break
   * allowed) and the name.
   */
  public record Signatory(String position, String name) {
    public Signatory {
      position = required(position, "signatory.position", MAX_NAME);
      name = required(name, "signatory.name", MAX_NAME);
    }
  }

  private static String required(String value, String field, int maxLength) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(field + ": required");
    }
    return checked(value.strip(), field, maxLength);
  }

  private static String optional(String value, String field, int maxLength) {
    return value == null || value.isBlank() ? null : checked(value.strip(), field, maxLength);
  }

  private static String checked(String value, String field, int maxLength) {
    if (value.length() > maxLength) {
      throw new IllegalArgumentException(field + ": longer than " + maxLength + " characters");
    }
    return value;
  }
}
