package vn.tcc.camera.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;

/**
 * Everything a person states about a camera: what the create and edit forms, the API and a row of
 * an imported spreadsheet carry. Live health is not here; the VMS reports it.
 */
public record CameraDetails(
    String code,
    String name,
    Set<CameraPurpose> purposes,
    String ownerCode,
    String communeCode,
    BigDecimal latitude,
    BigDecimal longitude,
    String address,
    String route,
    String kmMarker,
    String siteCode,
    String analysisSiteCode,
    String resolution,
    String codec,
    String mainStreamUrl,
    String subStreamUrl,
    boolean onvif,
    boolean builtInAnalytics,
    BigDecimal plateAccuracyDay,
    BigDecimal plateAccuracyNight,
    String certificateNumber,
    String certificateIssuer,
    LocalDate certificateIssuedOn,
    LocalDate certificateExpiresOn,
    String registrationNumber,
    LocalDate registeredOn,
    CameraStatus status,
    String vmsCode,
    String vmsExternalId)
    implements java.io.Serializable {

  public CameraDetails {
    code = upperOrNull(code);
    name = trimOrNull(name);
    purposes =
        purposes == null || purposes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(purposes));
    ownerCode = upperOrNull(ownerCode);
    communeCode = upperOrNull(communeCode);
    latitude = scaled(latitude, 6);
    longitude = scaled(longitude, 6);
    address = trimOrNull(address);
    route = trimOrNull(route);
    kmMarker = trimOrNull(kmMarker);
    siteCode = upperOrNull(siteCode);
    analysisSiteCode = upperOrNull(analysisSiteCode);
    resolution = trimOrNull(resolution);
    codec = trimOrNull(codec);
    mainStreamUrl = trimOrNull(mainStreamUrl);
    subStreamUrl = trimOrNull(subStreamUrl);
    plateAccuracyDay = scaled(plateAccuracyDay, 2);
    plateAccuracyNight = scaled(plateAccuracyNight, 2);
    certificateNumber = trimOrNull(certificateNumber);
    certificateIssuer = trimOrNull(certificateIssuer);
    registrationNumber = trimOrNull(registrationNumber);
    vmsCode = upperOrNull(vmsCode);
    vmsExternalId = trimOrNull(vmsExternalId);
  }

  /** The same details under another code (the registry keeps a camera's code as registered). */
  public CameraDetails withCode(String newCode) {
    return copy(newCode, vmsCode, vmsExternalId);
  }

  /** The same camera linked to another VMS camera (both null: unlinked). */
  public CameraDetails withVmsLink(String newVmsCode, String newExternalId) {
    return copy(code, newVmsCode, newExternalId);
  }

  private CameraDetails copy(String newCode, String newVmsCode, String newExternalId) {
    return new CameraDetails(
        newCode,
        name,
        purposes,
        ownerCode,
        communeCode,
        latitude,
        longitude,
        address,
        route,
        kmMarker,
        siteCode,
        analysisSiteCode,
        resolution,
        codec,
        mainStreamUrl,
        subStreamUrl,
        onvif,
        builtInAnalytics,
        plateAccuracyDay,
        plateAccuracyNight,
        certificateNumber,
        certificateIssuer,
        certificateIssuedOn,
        certificateExpiresOn,
        registrationNumber,
        registeredOn,
        status,
        newVmsCode,
        newExternalId);
  }

  public boolean detectsViolations() {
    return purposes.stream().anyMatch(CameraPurpose::detectsViolations);
  }

  public boolean needsAnalysis() {
    return purposes.stream().anyMatch(CameraPurpose::needsAnalysis);
  }

  /** The fields by name, in form order, as text for history and comparison. */
  public Map<String, String> asFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", code);
    fields.put("name", name);
    fields.put(
        "purposes",
        purposes.isEmpty()
            ? null
            : String.join(",", EnumSet.copyOf(purposes).stream().map(Enum::name).toList()));
    fields.put("ownerCode", ownerCode);
    fields.put("communeCode", communeCode);
    fields.put("latitude", text(latitude));
    fields.put("longitude", text(longitude));
    fields.put("address", address);
    fields.put("route", route);
    fields.put("kmMarker", kmMarker);
    fields.put("siteCode", siteCode);
    fields.put("analysisSiteCode", analysisSiteCode);
    fields.put("resolution", resolution);
    fields.put("codec", codec);
    fields.put("mainStreamUrl", mainStreamUrl);
    fields.put("subStreamUrl", subStreamUrl);
    fields.put("onvif", Boolean.toString(onvif));
    fields.put("builtInAnalytics", Boolean.toString(builtInAnalytics));
    fields.put("plateAccuracyDay", text(plateAccuracyDay));
    fields.put("plateAccuracyNight", text(plateAccuracyNight));
    fields.put("certificateNumber", certificateNumber);
    fields.put("certificateIssuer", certificateIssuer);
    fields.put("certificateIssuedOn", text(certificateIssuedOn));
    fields.put("certificateExpiresOn", text(certificateExpiresOn));
    fields.put("registrationNumber", registrationNumber);
    fields.put("registeredOn", text(registeredOn));
    fields.put("status", status == null ? null : status.name());
    fields.put("vmsCode", vmsCode);
    fields.put("vmsExternalId", vmsExternalId);
    return fields;
  }

  /** What changes from this state to the next one, field by field; empty when nothing does. */
  public List<FieldChange> changesTo(CameraDetails next) {
    Map<String, String> before = asFields();
    Map<String, String> after = next.asFields();
    List<FieldChange> changes = new ArrayList<>();
    before.forEach(
        (field, old) -> {
          String now = after.get(field);
          if (!Objects.equals(old, now)) {
            changes.add(new FieldChange(field, old, now));
          }
        });
    return changes;
  }

  /** A new camera's history shows every field it was created with. */
  public List<FieldChange> asCreated() {
    List<FieldChange> changes = new ArrayList<>();
    asFields()
        .forEach(
            (field, value) -> {
              if (value != null && !"false".equals(value)) {
                changes.add(new FieldChange(field, null, value));
              }
            });
    return changes;
  }

  private static String text(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    return value == null ? null : value.toString();
  }

  private static BigDecimal scaled(BigDecimal value, int scale) {
    return value == null ? null : value.setScale(scale, java.math.RoundingMode.HALF_UP);
  }

  private static String trimOrNull(String value) {
    if (value == null) {
      return null;
    }
    String trimmed = java.text.Normalizer.normalize(value.strip(), java.text.Normalizer.Form.NFC);
    return trimmed.isEmpty() ? null : trimmed;
  }

  private static String upperOrNull(String value) {
    String trimmed = trimOrNull(value);
    return trimmed == null ? null : trimmed.toUpperCase(java.util.Locale.ROOT);
  }
}
