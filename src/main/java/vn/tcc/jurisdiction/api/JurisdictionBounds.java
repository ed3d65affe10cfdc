package vn.tcc.jurisdiction.api;

import java.math.BigDecimal;

/**
 * The latitude/longitude box around a province: what "inside the province" means for a location.
 */
public record JurisdictionBounds(
    BigDecimal minLatitude,
    BigDecimal maxLatitude,
    BigDecimal minLongitude,
    BigDecimal maxLongitude) {}
