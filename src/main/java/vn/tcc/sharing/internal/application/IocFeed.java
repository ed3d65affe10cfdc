package vn.tcc.sharing.internal.application;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import vn.tcc.camera.api.CameraFeed;
import vn.tcc.camera.api.CameraFeed.FeedCamera;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.event.api.HourlyEventCounts;
import vn.tcc.event.api.HourlyEventCounts.GroupKey;
import vn.tcc.event.api.HourlyEventCounts.HourlyCount;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.api.IncidentFeedSource;
import vn.tcc.sharing.api.IncidentFeedSource.FeedIncident;
import vn.tcc.sharing.internal.domain.ConsumerCoverage;
import vn.tcc.sharing.internal.domain.ConsumerProfile;
import vn.tcc.sharing.internal.domain.ConsumerProfiles;
import vn.tcc.sharing.internal.domain.FeedCursor;
import vn.tcc.sharing.internal.domain.FeedDataClass;

/**
 * The pull feed for outside consumers (the Smart City IOC): the camera list with its health, and
 * hourly event counts. The consumer is the token's client; its profile says what it receives, and
 * every item is cut to the profile's fields before it leaves. A provider's camera is delivered only
 * while an agreement naming the consumer is in force (checked on every page). One audit entry per
 * page delivered.
 */
@ApplicationScoped
public class IocFeed {
  static final String FEED_DELIVERED = "SHARING_FEED_DELIVERED";
  static final int DEFAULT_LIMIT = 100;
  static final int MAX_LIMIT = 1000;

  /**
   * Event counts may come in larger pages: a first pull reads every hourly count there is, and each
   * page pays its own round trips, coverage check, audit entry and commit (measured in
   * benchmarks/sharing.md). Still bounded: a page of 10,000 counts is about 1 MB of JSON.
   */
  static final int MAX_COUNTS_LIMIT = 10_000;

  private static final Logger LOG = Logger.getLogger(IocFeed.class.getName());
  private static final String DEV_CURSOR_SECRET = "tcc-feed-cursor-development-secret";

  @Inject ConsumerProfiles profiles;
  @Inject ConsumerCoverage coverage;
  @Inject CameraFeed cameras;
  @Inject HourlyEventCounts eventCounts;
  @Inject IncidentFeedSource incidentSource;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  FeedCursor cursors;

  /**
   * One page: its items (already cut to the profile), the cursor for the next, and whether more
   * follow.
   */
  public record FeedPage(List<Map<String, Object>> items, String next, boolean more) {}

  @PostConstruct
  void init() {
    String secret = System.getenv("TCC_FEED_CURSOR_SECRET");
    if (secret == null || secret.length() < 16) {
      LOG.warning(
          "TCC_FEED_CURSOR_SECRET is not set (16+ characters): feed cursors are signed with a"
              + " development key");
      secret = DEV_CURSOR_SECRET;
    }
    cursors = new FeedCursor(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** A page of the camera list in code order; {@code cursor} from the previous page's next. */
  @Transactional
  public FeedPage cameras(Caller caller, String cursor, String limitText) {
    ConsumerProfile profile = profileFor(caller, FeedDataClass.CAMERA_LIST_AND_STATUS);
    SharingInput input = new SharingInput();
    int limit = input.number("limit", limitText, DEFAULT_LIMIT, 1, MAX_LIMIT);
    List<String> position = position(input, profile, FeedDataClass.CAMERA_LIST_AND_STATUS, cursor);
    if (position != null && position.size() != 1) {
      input.add(FieldError.of("cursor", "sharing.feed.cursor"));
    }
    input.check();
    String after = position == null ? null : position.get(0);

    List<FeedCamera> page = cameras.page(after, limit);
    Set<String> privateCodes = new HashSet<>();
    for (FeedCamera camera : page) {
      if (isPrivate(camera.ownerType())) {
        privateCodes.add(camera.code());
      }
    }
    Set<String> covered =
        privateCodes.isEmpty()
            ? Set.of()
            : coverage.coveredNow(profile.consumer(), privateCodes, false, today());
    List<Map<String, Object>> items = new ArrayList<>();
    for (FeedCamera camera : page) {
      if (!isPrivate(camera.ownerType()) || covered.contains(camera.code())) {
        items.add(profile.project(FeedDataClass.CAMERA_LIST_AND_STATUS, fieldsOf(camera)));
      }
    }
    boolean more = page.size() == limit;
    String next =
        more
            ? cursors.encode(
                profile.consumer(),
                FeedDataClass.CAMERA_LIST_AND_STATUS,
                List.of(page.get(page.size() - 1).code()))
            : null;
    audit(profile, FeedDataClass.CAMERA_LIST_AND_STATUS, items.size(), cursor, false);
    return new FeedPage(items, next, more);
  }

  /**
   * Hourly counts by camera and event type for the hours that received events since the token
   * ({@code since}: a previous page's next; none: from the first event). Each item is the hour's
   * full count so far: an hour that receives late events (a device resending after an outage) comes
   * again with its new count, and the consumer keeps the last one per camera, type and hour.
   */
  @Transactional
  public FeedPage eventCounts(Caller caller, String since, String limitText) {
    ConsumerProfile profile = profileFor(caller, FeedDataClass.EVENT_COUNTS);
    SharingInput input = new SharingInput();
    int limit = input.number("limit", limitText, DEFAULT_LIMIT, 1, MAX_COUNTS_LIMIT);
    List<String> position = position(input, profile, FeedDataClass.EVENT_COUNTS, since);
    Optional<CountPosition> parsed =
        position == null ? Optional.of(new CountPosition(0, -1, null)) : CountPosition.of(position);
    if (parsed.isEmpty()) {
      input.add(FieldError.of("since", "sharing.feed.cursor"));
    }
    input.check();
    CountPosition from = parsed.get();
    long upTo = from.upTo() < 0 ? eventCounts.watermark(from.afterId()) : from.upTo();
    boolean withPlates = profile.fieldsOf(FeedDataClass.EVENT_COUNTS).contains("plates");

    List<HourlyCount> rows =
        eventCounts.touched(from.afterId(), upTo, from.after(), limit, withPlates);
    Set<String> codes = new HashSet<>();
    rows.forEach(row -> codes.add(row.key().cameraCode()));
    Map<String, OwnerType> owners = codes.isEmpty() ? Map.of() : cameras.ownerTypesOf(codes);
    Set<String> privateCodes = new HashSet<>();
    owners.forEach(
        (code, owner) -> {
          if (isPrivate(owner)) {
            privateCodes.add(code);
          }
        });
    Set<String> covered =
        privateCodes.isEmpty()
            ? Set.of()
            : coverage.coveredNow(profile.consumer(), privateCodes, true, today());
    List<String> fields = profile.fieldsOf(FeedDataClass.EVENT_COUNTS);
    List<Map<String, Object>> items = new ArrayList<>(rows.size());
    for (HourlyCount row : rows) {
      OwnerType owner = owners.get(row.key().cameraCode());
      // A camera gone from the registry has no owner to vouch for it: its counts stay home.
      if (owner != null && (!isPrivate(owner) || covered.contains(row.key().cameraCode()))) {
        items.add(projected(fields, row));
      }
    }
    boolean more = rows.size() == limit;
    List<String> nextPosition =
        more
            ? new CountPosition(from.afterId(), upTo, rows.get(rows.size() - 1).key()).parts()
            : new CountPosition(upTo, -1, null).parts();
    String next = cursors.encode(profile.consumer(), FeedDataClass.EVENT_COUNTS, nextPosition);
    audit(profile, FeedDataClass.EVENT_COUNTS, items.size(), since, withPlates);
    return new FeedPage(items, next, more);
  }

  /**
   * The command room's incidents opened or changed after the cursor, in the order of their changes
   * (none: from the first), so an incident acknowledged or closed later comes again. Each leaves
   * with the profile's incident fields only; an incident of a business's or household's camera only
   * while an agreement for events names the consumer. The next cursor is always given: keep it and
   * ask again later.
   */
  @Transactional
  public FeedPage incidents(Caller caller, String cursor, String limitText) {
    ConsumerProfile profile = profileFor(caller, FeedDataClass.INCIDENTS);
    SharingInput input = new SharingInput();
    int limit = input.number("limit", limitText, DEFAULT_LIMIT, 1, MAX_LIMIT);
    List<String> position = position(input, profile, FeedDataClass.INCIDENTS, cursor);
    long afterId = 0; // the last change read
    if (position != null) {
      try {
        afterId = position.size() == 1 ? Long.parseLong(position.get(0)) : -1;
      } catch (NumberFormatException e) {
        afterId = -1;
      }
      if (afterId < 0) {
        input.add(FieldError.of("cursor", "sharing.feed.cursor"));
      }
    }
    input.check();
    List<IncidentFeedSource.Changed> changes = incidentSource.changedAfter(afterId, limit);
    List<FeedIncident> page = changes.stream().map(IncidentFeedSource.Changed::incident).toList();
    Set<String> codes = new HashSet<>();
    page.forEach(incident -> codes.add(incident.cameraCode()));
    Map<String, OwnerType> owners = codes.isEmpty() ? Map.of() : cameras.ownerTypesOf(codes);
    Set<String> privateCodes = new HashSet<>();
    owners.forEach(
        (code, owner) -> {
          if (isPrivate(owner)) {
            privateCodes.add(code);
          }
        });
    Set<String> covered =
        privateCodes.isEmpty()
            ? Set.of()
            : coverage.coveredNow(profile.consumer(), privateCodes, true, today());
    List<Map<String, Object>> items = new ArrayList<>();
    for (FeedIncident incident : page) {
      OwnerType owner = owners.get(incident.cameraCode());
      // A camera fault of a camera gone from the registry has no owner to vouch for it.
      if (owner != null && (!isPrivate(owner) || covered.contains(incident.cameraCode()))) {
        items.add(profile.project(FeedDataClass.INCIDENTS, fieldsOf(incident)));
      }
    }
    boolean more = page.size() == limit;
    // The cursor is the last change read (V39): an incident changed since comes again.
    long last = changes.isEmpty() ? afterId : changes.get(changes.size() - 1).change();
    String next =
        cursors.encode(profile.consumer(), FeedDataClass.INCIDENTS, List.of(Long.toString(last)));
    audit(profile, FeedDataClass.INCIDENTS, items.size(), cursor, false);
    return new FeedPage(items, next, more);
  }

  /**
   * Where a reader of event counts stands: every event up to {@code afterId} counted; when {@code
   * upTo >= 0}, in the middle of the range up to it, after the group {@code after}.
   */
  record CountPosition(long afterId, long upTo, GroupKey after) {
    List<String> parts() {
      if (after == null) {
        return List.of(Long.toString(afterId));
      }
      return List.of(
          Long.toString(afterId),
          Long.toString(upTo),
          after.cameraCode(),
          after.eventType(),
          Long.toString(after.hour().getEpochSecond()));
    }

    static Optional<CountPosition> of(List<String> parts) {
      try {
        if (parts.size() == 1) {
          long afterId = Long.parseLong(parts.get(0));
          return afterId < 0 ? Optional.empty() : Optional.of(new CountPosition(afterId, -1, null));
        }
        if (parts.size() == 5) {
          long afterId = Long.parseLong(parts.get(0));
          long upTo = Long.parseLong(parts.get(1));
          if (afterId < 0 || upTo < afterId) {
            return Optional.empty();
          }
          return Optional.of(
              new CountPosition(
                  afterId,
                  upTo,
                  new GroupKey(
                      parts.get(2),
                      parts.get(3),
                      Instant.ofEpochSecond(Long.parseLong(parts.get(4))))));
        }
      } catch (RuntimeException malformed) {
        // answered as a bad cursor below
      }
      return Optional.empty();
    }
  }

  private List<String> position(
      SharingInput input, ConsumerProfile profile, FeedDataClass dataClass, String cursor) {
    String field = dataClass == FeedDataClass.EVENT_COUNTS ? "since" : "cursor";
    String text = input.text(field, cursor, FeedCursor.MAX_LENGTH);
    if (text == null) {
      return null;
    }
    Optional<List<String>> parts = cursors.decode(profile.consumer(), dataClass, text);
    if (parts.isEmpty()) {
      input.add(FieldError.of(field, "sharing.feed.cursor"));
      return null;
    }
    return parts.get();
  }

  /**
   * The caller's profile for this class: a machine client with the {@code ioc} role whose profile
   * is active and lists fields of the class; 403 otherwise.
   */
  private ConsumerProfile profileFor(Caller caller, FeedDataClass dataClass) {
    if (caller == null || caller.kind() != Caller.Kind.CLIENT || !caller.hasRole(Role.IOC)) {
      throw new ProblemException(403, "problem.403.role");
    }
    ConsumerProfile profile =
        profiles
            .find(caller.username())
            .filter(p -> p.receives(dataClass))
            .orElseThrow(() -> new ProblemException(403, "sharing.feed.notInProfile"));
    return profile;
  }

  private void audit(
      ConsumerProfile profile, FeedDataClass dataClass, int count, String cursor, boolean plates) {
    String position = cursor == null || cursor.isBlank() ? "start" : cursor;
    if (position.length() > FeedCursor.MAX_LENGTH) {
      position = position.substring(0, FeedCursor.MAX_LENGTH);
    }
    trail.record(
        new AuditRecord(
            FEED_DELIVERED,
            "consumer",
            profile.consumer(),
            null,
            plates ? "feed to " + profile.name() + " (profile lists plates)" : null,
            plates,
            AuditOutcome.SUCCESS,
            "class=" + dataClass + " count=" + count + " cursor=" + position));
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(TccTime.ZONE));
  }

  private static boolean isPrivate(OwnerType owner) {
    return owner == OwnerType.ORGANIZATION || owner == OwnerType.HOUSEHOLD;
  }

  /** Every field a camera could deliver; the profile keeps some of them. */
  static Map<String, Object> fieldsOf(FeedCamera camera) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("code", camera.code());
    fields.put("name", camera.name());
    fields.put("latitude", camera.latitude());
    fields.put("longitude", camera.longitude());
    fields.put("commune", camera.communeCode());
    fields.put("ownerType", camera.ownerType().name());
    fields.put("status", camera.status().name());
    fields.put("health", camera.health().name());
    fields.put("healthSince", time(camera.healthSince()));
    fields.put("lastSeenAt", time(camera.lastSeenAt()));
    return fields;
  }

  /**
   * The same as {@code profile.project(EVENT_COUNTS, fieldsOf(count))} without building the fields
   * the profile leaves out (a first pull projects hundreds of thousands of counts).
   */
  static Map<String, Object> projected(List<String> fields, HourlyCount count) {
    Map<String, Object> item = new LinkedHashMap<>(fields.size() * 2);
    for (String field : fields) {
      item.put(
          field,
          switch (field) {
            case "camera" -> count.key().cameraCode();
            case "commune" -> count.commune();
            case "eventType" -> count.key().eventType();
            case "hour" -> time(count.key().hour());
            case "count" -> count.count();
            case "plates" -> count.plates();
            default -> null;
          });
    }
    return item;
  }

  /** Every field an incident could deliver (all of them free of personal data). */
  static Map<String, Object> fieldsOf(FeedIncident incident) {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("id", incident.id());
    fields.put("type", incident.type());
    fields.put("severity", incident.severity());
    fields.put("camera", incident.cameraCode());
    fields.put("commune", incident.commune());
    fields.put("latitude", incident.latitude());
    fields.put("longitude", incident.longitude());
    fields.put("address", incident.address());
    fields.put("occurredAt", time(incident.occurredAt()));
    fields.put("openedAt", time(incident.openedAt()));
    fields.put("state", incident.state());
    fields.put("closedAt", time(incident.closedAt()));
    fields.put("outcome", incident.outcome());
    return fields;
  }

  private static String time(Instant instant) {
    return instant == null ? null : instant.atZone(TccTime.ZONE).toOffsetDateTime().toString();
  }
}
