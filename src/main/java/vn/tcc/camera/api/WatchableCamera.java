package vn.tcc.camera.api;

import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A camera in service as the video wall lists it: where it is (its commune, by code and name), its
 * health, and whether a VMS camera is linked to it (only a linked one can be watched).
 */
public record WatchableCamera(
    String code,
    String name,
    JurisdictionCode jurisdiction,
    String communeNameVi,
    String communeNameEn,
    CameraHealth health,
    boolean linked)
    implements java.io.Serializable {}
