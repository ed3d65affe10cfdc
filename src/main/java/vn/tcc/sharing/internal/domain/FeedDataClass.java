package vn.tcc.sharing.internal.domain;

import java.util.List;

/**
 * The kinds of data TCC delivers to outside consumers, each with every field it could deliver. A
 * consumer receives a class only when its profile lists fields of it, and only those fields. The
 * lists match the CHECK constraints of {@code sharing.consumer_profile} (V20, V29).
 */
public enum FeedDataClass {
  /** The registry's cameras with their place, owner type and live health. */
  CAMERA_LIST_AND_STATUS(
      List.of(
          "code",
          "name",
          "latitude",
          "longitude",
          "commune",
          "ownerType",
          "status",
          "health",
          "healthSince",
          "lastSeenAt")),
  /**
   * Events per camera, event type and hour; {@code plates} (the distinct plates read) is personal
   * data, for a profile whose legal basis allows it.
   */
  EVENT_COUNTS(List.of("camera", "commune", "eventType", "hour", "count", "plates")),
  /**
   * The command room's incidents (accident, congestion, ...): type, place and times only; who
   * handled them, their notes and evidence are not deliverable at all (V29).
   */
  INCIDENTS(
      List.of(
          "id",
          "type",
          "severity",
          "camera",
          "commune",
          "latitude",
          "longitude",
          "address",
          "occurredAt",
          "openedAt",
          "state",
          "closedAt",
          "outcome"));

  private final List<String> fields;

  FeedDataClass(List<String> fields) {
    this.fields = fields;
  }

  /** Every field this class can deliver, in delivery order. */
  public List<String> fields() {
    return fields;
  }
}
