package vn.tcc.camera.internal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.internal.domain.CameraDetails;

/**
 * A camera as the API receives it. On update, {@code version} is the version read before (a stale
 * one is refused with 409) and {@code reason} says why the change is made (required).
 */
public record CameraBody(
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
    Boolean onvif,
    Boolean builtInAnalytics,
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
    String vmsExternalId,
    Long version,
    String reason) {

  CameraDetails details() {
    return new CameraDetails(
        code,
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
        Boolean.TRUE.equals(onvif),
        Boolean.TRUE.equals(builtInAnalytics),
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
}
