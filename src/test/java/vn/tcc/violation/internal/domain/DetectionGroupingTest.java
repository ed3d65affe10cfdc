package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.event.api.EventType;

class DetectionGroupingTest {
  private static final Instant T0 = Instant.parse("2026-03-01T01:00:00Z");
  private static final DetectionGrouping GROUPING = DetectionGrouping.withDefaultWindow();

  private static Detection at(
      long id, Duration after, EventType type, String plate, String camera, String site) {
    return new Detection(id, T0.plus(after), type, plate, camera, site);
  }

  private static Detection redLight(long id, Duration after, String plate) {
    return at(id, after, EventType.RED_LIGHT, plate, "GL-QN-0100", "GL-QN-CC");
  }

  private static List<List<Long>> ids(List<DetectionGroup> groups) {
    return groups.stream()
        .map(g -> g.detections().stream().map(Detection::eventId).toList())
        .toList();
  }

  @Test
  void repeats_of_one_plate_within_10_minutes_inclusive_make_one_case() {
    List<DetectionGroup> groups =
        GROUPING.group(
            List.of(
                redLight(1, Duration.ZERO, "81A-123.45"),
                redLight(2, Duration.ofMinutes(4), "81a 12345"),
                redLight(3, Duration.ofMinutes(10), "81A12345"),
                redLight(4, Duration.ofMinutes(10).plusMillis(1), "81A-123.45")));
    assertEquals(List.of(List.of(1L, 2L, 3L), List.of(4L)), ids(groups));
  }

  @Test
  void the_window_runs_from_the_first_detection_not_the_last() {
    List<DetectionGroup> groups =
        GROUPING.group(
            List.of(
                redLight(1, Duration.ZERO, "81A-123.45"),
                redLight(2, Duration.ofMinutes(8), "81A-123.45"),
                redLight(3, Duration.ofMinutes(16), "81A-123.45")));
    assertEquals(List.of(List.of(1L, 2L), List.of(3L)), ids(groups));
  }

  @Test
  void another_violation_type_or_plate_is_another_case() {
    List<DetectionGroup> groups =
        GROUPING.group(
            List.of(
                redLight(1, Duration.ZERO, "81A-123.45"),
                at(
                    2,
                    Duration.ofMinutes(1),
                    EventType.WRONG_LANE,
                    "81A-123.45",
                    "GL-QN-0100",
                    null),
                redLight(3, Duration.ofMinutes(2), "81A-123.46")));
    assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L)), ids(groups));
  }

  @Test
  void another_camera_of_the_same_site_joins_and_of_another_or_unknown_site_does_not() {
    List<DetectionGroup> groups =
        GROUPING.group(
            List.of(
                redLight(1, Duration.ZERO, "81A-123.45"),
                at(
                    2,
                    Duration.ofMinutes(1),
                    EventType.RED_LIGHT,
                    "81A12345",
                    "GL-QN-0101",
                    "GL-QN-CC"),
                at(
                    3,
                    Duration.ofMinutes(2),
                    EventType.RED_LIGHT,
                    "81A12345",
                    "GL-AK-0001",
                    "GL-AK-CC"),
                at(4, Duration.ofMinutes(3), EventType.RED_LIGHT, "81A12345", "GL-PK-0001", null)));
    assertEquals(List.of(List.of(1L, 2L), List.of(3L), List.of(4L)), ids(groups));
  }

  @Test
  void cameras_without_a_known_site_join_only_on_the_same_camera() {
    Detection first = at(1, Duration.ZERO, EventType.RED_LIGHT, "81A12345", "GL-X-1", null);
    Detection sameCamera =
        at(2, Duration.ofMinutes(1), EventType.RED_LIGHT, "81A12345", "GL-X-1", null);
    Detection otherCamera =
        at(3, Duration.ofMinutes(1), EventType.RED_LIGHT, "81A12345", "GL-X-2", null);
    assertTrue(GROUPING.joins(DetectionGroup.of(first), sameCamera));
    assertFalse(GROUPING.joins(DetectionGroup.of(first), otherCamera));
  }

  @Test
  void plate_reads_and_traffic_counts_open_no_case() {
    List<DetectionGroup> groups =
        GROUPING.group(
            List.of(
                at(1, Duration.ZERO, EventType.PLATE_READ, "81A-123.45", "GL-QN-0100", null),
                at(2, Duration.ZERO, EventType.TRAFFIC_COUNT, null, "GL-QN-0100", null),
                redLight(3, Duration.ofMinutes(1), "81A-123.45")));
    assertEquals(List.of(List.of(3L)), ids(groups));
    assertFalse(
        GROUPING.joins(
            groups.get(0),
            at(4, Duration.ofMinutes(2), EventType.PLATE_READ, "81A-123.45", "GL-QN-0100", null)));
  }

  @Test
  void detections_without_a_plate_each_open_their_own_case() {
    List<DetectionGroup> groups =
        GROUPING.group(
            List.of(
                redLight(1, Duration.ZERO, null),
                redLight(2, Duration.ZERO, " "),
                redLight(3, Duration.ofSeconds(1), "-")));
    assertEquals(List.of(List.of(1L), List.of(2L), List.of(3L)), ids(groups));
  }

  @Test
  void detections_out_of_order_are_grouped_as_if_in_order() {
    List<DetectionGroup> groups =
        GROUPING.group(
            List.of(
                redLight(2, Duration.ofMinutes(9), "81A-123.45"),
                redLight(3, Duration.ofMinutes(12), "81A-123.45"),
                redLight(1, Duration.ZERO, "81A-123.45")));
    assertEquals(List.of(List.of(1L, 2L), List.of(3L)), ids(groups));
    assertEquals(T0, groups.get(0).openedAt());
  }

  @Test
  void a_detection_older_than_the_group_does_not_join_it() {
    DetectionGroup open = DetectionGroup.of(redLight(2, Duration.ofMinutes(5), "81A-123.45"));
    assertFalse(GROUPING.joins(open, redLight(1, Duration.ZERO, "81A-123.45")));
    assertTrue(GROUPING.joins(open, redLight(3, Duration.ofMinutes(15), "81A-123.45")));
  }

  @Test
  void the_window_is_configurable() {
    DetectionGrouping twoMinutes = new DetectionGrouping(Duration.ofMinutes(2));
    List<DetectionGroup> groups =
        twoMinutes.group(
            List.of(
                redLight(1, Duration.ZERO, "81A-123.45"),
                redLight(2, Duration.ofMinutes(2), "81A-123.45"),
                redLight(3, Duration.ofMinutes(3), "81A-123.45")));
    assertEquals(List.of(List.of(1L, 2L), List.of(3L)), ids(groups));
    assertThrows(
        IllegalArgumentException.class, () -> new DetectionGrouping(Duration.ofMinutes(-1)));
  }

  @Test
  void a_handover_batch_of_many_vehicles_groups_each_vehicle_and_place_on_its_own() {
    // 400 vehicles, each seen twice at two cameras of different sites, interleaved as a batch
    // arrives: every vehicle makes one case per camera, in the order the first detections came.
    List<Detection> batch = new java.util.ArrayList<>();
    long id = 0;
    for (int round = 0; round < 2; round++) {
      for (int vehicle = 0; vehicle < 400; vehicle++) {
        for (String camera : List.of("GL-QN-0001", "GL-QN-0002")) {
          batch.add(
              at(
                  ++id,
                  Duration.ofSeconds(round * 20L + vehicle % 7),
                  EventType.SPEEDING,
                  String.format("77C-%03d.%02d", vehicle, vehicle % 100),
                  camera,
                  camera + "-SITE"));
        }
      }
    }
    List<DetectionGroup> groups = GROUPING.group(batch);
    assertEquals(800, groups.size());
    for (DetectionGroup group : groups) {
      assertEquals(2, group.detections().size());
      Detection first = group.first();
      Detection second = group.detections().get(1);
      assertEquals(first.normalisedPlate(), second.normalisedPlate());
      assertEquals(first.cameraCode(), second.cameraCode());
      assertEquals(
          Duration.ofSeconds(20), Duration.between(first.occurredAt(), second.occurredAt()));
    }
  }
}
