package vn.tcc.camera.internal.web;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.internal.domain.CameraFilter;
import vn.tcc.jurisdiction.api.JurisdictionSummary;

/** The filter fields the camera list and the map share, with the choices they offer. */
public class CameraFilterForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<JurisdictionSummary> communes;
  private String commune;
  private OwnerType ownerType;
  private CameraPurpose purpose;
  private CameraStatus status;
  private CameraHealth health;
  private CameraFilter.Conformity conformity;
  private String text;

  public CameraFilterForm(List<JurisdictionSummary> communes) {
    this.communes = List.copyOf(communes);
  }

  public CameraFilter toFilter() {
    return CameraFilter.criteria(commune, ownerType, purpose, status, health, conformity, text);
  }

  public void clear() {
    commune = null;
    ownerType = null;
    purpose = null;
    status = null;
    health = null;
    conformity = null;
    text = null;
  }

  /** The filter as a query string, for the map's marker request. */
  public String toQuery() {
    Map<String, Object> parameters = new LinkedHashMap<>();
    parameters.put("commune", commune);
    parameters.put("ownerType", ownerType);
    parameters.put("purpose", purpose);
    parameters.put("status", status);
    parameters.put("health", health);
    parameters.put("conformity", conformity);
    parameters.put("q", text);
    return parameters.entrySet().stream()
        .filter(e -> e.getValue() != null && !e.getValue().toString().isBlank())
        .map(
            e ->
                e.getKey()
                    + "="
                    + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }

  public List<JurisdictionSummary> getCommunes() {
    return communes;
  }

  public OwnerType[] getOwnerTypes() {
    return OwnerType.values();
  }

  public CameraPurpose[] getPurposes() {
    return CameraPurpose.values();
  }

  public CameraStatus[] getStatuses() {
    return CameraStatus.values();
  }

  public CameraHealth[] getHealths() {
    return CameraHealth.values();
  }

  public CameraFilter.Conformity[] getConformities() {
    return CameraFilter.Conformity.values();
  }

  public String getCommune() {
    return commune;
  }

  public void setCommune(String commune) {
    this.commune = commune;
  }

  public OwnerType getOwnerType() {
    return ownerType;
  }

  public void setOwnerType(OwnerType ownerType) {
    this.ownerType = ownerType;
  }

  public CameraPurpose getPurpose() {
    return purpose;
  }

  public void setPurpose(CameraPurpose purpose) {
    this.purpose = purpose;
  }

  public CameraStatus getStatus() {
    return status;
  }

  public void setStatus(CameraStatus status) {
    this.status = status;
  }

  public CameraHealth getHealth() {
    return health;
  }

  public void setHealth(CameraHealth health) {
    this.health = health;
  }

  public CameraFilter.Conformity getConformity() {
    return conformity;
  }

  public void setConformity(CameraFilter.Conformity conformity) {
    this.conformity = conformity;
  }

  public String getText() {
    return text;
  }

  public void setText(String text) {
    this.text = text;
  }
}
