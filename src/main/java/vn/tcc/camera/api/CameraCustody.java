package vn.tcc.camera.api;

import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * Who owns a camera and which center keeps what is analysed of its video: the nearest commune or
 * provincial camera center above the site that analyses it (its analysis site, else the site it is
 * connected to). Data kept by a commune center is reviewed there and sent up to the province
 * (Decision 502/QD-TTg), so modules that keep a camera's data need both facts.
 *
 * @param keptAt {@link SiteKind#COMMUNE_CENTER} or {@link SiteKind#PROVINCIAL_CENTER}; null when no
 *     center is found above the camera's sites
 */
public record CameraCustody(
    String code, JurisdictionCode jurisdiction, OwnerType ownerType, SiteKind keptAt) {}
