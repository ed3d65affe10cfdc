package vn.tcc.camera.internal.domain;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.shared.error.FieldError;

/**
 * The rules a camera's details must keep, whoever enters them (form, API or spreadsheet). Rules
 * that need the database (unique code, existing site and owner, the caller's jurisdiction) are
 * checked by the registry service; these need only the details, today's date and the province.
 */
public final class CameraRules {
  public static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_.-]{1,63}");
  // Vietnamese road kilometre markers: "Km 12", "Km12+300".
  private static final Pattern KM_MARKER =
      Pattern.compile("km ?\\d{1,4}(\\+\\d{1,3})?", Pattern.CASE_INSENSITIVE);
  private static final Set<String> STREAM_SCHEMES = Set.of("rtsp", "rtsps", "http", "https");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private CameraRules() {}

  /**
   * Every broken rule, empty when the details are acceptable.
   *
   * @param provinceBounds the province's box; null when the province has none configured
   */
  public static List<FieldError> check(
      CameraDetails camera, LocalDate today, GeoBounds provinceBounds) {
    List<FieldError> errors = new ArrayList<>();
    if (camera.code() == null) {
      errors.add(FieldError.of("code", "camera.error.required"));
    } else if (!CODE.matcher(camera.code()).matches()) {
      errors.add(FieldError.of("code", "camera.error.code.format"));
    }
    required(errors, "name", camera.name());
    maxLength(errors, "name", camera.name(), 300);
    if (camera.purposes().isEmpty()) {
      errors.add(FieldError.of("purposes", "camera.error.purposes.required"));
    }
    required(errors, "ownerCode", camera.ownerCode());
    required(errors, "communeCode", camera.communeCode());
    required(errors, "siteCode", camera.siteCode());
    if (camera.status() == null) {
      errors.add(FieldError.of("status", "camera.error.required"));
    }
    checkLocation(errors, camera, provinceBounds);
    maxLength(errors, "address", camera.address(), 500);
    maxLength(errors, "route", camera.route(), 100);
    if (camera.kmMarker() != null && !KM_MARKER.matcher(camera.kmMarker()).matches()) {
      errors.add(FieldError.of("kmMarker", "camera.error.kmMarker.format"));
    }
    maxLength(errors, "resolution", camera.resolution(), 20);
    maxLength(errors, "codec", camera.codec(), 20);
    streamUrl(errors, "mainStreamUrl", camera.mainStreamUrl());
    streamUrl(errors, "subStreamUrl", camera.subStreamUrl());
    percentage(errors, "plateAccuracyDay", camera.plateAccuracyDay());
    percentage(errors, "plateAccuracyNight", camera.plateAccuracyNight());
    checkCertificate(errors, camera, today);
    if (camera.registeredOn() != null && camera.registeredOn().isAfter(today)) {
      errors.add(FieldError.of("registeredOn", "camera.error.date.future"));
    }
    if (camera.needsAnalysis() && !camera.builtInAnalytics() && camera.analysisSiteCode() == null) {
      errors.add(FieldError.of("analysisSiteCode", "camera.error.analysisSite.required"));
    }
    if (camera.vmsExternalId() != null && camera.vmsCode() == null) {
      errors.add(FieldError.of("vmsCode", "camera.error.vms.required"));
    }
    if (camera.status() == CameraStatus.OPERATIONAL && camera.detectsViolations()) {
      checkReadyForEnforcement(errors, camera, today);
    }
    return errors;
  }

  private static void checkLocation(
      List<FieldError> errors, CameraDetails camera, GeoBounds provinceBounds) {
    BigDecimal latitude = camera.latitude();
    BigDecimal longitude = camera.longitude();
    if (latitude == null || longitude == null) {
      if (latitude == null) {
        errors.add(FieldError.of("latitude", "camera.error.required"));
      }
      if (longitude == null) {
        errors.add(FieldError.of("longitude", "camera.error.required"));
      }
      return;
    }
    if (latitude.abs().compareTo(BigDecimal.valueOf(90)) > 0
        || longitude.abs().compareTo(BigDecimal.valueOf(180)) > 0) {
      errors.add(FieldError.of("latitude", "camera.error.location.range"));
    } else if (provinceBounds != null && !provinceBounds.contains(latitude, longitude)) {
      errors.add(
          FieldError.of(
              "latitude",
              "camera.error.location.outsideProvince",
              provinceBounds.minLatitude().toPlainString(),
              provinceBounds.maxLatitude().toPlainString(),
              provinceBounds.minLongitude().toPlainString(),
              provinceBounds.maxLongitude().toPlainString()));
    }
  }

  private static void checkCertificate(
      List<FieldError> errors, CameraDetails camera, LocalDate today) {
    boolean anyCertificateField =
        camera.certificateIssuer() != null
            || camera.certificateIssuedOn() != null
            || camera.certificateExpiresOn() != null;
    if (anyCertificateField && camera.certificateNumber() == null) {
      errors.add(FieldError.of("certificateNumber", "camera.error.certificate.number"));
    }
    maxLength(errors, "certificateNumber", camera.certificateNumber(), 100);
    maxLength(errors, "certificateIssuer", camera.certificateIssuer(), 300);
    maxLength(errors, "registrationNumber", camera.registrationNumber(), 100);
    if (camera.certificateIssuedOn() != null && camera.certificateIssuedOn().isAfter(today)) {
      errors.add(FieldError.of("certificateIssuedOn", "camera.error.date.future"));
    }
    if (camera.certificateIssuedOn() != null
        && camera.certificateExpiresOn() != null
        && camera.certificateExpiresOn().isBefore(camera.certificateIssuedOn())) {
      errors.add(FieldError.of("certificateExpiresOn", "camera.error.certificate.order"));
    }
  }

  /** QCVN 05:2024/BCA conformity and Ministry registration (Circular 67/2024) before use. */
  private static void checkReadyForEnforcement(
      List<FieldError> errors, CameraDetails camera, LocalDate today) {
    if (camera.certificateNumber() == null
        || camera.certificateIssuer() == null
        || camera.certificateIssuedOn() == null
        || camera.certificateExpiresOn() == null) {
      errors.add(FieldError.of("status", "camera.error.operational.certificate"));
    } else if (camera.certificateExpiresOn().isBefore(today)) {
      errors.add(FieldError.of("status", "camera.error.operational.certificateExpired"));
    }
    if (camera.registrationNumber() == null || camera.registeredOn() == null) {
      errors.add(FieldError.of("status", "camera.error.operational.registration"));
    }
  }

  private static void required(List<FieldError> errors, String field, String value) {
    if (value == null) {
      errors.add(FieldError.of(field, "camera.error.required"));
    }
  }

  private static void maxLength(List<FieldError> errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.add(FieldError.of(field, "camera.error.tooLong", max));
    }
  }

  private static void percentage(List<FieldError> errors, String field, BigDecimal value) {
    if (value != null && (value.signum() < 0 || value.compareTo(HUNDRED) > 0)) {
      errors.add(FieldError.of(field, "camera.error.percentage"));
    }
  }

  private static void streamUrl(List<FieldError> errors, String field, String value) {
    if (value == null) {
      return;
    }
    if (value.length() > 500) {
      errors.add(FieldError.of(field, "camera.error.tooLong", 500));
      return;
    }
    try {
      URI uri = new URI(value);
      if (uri.getScheme() == null
          || !STREAM_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
          || uri.getHost() == null) {
        errors.add(FieldError.of(field, "camera.error.streamUrl.format"));
      } else if (uri.getRawUserInfo() != null) {
        // Credentials belong to the VMS connection, which keeps them secret; the registry shows
        // URLs.
        errors.add(FieldError.of(field, "camera.error.streamUrl.credentials"));
      }
    } catch (URISyntaxException e) {
      errors.add(FieldError.of(field, "camera.error.streamUrl.format"));
    }
  }
}
