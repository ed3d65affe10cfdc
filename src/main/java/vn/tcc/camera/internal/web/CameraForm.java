package vn.tcc.camera.internal.web;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.internal.domain.CameraDetails;

/** The create/edit form's fields, bound to the page; turned into {@link CameraDetails} on save. */
public class CameraForm implements Serializable {
  private static final long serialVersionUID = 1L;
  private String code;
  private String name;
  private List<CameraPurpose> purposes = new ArrayList<>();
  private String ownerCode;
  private String communeCode;
  private BigDecimal latitude;
  private BigDecimal longitude;
  private String address;
  private String route;
  private String kmMarker;
  private String siteCode;
  private String analysisSiteCode;
  private String resolution;
  private String codec;
  private String mainStreamUrl;
  private String subStreamUrl;
  private boolean onvif;
  private boolean builtInAnalytics;
  private BigDecimal plateAccuracyDay;
  private BigDecimal plateAccuracyNight;
  private String certificateNumber;
  private String certificateIssuer;
  private LocalDate certificateIssuedOn;
  private LocalDate certificateExpiresOn;
  private String registrationNumber;
  private LocalDate registeredOn;
  private CameraStatus status = CameraStatus.PLANNED;
  private String vmsCode;
  private String vmsExternalId;

  static CameraForm of(CameraDetails d) {
    CameraForm form = new CameraForm();
    form.code = d.code();
    form.name = d.name();
    form.purposes =
        new ArrayList<>(d.purposes().isEmpty() ? List.of() : EnumSet.copyOf(d.purposes()));
    form.ownerCode = d.ownerCode();
    form.communeCode = d.communeCode();
    form.latitude = d.latitude();
    form.longitude = d.longitude();
    form.address = d.address();
    form.route = d.route();
    form.kmMarker = d.kmMarker();
    form.siteCode = d.siteCode();
    form.analysisSiteCode = d.analysisSiteCode();
    form.resolution = d.resolution();
    form.codec = d.codec();
    form.mainStreamUrl = d.mainStreamUrl();
    form.subStreamUrl = d.subStreamUrl();
    form.onvif = d.onvif();
    form.builtInAnalytics = d.builtInAnalytics();
    form.plateAccuracyDay = d.plateAccuracyDay();
    form.plateAccuracyNight = d.plateAccuracyNight();
    form.certificateNumber = d.certificateNumber();
    form.certificateIssuer = d.certificateIssuer();
    form.certificateIssuedOn = d.certificateIssuedOn();
    form.certificateExpiresOn = d.certificateExpiresOn();
    form.registrationNumber = d.registrationNumber();
    form.registeredOn = d.registeredOn();
    form.status = d.status();
    form.vmsCode = d.vmsCode();
    form.vmsExternalId = d.vmsExternalId();
    return form;
  }

  CameraDetails toDetails() {
    return new CameraDetails(
        code,
        name,
        new java.util.HashSet<>(purposes),
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
        vmsCode,
        vmsExternalId);
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public List<CameraPurpose> getPurposes() {
    return purposes;
  }

  public void setPurposes(List<CameraPurpose> purposes) {
    this.purposes = purposes;
  }

  public String getOwnerCode() {
    return ownerCode;
  }

  public void setOwnerCode(String ownerCode) {
    this.ownerCode = ownerCode;
  }

  public String getCommuneCode() {
    return communeCode;
  }

  public void setCommuneCode(String communeCode) {
    this.communeCode = communeCode;
  }

  public BigDecimal getLatitude() {
    return latitude;
  }

  public void setLatitude(BigDecimal latitude) {
    this.latitude = latitude;
  }

  public BigDecimal getLongitude() {
    return longitude;
  }

  public void setLongitude(BigDecimal longitude) {
    this.longitude = longitude;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getRoute() {
    return route;
  }

  public void setRoute(String route) {
    this.route = route;
  }

  public String getKmMarker() {
    return kmMarker;
  }

  public void setKmMarker(String kmMarker) {
    this.kmMarker = kmMarker;
  }

  public String getSiteCode() {
    return siteCode;
  }

  public void setSiteCode(String siteCode) {
    this.siteCode = siteCode;
  }

  public String getAnalysisSiteCode() {
    return analysisSiteCode;
  }

  public void setAnalysisSiteCode(String analysisSiteCode) {
    this.analysisSiteCode = analysisSiteCode;
  }

  public String getResolution() {
    return resolution;
  }

  public void setResolution(String resolution) {
    this.resolution = resolution;
  }

  public String getCodec() {
    return codec;
  }

  public void setCodec(String codec) {
    this.codec = codec;
  }

  public String getMainStreamUrl() {
    return mainStreamUrl;
  }

  public void setMainStreamUrl(String mainStreamUrl) {
    this.mainStreamUrl = mainStreamUrl;
  }

  public String getSubStreamUrl() {
    return subStreamUrl;
  }

  public void setSubStreamUrl(String subStreamUrl) {
    this.subStreamUrl = subStreamUrl;
  }

  public boolean isOnvif() {
    return onvif;
  }

  public void setOnvif(boolean onvif) {
    this.onvif = onvif;
  }

  public boolean isBuiltInAnalytics() {
    return builtInAnalytics;
  }

  public void setBuiltInAnalytics(boolean builtInAnalytics) {
    this.builtInAnalytics = builtInAnalytics;
  }

  public BigDecimal getPlateAccuracyDay() {
    return plateAccuracyDay;
  }

  public void setPlateAccuracyDay(BigDecimal plateAccuracyDay) {
    this.plateAccuracyDay = plateAccuracyDay;
  }

  public BigDecimal getPlateAccuracyNight() {
    return plateAccuracyNight;
  }

  public void setPlateAccuracyNight(BigDecimal plateAccuracyNight) {
    this.plateAccuracyNight = plateAccuracyNight;
  }

  public String getCertificateNumber() {
    return certificateNumber;
  }

  public void setCertificateNumber(String certificateNumber) {
    this.certificateNumber = certificateNumber;
  }

  public String getCertificateIssuer() {
    return certificateIssuer;
  }

  public void setCertificateIssuer(String certificateIssuer) {
    this.certificateIssuer = certificateIssuer;
  }

  public LocalDate getCertificateIssuedOn() {
    return certificateIssuedOn;
  }

  public void setCertificateIssuedOn(LocalDate certificateIssuedOn) {
    this.certificateIssuedOn = certificateIssuedOn;
  }

  public LocalDate getCertificateExpiresOn() {
    return certificateExpiresOn;
  }

  public void setCertificateExpiresOn(LocalDate certificateExpiresOn) {
    this.certificateExpiresOn = certificateExpiresOn;
  }

  public String getRegistrationNumber() {
    return registrationNumber;
  }

  public void setRegistrationNumber(String registrationNumber) {
    this.registrationNumber = registrationNumber;
  }

  public LocalDate getRegisteredOn() {
    return registeredOn;
  }

  public void setRegisteredOn(LocalDate registeredOn) {
    this.registeredOn = registeredOn;
  }

  public CameraStatus getStatus() {
    return status;
  }

  public void setStatus(CameraStatus status) {
    this.status = status;
  }

  public String getVmsCode() {
    return vmsCode;
  }

  public void setVmsCode(String vmsCode) {
    this.vmsCode = vmsCode;
  }

  public String getVmsExternalId() {
    return vmsExternalId;
  }

  public void setVmsExternalId(String vmsExternalId) {
    this.vmsExternalId = vmsExternalId;
  }
}
