package vn.tcc.camera.internal.domain;

import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraStatus;

/** The little a map marker needs, kept small because a province has tens of thousands. */
public record CameraMarker(
    String code,
    String name,
    double latitude,
    double longitude,
    CameraHealth health,
    CameraStatus status) {}
