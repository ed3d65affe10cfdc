package vn.tcc.sharing.internal.domain;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * What one outside consumer (the Smart City IOC, the Ministry's coordination center) may receive:
 * per data class, the fields, in delivery order. A class with no fields is not delivered; an
 * inactive profile delivers nothing. Data minimization in one place: every item a feed sends is cut
 * to these fields ({@link #project}).
 *
 * @param consumer the consumer's client id in Keycloak
 */
public record ConsumerProfile(
    Long id,
    String consumer,
    String name,
    boolean active,
    List<String> cameraFields,
    List<String> eventCountFields,
    List<String> incidentFields,
    long version,
    String updatedBy,
    Instant updatedAt) {

  public ConsumerProfile {
    cameraFields = checked(FeedDataClass.CAMERA_LIST_AND_STATUS, cameraFields);
    eventCountFields = checked(FeedDataClass.EVENT_COUNTS, eventCountFields);
    incidentFields = checked(FeedDataClass.INCIDENTS, incidentFields);
  }

  /** The fields of a class this profile delivers; empty when it does not deliver the class. */
  public List<String> fieldsOf(FeedDataClass dataClass) {
    return switch (dataClass) {
      case CAMERA_LIST_AND_STATUS -> cameraFields;
      case EVENT_COUNTS -> eventCountFields;
      case INCIDENTS -> incidentFields;
    };
  }

  public boolean receives(FeedDataClass dataClass) {
    return active && !fieldsOf(dataClass).isEmpty();
  }

  /**
   * One item as it may leave: only the profile's fields of the class, in the profile's order; a
   * field the profile lists but the item lacks is there with null, so every item of a page has the
   * same keys. Anything else the item holds stays behind.
   */
  public Map<String, Object> project(FeedDataClass dataClass, Map<String, Object> item) {
    Map<String, Object> fields = new LinkedHashMap<>();
    for (String field : fieldsOf(dataClass)) {
      fields.put(field, item.get(field));
    }
    return fields;
  }

  /** The same profile with other fields and activity (the caller checks the version). */
  public ConsumerProfile changed(
      boolean nowActive,
      List<String> cameras,
      List<String> eventCounts,
      List<String> incidents,
      String by,
      Instant at) {
    return new ConsumerProfile(
        id, consumer, name, nowActive, cameras, eventCounts, incidents, version, by, at);
  }

  private static List<String> checked(FeedDataClass dataClass, List<String> fields) {
    if (fields == null) {
      return List.of();
    }
    LinkedHashSet<String> distinct = new LinkedHashSet<>();
    for (String field : fields) {
      if (!dataClass.fields().contains(field)) {
        throw SharingRuleException.invalid("sharing.profile.unknownField", field, dataClass.name());
      }
      distinct.add(field);
    }
    return List.copyOf(distinct);
  }
}
