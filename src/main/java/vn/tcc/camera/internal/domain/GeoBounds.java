package vn.tcc.camera.internal.domain;

import java.math.BigDecimal;

/** A latitude/longitude box, e.g. the province's, that camera locations must fall inside. */
public record GeoBounds(
    BigDecimal minLatitude,
    BigDecimal maxLatitude,
    BigDecimal minLongitude,
    BigDecimal maxLongitude) {

  public boolean contains(BigDecimal latitude, BigDecimal longitude) {
    return latitude.compareTo(minLatitude) >= 0
        && latitude.compareTo(maxLatitude) <= 0
        && longitude.compareTo(minLongitude) >= 0
        && longitude.compareTo(maxLongitude) <= 0;
  }
}
