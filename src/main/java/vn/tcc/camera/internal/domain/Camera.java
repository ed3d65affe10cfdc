package vn.tcc.camera.internal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;

/**
 * A camera of the province, whoever owns it: where it is, what it is for, what it can do, whether
 * it conforms to QCVN 05:2024/BCA and is registered with the Ministry, which site it reports to and
 * how it is known to the VMS. Its code is fixed at registration: the VMS and the event sources use
 * it, so a changed code would orphan their events.
 */
@Entity
@Table(name = "camera", schema = "camera")
public class Camera {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, unique = true, updatable = false)
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false, columnDefinition = "varchar(24)[]")
  private String[] purposes;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "owner_id")
  private Owner owner;

  @Column(name = "jurisdiction_code", nullable = false)
  private String communeCode;

  @Column(nullable = false)
  private BigDecimal latitude;

  @Column(nullable = false)
  private BigDecimal longitude;

  private String address;
  private String route;

  @Column(name = "km_marker")
  private String kmMarker;

  @Column(name = "site_code", nullable = false)
  private String siteCode;

  @Column(name = "analysis_site_code")
  private String analysisSiteCode;

  private String resolution;
  private String codec;

  @Column(name = "main_stream_url")
  private String mainStreamUrl;

  @Column(name = "sub_stream_url")
  private String subStreamUrl;

  private boolean onvif;

  @Column(name = "built_in_analytics")
  private boolean builtInAnalytics;

  @Column(name = "plate_accuracy_day")
  private BigDecimal plateAccuracyDay;

  @Column(name = "plate_accuracy_night")
  private BigDecimal plateAccuracyNight;

  @Column(name = "certificate_number")
  private String certificateNumber;

  @Column(name = "certificate_issuer")
  private String certificateIssuer;

  @Column(name = "certificate_issued_on")
  private LocalDate certificateIssuedOn;

  @Column(name = "certificate_expires_on")
  private LocalDate certificateExpiresOn;

  @Column(name = "registration_number")
  private String registrationNumber;

  @Column(name = "registered_on")
  private LocalDate registeredOn;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CameraStatus status;

  @Column(name = "vms_code")
  private String vmsCode;

  @Column(name = "vms_external_id")
  private String vmsExternalId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CameraHealth health = CameraHealth.UNKNOWN;

  @Column(name = "health_since")
  private Instant healthSince;

  @Column(name = "last_seen_at")
  private Instant lastSeenAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private long version;

  protected Camera() {}

  public static Camera register(CameraDetails details, Owner owner, Instant now) {
    Camera camera = new Camera();
    camera.code = details.code();
    camera.createdAt = now;
    camera.apply(details, owner, now);
    return camera;
  }

  /** Takes the new details; the code stays as registered. */
  public final void apply(CameraDetails details, Owner newOwner, Instant now) {
    name = details.name();
    purposes = details.purposes().stream().map(Enum::name).sorted().toArray(String[]::new);
    owner = newOwner;
    communeCode = details.communeCode();
    latitude = details.latitude();
    longitude = details.longitude();
    address = details.address();
    route = details.route();
    kmMarker = details.kmMarker();
    siteCode = details.siteCode();
    analysisSiteCode = details.analysisSiteCode();
    resolution = details.resolution();
    codec = details.codec();
    mainStreamUrl = details.mainStreamUrl();
    subStreamUrl = details.subStreamUrl();
    onvif = details.onvif();
    builtInAnalytics = details.builtInAnalytics();
    plateAccuracyDay = details.plateAccuracyDay();
    plateAccuracyNight = details.plateAccuracyNight();
    certificateNumber = details.certificateNumber();
    certificateIssuer = details.certificateIssuer();
    certificateIssuedOn = details.certificateIssuedOn();
    certificateExpiresOn = details.certificateExpiresOn();
    registrationNumber = details.registrationNumber();
    registeredOn = details.registeredOn();
    status = details.status();
    vmsCode = details.vmsCode();
    vmsExternalId = details.vmsExternalId();
    updatedAt = now;
  }

  public CameraDetails details() {
    Set<CameraPurpose> purposeSet =
        Arrays.stream(purposes)
            .map(CameraPurpose::valueOf)
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CameraPurpose.class)));
    return new CameraDetails(
        code,
        name,
        purposeSet,
        owner.code(),
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
        vmsCode,
        vmsExternalId);
  }

  public Long id() {
    return id;
  }

  public String code() {
    return code;
  }

  public String communeCode() {
    return communeCode;
  }

  public Owner owner() {
    return owner;
  }

  public CameraHealth health() {
    return health;
  }

  public Instant healthSince() {
    return healthSince;
  }

  public Instant lastSeenAt() {
    return lastSeenAt;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant updatedAt() {
    return updatedAt;
  }

  public long version() {
    return version;
  }
}
