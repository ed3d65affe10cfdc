package vn.tcc.camera.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
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
  @Id private long id;

  @Column(nullable = false, unique = true)
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

  protected Site() {}

  public SiteSummary summary() {
    return new SiteSummary(code, name, kind, new JurisdictionCode(jurisdictionCode), parentCode);
  }
}
