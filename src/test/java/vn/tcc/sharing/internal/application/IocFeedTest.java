package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraFeed;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.event.api.HourlyEventCounts;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.sharing.internal.domain.ConsumerCoverage;
import vn.tcc.sharing.internal.domain.ConsumerProfile;
import vn.tcc.sharing.internal.domain.ConsumerProfiles;
import vn.tcc.sharing.internal.domain.FeedCursor;

/** The feed cut to the profile, paged without loss, provider cameras only when covered, audited. */
class IocFeedTest {
  static final Caller IOC =
      new Caller(
          "tcc-ioc", "tcc-ioc", Caller.Kind.CLIENT, Set.of(Role.IOC), new JurisdictionCode("GL"));
  static final List<String> CAMERA_FIELDS =
      List.of("code", "name", "latitude", "longitude", "commune", "ownerType", "health");
  static final List<String> COUNT_FIELDS =
      List.of("camera", "commune", "eventType", "hour", "count");

  final SharingFakes fakes = new SharingFakes();
  final Profiles profiles = new Profiles();
  final Coverage coverage = new Coverage();
  final Cameras cameras = new Cameras();
  final Counts counts = new Counts();
  final IocFeed feed = new IocFeed();

  @BeforeEach
  void wire() {
    feed.profiles = profiles;
    feed.coverage = coverage;
    feed.cameras = cameras;
    feed.eventCounts = counts;
    feed.trail = fakes.audit;
    feed.clock = fakes.clock;
    feed.cursors = new FeedCursor("unit test cursor key".getBytes(StandardCharsets.UTF_8));
    profiles.put(profile(true, CAMERA_FIELDS, COUNT_FIELDS));
    cameras.add("GL-QN-0001", OwnerType.POLICE);
    cameras.add("GL-QN-0002", OwnerType.DEPARTMENT);
    cameras.add("GL-QN-0003", OwnerType.ORGANIZATION);
    cameras.add("GL-QN-0004", OwnerType.HOUSEHOLD);
    cameras.add("GL-QN-0005", OwnerType.POLICE);
  }

  static ConsumerProfile profile(boolean active, List<String> cameraFields, List<String> counts) {
    return new ConsumerProfile(
        1L,
        "tcc-ioc",
        "IOC",
        active,
        cameraFields,
        counts,
        List.of(),
        0,
        "migration",
        Instant.EPOCH);
  }

  @Test
  void each_camera_carries_exactly_the_profiles_fields() {
    IocFeed.FeedPage page = feed.cameras(IOC, null, null);
    assertFalse(page.items().isEmpty());
    for (Map<String, Object> item : page.items()) {
      assertEquals(CAMERA_FIELDS, List.copyOf(item.keySet()));
    }
    profiles.put(profile(true, List.of("code", "health"), COUNT_FIELDS));
    for (Map<String, Object> item : feed.cameras(IOC, null, null).items()) {
      assertEquals(List.of("code", "health"), List.copyOf(item.keySet()));
    }
  }

  @Test
  void provider_cameras_appear_only_while_covered() {
    assertEquals(
        List.of("GL-QN-0001", "GL-QN-0002", "GL-QN-0005"), codes(feed.cameras(IOC, null, null)));
    coverage.covered.add("GL-QN-0003");
    assertEquals(
        List.of("GL-QN-0001", "GL-QN-0002", "GL-QN-0003", "GL-QN-0005"),
        codes(feed.cameras(IOC, null, null)));
    assertEquals(SharingFakes.TODAY, coverage.askedFor);
    coverage.covered.clear();
    assertFalse(codes(feed.cameras(IOC, null, null)).contains("GL-QN-0003"));
  }

  @Test
  void paging_returns_every_camera_once_and_audits_each_page() {
    coverage.covered.addAll(List.of("GL-QN-0003", "GL-QN-0004"));
    List<Object> seen = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      IocFeed.FeedPage page = feed.cameras(IOC, cursor, "2");
      seen.addAll(codes(page));
      cursor = page.next();
      pages++;
    } while (cursor != null);
    assertEquals(
        List.<Object>of("GL-QN-0001", "GL-QN-0002", "GL-QN-0003", "GL-QN-0004", "GL-QN-0005"),
        seen);
    assertEquals(3, pages);
    assertEquals(3, fakes.audit.records.size());
    assertTrue(fakes.audit.records.get(0).details().contains("count=2"));
    assertTrue(fakes.audit.records.get(0).details().contains("cursor=start"));
    assertTrue(
        fakes.audit.records.get(2).details().contains("class=CAMERA_LIST_AND_STATUS count=1"));
  }

  @Test
  void only_an_ioc_client_with_an_active_profile_is_served() {
    Caller admin = SharingFakes.ADMIN;
    assertEquals(
        403, assertThrows(ProblemException.class, () -> feed.cameras(admin, null, null)).status());
    Caller otherClient =
        new Caller(
            "tcc-event-source",
            "x",
            Caller.Kind.CLIENT,
            Set.of(Role.IOC),
            new JurisdictionCode("GL"));
    assertEquals(
        403,
        assertThrows(ProblemException.class, () -> feed.cameras(otherClient, null, null)).status());
    profiles.put(profile(false, CAMERA_FIELDS, COUNT_FIELDS));
    assertEquals(
        403, assertThrows(ProblemException.class, () -> feed.cameras(IOC, null, null)).status());
    profiles.put(profile(true, List.of(), COUNT_FIELDS));
    assertEquals(
        403, assertThrows(ProblemException.class, () -> feed.cameras(IOC, null, null)).status());
    assertTrue(fakes.audit.records.isEmpty(), "nothing delivered, nothing logged as delivered");
  }

  @Test
  void hostile_cursors_and_limits_are_422() {
    for (String limit : List.of("0", "-1", "99999999999", "abc", "1\u0000")) {
      assertThrows(ValidationException.class, () -> feed.cameras(IOC, null, limit), limit);
      assertThrows(ValidationException.class, () -> feed.eventCounts(IOC, null, limit), limit);
    }
    // Event counts allow larger pages than the camera list, still bounded.
    assertThrows(ValidationException.class, () -> feed.cameras(IOC, null, "1001"));
    assertFalse(feed.eventCounts(IOC, null, "10000").more());
    assertThrows(ValidationException.class, () -> feed.eventCounts(IOC, null, "10001"));
    String countsToken = feed.eventCounts(IOC, null, null).next();
    for (String cursor :
        List.of(
            "abc", "x".repeat(100_000), "a\u0000b", "+999999999-01-01T00:00:00Z", countsToken)) {
      assertThrows(ValidationException.class, () -> feed.cameras(IOC, cursor, null));
    }
    String cameraCursor = feed.cameras(IOC, null, "1").next();
    assertThrows(ValidationException.class, () -> feed.eventCounts(IOC, cameraCursor, null));
  }

  @Test
  void event_counts_are_cut_to_the_profile_and_follow_the_since_token() {
    counts.watermark = 10;
    counts.add("GL-QN-0001", "RED_LIGHT", 0, 3);
    counts.add("GL-QN-0001", "SPEEDING", 0, 1);
    counts.add("GL-QN-0003", "RED_LIGHT", 0, 4);
    counts.add("GL-QN-0005", "RED_LIGHT", 1, 2);
    IocFeed.FeedPage first = feed.eventCounts(IOC, null, "2");
    assertTrue(first.more());
    assertEquals(2, first.items().size());
    for (Map<String, Object> item : first.items()) {
      assertEquals(COUNT_FIELDS, List.copyOf(item.keySet()));
    }
    assertEquals(3L, first.items().get(0).get("count"));
    IocFeed.FeedPage second = feed.eventCounts(IOC, first.next(), "2");
    // GL-QN-0003 belongs to a business no agreement shares with the IOC: its count stays home.
    assertEquals(List.of("GL-QN-0005"), second.items().stream().map(i -> i.get("camera")).toList());
    assertEquals(0, counts.lastAfterId);
    assertEquals(10, counts.lastUpTo);
    IocFeed.FeedPage last = feed.eventCounts(IOC, second.next(), "2");
    assertFalse(last.more());
    assertTrue(last.items().isEmpty());
    counts.watermark = 15;
    feed.eventCounts(IOC, last.next(), "2");
    assertEquals(10, counts.lastAfterId, "the next call counts only events after the first range");
    assertEquals(15, counts.lastUpTo);
    assertFalse(counts.lastWithPlates);
  }

  @Test
  void plates_are_read_only_for_a_profile_that_lists_them() {
    profiles.put(profile(true, CAMERA_FIELDS, List.of("camera", "count", "plates")));
    counts.watermark = 1;
    counts.add("GL-QN-0001", "PLATE_READ", 0, 2);
    IocFeed.FeedPage page = feed.eventCounts(IOC, null, null);
    assertTrue(counts.lastWithPlates);
    assertEquals(List.of("camera", "count", "plates"), List.copyOf(page.items().get(0).keySet()));
    assertTrue(fakes.audit.records.get(0).personalData());
  }

  private static List<Object> codes(IocFeed.FeedPage page) {
    return page.items().stream().map(i -> i.get("code")).toList();
  }

  static final class Profiles implements ConsumerProfiles {
    final Map<String, ConsumerProfile> byConsumer = new HashMap<>();

    void put(ConsumerProfile profile) {
      byConsumer.put(profile.consumer(), profile);
    }

    @Override
    public Optional<ConsumerProfile> find(String consumer) {
      return Optional.ofNullable(byConsumer.get(consumer));
    }

    @Override
    public List<ConsumerProfile> all() {
      return List.copyOf(byConsumer.values());
    }

    @Override
    public boolean save(ConsumerProfile profile) {
      put(profile);
      return true;
    }

    @Override
    public boolean addToAgreement(long agreementId, String consumer, String by, Instant at) {
      return true;
    }

    @Override
    public List<String> consumersOf(long agreementId) {
      return List.of();
    }
  }

  static final class Coverage implements ConsumerCoverage {
    final Set<String> covered = new HashSet<>();
    LocalDate askedFor;

    @Override
    public Set<String> coveredNow(
        String consumer, Collection<String> cameraCodes, boolean events, LocalDate today) {
      askedFor = today;
      Set<String> found = new HashSet<>(cameraCodes);
      found.retainAll(covered);
      return found;
    }
  }

  static final class Cameras implements CameraFeed {
    final List<FeedCamera> all = new ArrayList<>();

    void add(String code, OwnerType owner) {
      all.add(
          new FeedCamera(
              code,
              "Camera " + code,
              new BigDecimal("13.770000"),
              new BigDecimal("109.220000"),
              "GL.QUY_NHON",
              owner,
              CameraStatus.OPERATIONAL,
              CameraHealth.ONLINE,
              null,
              null));
    }

    @Override
    public List<FeedCamera> page(String afterCode, int limit) {
      return all.stream()
          .filter(c -> afterCode == null || c.code().compareTo(afterCode) > 0)
          .limit(limit)
          .toList();
    }

    @Override
    public Map<String, OwnerType> ownerTypesOf(Collection<String> codes) {
      Map<String, OwnerType> found = new HashMap<>();
      all.stream()
          .filter(c -> codes.contains(c.code()))
          .forEach(c -> found.put(c.code(), c.ownerType()));
      return found;
    }
  }

  static final class Counts implements HourlyEventCounts {
    final List<HourlyCount> all = new ArrayList<>();
    long watermark;
    long lastAfterId = -1;
    long lastUpTo = -1;
    boolean lastWithPlates;

    void add(String camera, String type, int hour, long count) {
      all.add(
          new HourlyCount(
              new GroupKey(
                  camera, type, Instant.parse("2026-06-10T01:00:00Z").plusSeconds(3600L * hour)),
              "GL.QUY_NHON",
              count,
              List.of("81A-123.45")));
    }

    @Override
    public long watermark(long atLeast) {
      return Math.max(atLeast, watermark);
    }

    @Override
    public List<HourlyCount> touched(
        long afterId, long upToId, GroupKey after, int limit, boolean withPlates) {
      lastAfterId = afterId;
      lastUpTo = upToId;
      lastWithPlates = withPlates;
      if (afterId > 0) {
        return List.of();
      }
      return all.stream()
          .filter(c -> after == null || compare(c.key(), after) > 0)
          .limit(limit)
          .toList();
    }

    private static int compare(GroupKey a, GroupKey b) {
      int byCamera = a.cameraCode().compareTo(b.cameraCode());
      if (byCamera != 0) {
        return byCamera;
      }
      int byType = a.eventType().compareTo(b.eventType());
      return byType != 0 ? byType : a.hour().compareTo(b.hour());
    }
  }
}
