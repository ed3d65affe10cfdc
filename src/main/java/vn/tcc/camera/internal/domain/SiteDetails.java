package vn.tcc.camera.internal.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.shared.error.FieldError;

/** What an administrator states about a site of the camera hierarchy. */
public record SiteDetails(
    String code,
    String name,
    SiteKind kind,
    String jurisdictionCode,
    String parentCode,
    BigDecimal latitude,
    BigDecimal longitude,
    String address)
    implements java.io.Serializable {

  public SiteDetails {
    code = code == null || code.isBlank() ? null : code.strip().toUpperCase(Locale.ROOT);
    name = name == null || name.isBlank() ? null : name.strip();
    jurisdictionCode =
        jurisdictionCode == null || jurisdictionCode.isBlank() ? null : jurisdictionCode.strip();
    parentCode =
        parentCode == null || parentCode.isBlank()
            ? null
            : parentCode.strip().toUpperCase(Locale.ROOT);
    address = address == null || address.isBlank() ? null : address.strip();
  }

  /** Rules that need nothing but the details; the service checks parent and jurisdiction. */
  public List<FieldError> check() {
    List<FieldError> errors = new ArrayList<>();
    if (code == null) {
      errors.add(FieldError.of("code", "camera.error.required"));
    } else if (!CameraRules.CODE.matcher(code).matches()) {
      errors.add(FieldError.of("code", "camera.error.code.format"));
    }
    if (name == null) {
      errors.add(FieldError.of("name", "camera.error.required"));
    } else if (name.length() > 300) {
      errors.add(FieldError.of("name", "camera.error.tooLong", 300));
    }
    if (kind == null) {
      errors.add(FieldError.of("kind", "camera.error.required"));
    }
    if (jurisdictionCode == null) {
      errors.add(FieldError.of("jurisdictionCode", "camera.error.required"));
    }
    if (kind != null && kind != SiteKind.PROVINCIAL_CENTER && parentCode == null) {
      errors.add(FieldError.of("parentCode", "site.error.parent.required"));
    }
    if (code != null && code.equals(parentCode)) {
      errors.add(FieldError.of("parentCode", "site.error.parent.cycle"));
    }
    if ((latitude == null) != (longitude == null)) {
      errors.add(FieldError.of("latitude", "site.error.location.both"));
    }
    return errors;
  }

  public Map<String, String> asFields() {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("code", code);
    fields.put("name", name);
    fields.put("kind", kind == null ? null : kind.name());
    fields.put("jurisdictionCode", jurisdictionCode);
    fields.put("parentCode", parentCode);
    fields.put("latitude", latitude == null ? null : latitude.toPlainString());
    fields.put("longitude", longitude == null ? null : longitude.toPlainString());
    fields.put("address", address);
    return fields;
  }

  public List<FieldChange> changesTo(SiteDetails next) {
    List<FieldChange> changes = new ArrayList<>();
    Map<String, String> after = next.asFields();
    asFields()
        .forEach(
            (field, old) -> {
              if (!Objects.equals(old, after.get(field))) {
                changes.add(new FieldChange(field, old, after.get(field)));
              }
            });
    return changes;
  }
}
