package vn.tcc.camera.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.camera.api.SiteSummary;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A place in the camera hierarchy that cameras or other sites report to, e.g. the provincial camera
 * center or a commune police camera center; it belongs to one jurisdiction.
 */
@Entity
@Table(name = "site", schema = "camera")
public class Site {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SiteKind kind;

  @Column(name = "jurisdiction_code", nullable = false)
  private String jurisdictionCode;

  @Column(name = "parent_code")
  private String parentCode;

  private BigDecimal latitude;
  private BigDecimal longitude;
  private String address;

  @Version private long version;

  protected Site() {}

  public static Site create(SiteDetails details) {
    Site site = new Site();
    site.code = details.code();
    site.apply(details);
    return site;
  }

  public final void apply(SiteDetails details) {
    name = details.name();
    kind = details.kind();
    jurisdictionCode = details.jurisdictionCode();
    parentCode = details.parentCode();
    latitude = details.latitude();
    longitude = details.longitude();
    address = details.address();
  }

  public SiteDetails details() {
    return new SiteDetails(
        code, name, kind, jurisdictionCode, parentCode, latitude, longitude, address);
  }

  public SiteSummary summary() {
    return new SiteSummary(code, name, kind, new JurisdictionCode(jurisdictionCode), parentCode);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public SiteKind kind() {
    return kind;
  }

  public JurisdictionCode jurisdiction() {
    return new JurisdictionCode(jurisdictionCode);
  }

  public String parentCode() {
    return parentCode;
  }
}
