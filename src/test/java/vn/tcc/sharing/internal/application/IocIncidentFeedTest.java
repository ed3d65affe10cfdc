package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.sharing.api.IncidentFeedSource;
import vn.tcc.sharing.api.IncidentFeedSource.FeedIncident;
import vn.tcc.sharing.internal.domain.ConsumerProfile;
import vn.tcc.sharing.internal.domain.FeedCursor;
import vn.tcc.sharing.internal.domain.FeedDataClass;

/**
 * Incidents to the IOC: only the profile's incident fields leave, nothing of who handled them (the
 * port does not even carry it), a household's camera only while covered, cursors the consumer's.
 */
class IocIncidentFeedTest {
  static final List<String> ALL = FeedDataClass.INCIDENTS.fields();

  final SharingFakes fakes = new SharingFakes();
  final IocFeedTest.Profiles profiles = new IocFeedTest.Profiles();
  final IocFeedTest.Coverage coverage = new IocFeedTest.Coverage();
  final IocFeedTest.Cameras cameras = new IocFeedTest.Cameras();
  final IocFeed feed = new IocFeed();
  final List<FeedIncident> incidents =
      List.of(
          incident(1, "GL-QN-0001", "ACCIDENT"),
          incident(2, "GL-QN-0004", "CONGESTION"),
          incident(3, "GL-QN-0001", "WRONG_WAY"));

  static FeedIncident incident(long id, String camera, String type) {
    return new FeedIncident(
        id,
        type,
        "HIGH",
        camera,
        "GL.QUY_NHON",
        new BigDecimal("13.77"),
        new BigDecimal("109.22"),
        "Ngã tư Lê Lợi",
        Instant.parse("2026-12-07T02:00:00Z"),
        Instant.parse("2026-12-07T02:00:01Z"),
        "CLOSED",
        Instant.parse("2026-12-07T02:30:00Z"),
        "RESOLVED");
  }

  static ConsumerProfile profile(List<String> incidentFields) {
    return new ConsumerProfile(
        1L,
        "tcc-ioc",
        "IOC",
        true,
        List.of("code"),
        List.of(),
        incidentFields,
        0,
        "migration",
        Instant.EPOCH);
  }

  @BeforeEach
  void wire() {
    feed.profiles = profiles;
    feed.coverage = coverage;
    feed.cameras = cameras;
    feed.trail = fakes.audit;
    feed.clock = fakes.clock;
    feed.cursors = new FeedCursor("unit test cursor key".getBytes(StandardCharsets.UTF_8));
    feed.incidentSource =
        (after, limit) ->
            incidents.stream()
                .filter(i -> i.id() > after)
                .limit(limit)
                .map(i -> new IncidentFeedSource.Changed(i.id(), i))
                .toList();
    cameras.add("GL-QN-0001", OwnerType.POLICE);
    cameras.add("GL-QN-0004", OwnerType.HOUSEHOLD);
    profiles.put(profile(ALL));
  }

  @Test
  void the_port_carries_exactly_the_deliverable_fields_and_nothing_of_who_handled_them() {
    List<String> components =
        Arrays.stream(FeedIncident.class.getRecordComponents())
            .map(c -> c.getName().equals("cameraCode") ? "camera" : c.getName())
            .toList();
    assertEquals(ALL, components);
    assertEquals(ALL, List.copyOf(IocFeed.fieldsOf(incidents.get(0)).keySet()));
  }

  @Test
  void no_field_outside_the_profile_leaves() {
    for (Map<String, Object> item : feed.incidents(IocFeedTest.IOC, null, null).items()) {
      assertEquals(ALL, List.copyOf(item.keySet()));
    }
    profiles.put(profile(List.of("type", "commune", "occurredAt")));
    List<Map<String, Object>> items = feed.incidents(IocFeedTest.IOC, null, null).items();
    assertEquals(2, items.size());
    for (Map<String, Object> item : items) {
      assertEquals(List.of("type", "commune", "occurredAt"), List.copyOf(item.keySet()));
    }
    assertEquals("2026-12-07T09:00+07:00", items.get(0).get("occurredAt"));
  }

  @Test
  void a_households_camera_incident_leaves_only_while_an_agreement_covers_it() {
    assertEquals(
        List.of(1L, 3L),
        feed.incidents(IocFeedTest.IOC, null, null).items().stream()
            .map(i -> i.get("id"))
            .toList());
    coverage.covered.add("GL-QN-0004");
    assertEquals(
        List.of(1L, 2L, 3L),
        feed.incidents(IocFeedTest.IOC, null, null).items().stream()
            .map(i -> i.get("id"))
            .toList());
  }

  @Test
  void pages_follow_the_cursor_and_a_profile_without_incidents_or_a_forged_cursor_is_refused() {
    IocFeed.FeedPage first = feed.incidents(IocFeedTest.IOC, null, "1");
    assertEquals(1L, first.items().get(0).get("id"));
    assertTrue(first.more());
    IocFeed.FeedPage rest = feed.incidents(IocFeedTest.IOC, first.next(), "10");
    assertEquals(1, rest.items().size(), "the household's incident stays home, id 3 follows");
    assertEquals(3L, rest.items().get(0).get("id"));
    assertThrows(ValidationException.class, () -> feed.incidents(IocFeedTest.IOC, "forged", null));
    profiles.put(profile(List.of()));
    assertEquals(
        403,
        assertThrows(ProblemException.class, () -> feed.incidents(IocFeedTest.IOC, null, null))
            .status());
  }
}
