package vn.tcc.jurisdiction.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A unit of territory a police user answers for: the province (Provincial Police) or one
 * commune/ward (commune-level police). Reference data, maintained by migrations.
 */
@Entity
@Table(name = "jurisdiction", schema = "shared")
public class Jurisdiction {
  @Id private String code;

  @Column(nullable = false)
  private String kind;

  @Column(name = "name_vi", nullable = false)
  private String nameVi;

  @Column(name = "name_en", nullable = false)
  private String nameEn;

  @Column(name = "parent_code")
  private String parentCode;

  @Column(name = "min_latitude")
  private java.math.BigDecimal minLatitude;

  @Column(name = "max_latitude")
  private java.math.BigDecimal maxLatitude;

  @Column(name = "min_longitude")
  private java.math.BigDecimal minLongitude;

  @Column(name = "max_longitude")
  private java.math.BigDecimal maxLongitude;

  protected Jurisdiction() {}

  public java.util.Optional<vn.tcc.jurisdiction.api.JurisdictionBounds> bounds() {
    if (minLatitude == null) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        new vn.tcc.jurisdiction.api.JurisdictionBounds(
            minLatitude, maxLatitude, minLongitude, maxLongitude));
  }

  public JurisdictionSummary summary() {
    return new JurisdictionSummary(
        new JurisdictionCode(code),
        kind,
        nameVi,
        nameEn,
        parentCode == null ? null : new JurisdictionCode(parentCode));
  }
}
