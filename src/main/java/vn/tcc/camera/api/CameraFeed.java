package vn.tcc.camera.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The whole registry in code order, a page at a time, for feeds to other systems (the Smart City
 * IOC): the caller decides which cameras and which fields leave.
 */
public interface CameraFeed {

  /**
   * Up to {@code limit} cameras in service (all but decommissioned) whose code sorts after {@code
   * afterCode} (null: the first). A pass to the end is the whole list: a camera missing from it was
   * decommissioned or removed.
   */
  List<FeedCamera> page(String afterCode, int limit);

  /** The owner type of the registered cameras among these codes, by code. */
  Map<String, OwnerType> ownerTypesOf(Collection<String> codes);

  /** A camera as a feed may show it: place, owner type, state and live health. */
  record FeedCamera(
      String code,
      String name,
      BigDecimal latitude,
      BigDecimal longitude,
      String communeCode,
      OwnerType ownerType,
      CameraStatus status,
      CameraHealth health,
      Instant healthSince,
      Instant lastSeenAt) {}
}
