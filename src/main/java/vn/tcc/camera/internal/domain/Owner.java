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
import vn.tcc.camera.api.OwnerType;

/**
 * The party a camera belongs to: a police unit, a provincial department (integrated through the
 * Smart City operations center), an organization or business, or a household sharing its camera
 * with commune police under an agreement. For a household only the name is kept here.
 */
@Entity
@Table(name = "owner", schema = "camera")
public class Owner {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "owner_type", nullable = false)
  private OwnerType type;

  @Column(name = "jurisdiction_code", nullable = false)
  private String jurisdictionCode;

  @Column(name = "tax_code")
  private String taxCode;

  @Version private long version;

  protected Owner() {}

  public Owner(String code, String name, OwnerType type, String jurisdictionCode, String taxCode) {
    this.code = code;
    update(name, type, jurisdictionCode, taxCode);
  }

  public final void update(String name, OwnerType type, String jurisdictionCode, String taxCode) {
    this.name = name;
    this.type = type;
    this.jurisdictionCode = jurisdictionCode;
    this.taxCode = taxCode;
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String name() {
    return name;
  }

  public OwnerType type() {
    return type;
  }

  public String jurisdictionCode() {
    return jurisdictionCode;
  }

  public String taxCode() {
    return taxCode;
  }
}
