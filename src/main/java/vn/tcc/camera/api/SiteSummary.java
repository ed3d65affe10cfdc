package vn.tcc.camera.api;

import vn.tcc.shared.jurisdiction.JurisdictionCode;

public record SiteSummary(
    String code, String name, SiteKind kind, JurisdictionCode jurisdiction, String parentCode)
    implements java.io.Serializable {}
