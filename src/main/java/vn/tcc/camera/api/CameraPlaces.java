package vn.tcc.camera.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * Where cameras stand, for the command room: an incident is placed at its camera, and the cameras
 * nearest to it are offered for the wall.
 */
public interface CameraPlaces {

  /** A camera's place and the codes of the in-service cameras nearest to it, nearest first. */
  record CameraPlace(
      String code,
      String name,
      JurisdictionCode jurisdiction,
      BigDecimal latitude,
      BigDecimal longitude,
      String address,
      List<String> nearby) {
    public CameraPlace {
      nearby = List.copyOf(nearby);
    }
  }

  /**
   * The places of the registered cameras among these codes, by code, each with at most {@code
   * nearbyLimit} nearby cameras; unknown codes are absent. One statement for the whole set.
   */
  Map<String, CameraPlace> placesOf(Collection<String> codes, int nearbyLimit);
}
