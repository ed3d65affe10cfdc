package vn.tcc.vms.internal.zoneminder;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Pattern;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsCameraStatus;
import vn.tcc.vms.api.VmsCapability;
import vn.tcc.vms.api.VmsConnectionSettings;
import vn.tcc.vms.api.VmsDeletion;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsEventCursor;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsExport;
import vn.tcc.vms.api.VmsLiveStream;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsVersion;
import vn.tcc.vms.internal.zoneminder.ZoneMinderHttp.Param;
import vn.tcc.vms.internal.zoneminder.ZoneMinderHttp.Response;

/**
 * The VMS port for ZoneMinder 1.36 (REST API under {@code {base}/api}, media through {@code
 * index.php} views and {@code cgi-bin/nph-zms}, events raised through zmtrigger on TCP 6802).
 *
 * <p>Cameras are monitors (externalId = monitor Id); recordings are events (recordingId = event
 * Id); the evidence lock is ZM's {@code Archived} flag, which ZM itself also honours on delete. One
 * instance per connection; it is safe to share between threads (it keeps the access token and the
 * server's time zone). Plain Java: created by the connection factory with the {@link HttpClient} it
 * gives.
 *
 * <p>Times: ZM speaks wall-clock time in its own zone, read once from {@code host/getTimeZone.json}
 * (see {@link ZoneMinderClock}); ZM cuts them to whole seconds, so ranges are widened to the
 * second.
 */
public final class ZoneMinderAdapter implements VmsAdapter {
  static final String PRODUCT = "ZoneMinder";

  /** An event still open after this long is taken as left open by a crashed capture daemon. */
  static final Duration STUCK_OPEN = Duration.ofHours(1);

  private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
  private static final int PAGE = 100;
  private static final Set<VmsCapability> CAPABILITIES =
      Collections.unmodifiableSet(EnumSet.allOf(VmsCapability.class));
  private static final SecureRandom RANDOM = new SecureRandom();

  private final ZoneMinderHttp http;
  private final int triggerPort;
  private volatile ZoneMinderClock clock;

  /** With zmtrigger on its default port, 6802. */
  public ZoneMinderAdapter(VmsConnectionSettings settings, HttpClient client) {
    this(settings, client, ZoneMinderTrigger.DEFAULT_PORT);
  }

  /** With zmtrigger listening on {@code triggerPort} of the ZM host. */
  public ZoneMinderAdapter(VmsConnectionSettings settings, HttpClient client, int triggerPort) {
    if (settings.baseUri() == null || settings.baseUri().getHost() == null) {
      throw new IllegalArgumentException(
          "A ZoneMinder connection needs a base URL like http://host/zm");
    }
    Duration timeout =
        settings.timeout() == null || settings.timeout().isZero() || settings.timeout().isNegative()
            ? Duration.ofSeconds(10)
            : settings.timeout();
    this.http =
        new ZoneMinderHttp(
            settings.baseUri(), settings.username(), settings.secret(), timeout, client);
    this.triggerPort = triggerPort;
  }

  @Override
  public String product() {
    return PRODUCT;
  }

  /** Everything: all of it was checked against a real ZoneMinder 1.36.33 (ZoneMinderContractIT). */
  @Override
  public Set<VmsCapability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public VmsVersion ping() {
    JsonObject version =
        http.get("host/getVersion.json").orElseThrow(() -> missingApi("host/getVersion.json"));
    return new VmsVersion(
        PRODUCT,
        ZoneMinderJson.text(version, "version"),
        ZoneMinderJson.text(version, "apiversion"));
  }

  // ------------------------------------------------------------------ cameras

  @Override
  public List<VmsCamera> cameras() {
    return monitors().stream()
        .map(entry -> ZoneMinderJson.camera(entry.getJsonObject("Monitor")))
        .sorted(Comparator.comparingLong(c -> Long.parseLong(c.externalId())))
        .toList();
  }

  @Override
  public Optional<VmsCamera> camera(String externalId) {
    return monitor(externalId).map(entry -> ZoneMinderJson.camera(entry.getJsonObject("Monitor")));
  }

  /** One {@code monitors.json} call for all of them (it carries Monitor_Status). */
  @Override
  public Map<String, VmsCameraStatus> status(Collection<String> externalIds) {
    Map<String, VmsCameraStatus> statuses = new LinkedHashMap<>();
    if (externalIds.isEmpty()) {
      return statuses;
    }
    Map<String, JsonObject> byId = new LinkedHashMap<>();
    for (JsonObject entry : monitors()) {
      byId.put(ZoneMinderJson.text(entry.getJsonObject("Monitor"), "Id"), entry);
    }
    for (String id : externalIds) {
      JsonObject entry = byId.get(id);
      statuses.put(
          id,
          entry == null
              ? VmsCameraStatus.unknown(id, "ZoneMinder has no monitor " + id)
              : ZoneMinderStatus.of(entry));
    }
    return statuses;
  }

  /** The MJPEG stream of nph-zms, without a token: the caller adds its own authentication. */
  @Override
  public URI liveStreamUri(String externalId) {
    String id = monitorId(externalId);
    return URI.create(http.base() + "/cgi-bin/nph-zms?mode=jpeg&monitor=" + id + "&scale=100");
  }

  /**
   * nph-zms in MJPEG mode with the adapter's token; {@code maxfps} and {@code scale} keep the
   * stream as light as the wall needs. A monitor ZM does not know answers without JPEG frames.
   */
  @Override
  public VmsLiveStream openLiveStream(String externalId, int maxFps, int scalePercent) {
    String id = monitorId(externalId);
    ZoneMinderHttp.Streamed answer =
        http.stream(
            "cgi-bin/nph-zms",
            List.of(
                new Param("mode", "jpeg"),
                new Param("monitor", id),
                new Param("maxfps", Integer.toString(Math.max(1, maxFps))),
                new Param("scale", Integer.toString(Math.min(100, Math.max(10, scalePercent))))));
    if (answer.status() == 200 && answer.contentType().startsWith("multipart/")) {
      return new VmsLiveStream(answer.contentType(), answer.body());
    }
    answer.discard();
    if (answer.status() == 404 || (answer.status() == 200 && monitor(id).isEmpty())) {
      throw new VmsNotFound("ZoneMinder has no monitor " + id);
    }
    throw new VmsUnavailable(
        http.where()
            + " gave no live stream of monitor "
            + id
            + " (HTTP "
            + answer.status()
            + ", "
            + answer.contentType()
            + ")");
  }

  /**
   * nph-zms replaying the event that covers {@code at} (found through the API, as a recorded
   * snapshot is), from the frame nearest that moment to the event's end ({@code replay=none}).
   */
  @Override
  public VmsLiveStream openRecordingStream(
      String externalId, Instant at, int maxFps, int scalePercent) {
    String id = monitorId(externalId);
    JsonObject event =
        eventCovering(id, at)
            .orElseThrow(() -> new VmsNotFound("No recording of monitor " + id + " covers " + at));
    String eventId = ZoneMinderJson.text(event, "Id");
    List<Param> params = new ArrayList<>();
    params.add(new Param("mode", "jpeg"));
    params.add(new Param("source", "event"));
    params.add(new Param("event", eventId));
    params.add(new Param("replay", "none"));
    params.add(new Param("maxfps", Integer.toString(Math.max(1, maxFps))));
    params.add(new Param("scale", Integer.toString(Math.min(100, Math.max(10, scalePercent)))));
    startFrame(eventId, at)
        .ifPresent(frame -> params.add(new Param("frame", Long.toString(frame))));
    ZoneMinderHttp.Streamed answer = http.stream("cgi-bin/nph-zms", params);
    if (answer.status() == 200 && answer.contentType().startsWith("multipart/")) {
      return new VmsLiveStream(answer.contentType(), answer.body());
    }
    answer.discard();
    if (answer.status() == 404) {
      throw new VmsNotFound("ZoneMinder has no event " + eventId);
    }
    throw new VmsUnavailable(
        http.where()
            + " gave no replay of event "
            + eventId
            + " (HTTP "
            + answer.status()
            + ", "
            + answer.contentType()
            + ")");
  }

  /** The event's frame nearest {@code at}; empty (replay from the start) when ZM lists none. */
  private OptionalLong startFrame(String eventId, Instant at) {
    Optional<JsonObject> full = http.get("events/" + eventId + ".json");
    if (full.isEmpty() || !(full.get().get("event") instanceof JsonObject event)) {
      return OptionalLong.empty();
    }
    JsonArray frames = event.get("Frame") instanceof JsonArray a ? a : JsonArray.EMPTY_JSON_ARRAY;
    return ZoneMinderJson.nearestFrame(frames, clock(), at);
  }

  // ------------------------------------------------------------------ media

  @Override
  public VmsMedia snapshot(String externalId, Instant at) {
    String id = monitorId(externalId);
    return at == null ? liveSnapshot(id) : recordedSnapshot(id, at);
  }

  private VmsMedia liveSnapshot(String id) {
    Response image =
        http.media(
            "cgi-bin/nph-zms", List.of(new Param("mode", "single"), new Param("monitor", id)));
    if (image.status() == 200 && ZoneMinderMedia.isJpeg(image.body())) {
      return new VmsMedia("image/jpeg", image.body(), "zm-monitor-" + id + "-live.jpg");
    }
    if (monitor(id).isEmpty()) {
      throw new VmsNotFound("ZoneMinder has no monitor " + id);
    }
    throw new VmsUnavailable(
        http.where() + " gave no live image of monitor " + id + " (" + answer(image) + ")");
  }

  private VmsMedia recordedSnapshot(String id, Instant at) {
    JsonObject event =
        eventCovering(id, at)
            .orElseThrow(() -> new VmsNotFound("No recording of monitor " + id + " covers " + at));
    String eventId = ZoneMinderJson.text(event, "Id");
    JsonObject full =
        http.get("events/" + eventId + ".json")
            .orElseThrow(() -> new VmsNotFound("ZoneMinder has no event " + eventId))
            .getJsonObject("event");
    JsonArray frames = full.get("Frame") instanceof JsonArray a ? a : JsonArray.EMPTY_JSON_ARRAY;
    OptionalLong frame = ZoneMinderJson.nearestFrame(frames, clock(), at);
    if (frame.isEmpty()) {
      throw new VmsNotFound("Event " + eventId + " of monitor " + id + " has no frames");
    }
    Response image =
        http.media(
            "index.php",
            List.of(
                new Param("view", "image"),
                new Param("eid", eventId),
                new Param("fid", Long.toString(frame.getAsLong()))));
    if (image.status() == 200 && ZoneMinderMedia.isJpeg(image.body())) {
      return new VmsMedia(
          "image/jpeg",
          image.body(),
          "zm-event-" + eventId + "-frame-" + frame.getAsLong() + ".jpg");
    }
    if (image.status() == 404) {
      throw new VmsNotFound("ZoneMinder has no image of event " + eventId);
    }
    throw new VmsUnavailable(
        http.where()
            + " gave no image of frame "
            + frame.getAsLong()
            + " of event "
            + eventId
            + " ("
            + answer(image)
            + ")");
  }

  /** The event of the monitor that covers {@code at}: a closed one, else the open one. */
  private Optional<JsonObject> eventCovering(String monitorId, Instant at) {
    String local = clock().toLocal(at);
    JsonObject closed =
        http.get(
                "events/index/"
                    + ZoneMinderHttp.segment("MonitorId:" + monitorId)
                    + "/"
                    + ZoneMinderHttp.segment("StartDateTime <=:" + local)
                    + "/"
                    + ZoneMinderHttp.segment("EndDateTime >=:" + local)
                    + ".json",
                new Param("sort", "Id"),
                new Param("direction", "desc"),
                new Param("limit", "1"))
            .orElseThrow(() -> missingApi("events/index"));
    List<JsonObject> found = ZoneMinderJson.events(closed);
    if (!found.isEmpty()) {
      return Optional.of(found.get(0));
    }
    return openEvent(monitorId)
        .filter(e -> !clock().toInstant(ZoneMinderJson.text(e, "StartDateTime")).isAfter(at));
  }

  /** The monitor's latest event if it is still open (ZM has at most one open per monitor). */
  private Optional<JsonObject> openEvent(String monitorId) {
    JsonObject latest =
        http.get(
                "events/index/" + ZoneMinderHttp.segment("MonitorId:" + monitorId) + ".json",
                new Param("sort", "Id"),
                new Param("direction", "desc"),
                new Param("limit", "1"))
            .orElseThrow(() -> missingApi("events/index"));
    return ZoneMinderJson.events(latest).stream()
        .findFirst()
        .filter(e -> ZoneMinderJson.text(e, "EndDateTime") == null);
  }

  @Override
  public VmsMedia clip(String recordingId) {
    String id = eventId(recordingId);
    JsonObject event = event(id);
    Response video =
        http.media("index.php", List.of(new Param("view", "view_video"), new Param("eid", id)));
    if (video.status() == 200 && ZoneMinderMedia.isMp4(video.body())) {
      String name = ZoneMinderJson.text(event, "DefaultVideo");
      return new VmsMedia(
          "video/mp4",
          video.body(),
          name == null || name.isBlank() ? "zm-event-" + id + ".mp4" : name);
    }
    if (video.status() == 404 || (video.status() == 200 && video.body().length == 0)) {
      throw new VmsNotFound("ZoneMinder has no video of event " + id);
    }
    throw new VmsUnavailable(
        http.where() + " gave no video of event " + id + " (" + answer(video) + ")");
  }

  // ------------------------------------------------------------------ export

  /**
   * ZM builds the zip while it answers ({@code request=event&action=download}), under a key of our
   * own so that exports do not mix ({@code zmExport_<key>.zip} in ZM's export directory, which ZM
   * never cleans).
   */
  @Override
  public VmsExport startExport(List<String> recordingIds) {
    if (recordingIds.isEmpty()) {
      throw new IllegalArgumentException("Nothing to export");
    }
    List<Param> query = new ArrayList<>();
    query.add(new Param("request", "event"));
    query.add(new Param("action", "download"));
    for (String recordingId : recordingIds) {
      String id = eventId(recordingId);
      event(id);
      query.add(new Param("eids[]", id));
    }
    String key = Long.toString(1_000_000_000L + RANDOM.nextInt(Integer.MAX_VALUE));
    query.add(new Param("exportFormat", "zip"));
    query.add(new Param("connkey", key));
    Response answer = http.ajax(query);
    JsonObject result;
    try {
      result = ZoneMinderJson.read(answer.body());
    } catch (RuntimeException e) {
      throw new VmsUnavailable(
          http.where() + " answered the export with something that is not JSON");
    }
    if (!"Ok".equalsIgnoreCase(ZoneMinderJson.text(result, "result"))) {
      throw new VmsUnavailable(
          http.where() + " could not export: " + ZoneMinderJson.text(result, "message"));
    }
    return new VmsExport(key, recordingIds);
  }

  /** The zip, ready as soon as {@link #startExport} returned (ZM exports synchronously). */
  @Override
  public Optional<VmsMedia> exportResult(VmsExport export) {
    String key = export.exportId();
    if (key == null || !ID.matcher(key).matches()) {
      throw new VmsNotFound("No ZoneMinder export " + key);
    }
    Response zip =
        http.media(
            "index.php",
            List.of(
                new Param("view", "archive"), new Param("type", "zip"), new Param("connkey", key)));
    if (zip.status() == 200 && ZoneMinderMedia.isZip(zip.body())) {
      return Optional.of(new VmsMedia("application/zip", zip.body(), "zmExport_" + key + ".zip"));
    }
    if (zip.status() == 200 || zip.status() == 404) {
      throw new VmsNotFound("ZoneMinder has no export " + key);
    }
    throw new VmsUnavailable(http.where() + " gave no export " + key + " (" + answer(zip) + ")");
  }

  // ------------------------------------------------------------------ lock and delete

  @Override
  public void protect(String recordingId) {
    archive(recordingId, true);
  }

  @Override
  public void unprotect(String recordingId) {
    archive(recordingId, false);
  }

  private void archive(String recordingId, boolean archived) {
    String id = eventId(recordingId);
    JsonObject answer =
        http.api(
                "PUT",
                "events/" + id + ".json",
                List.of(),
                Map.of("Event[Archived]", archived ? "1" : "0"))
            .orElseThrow(() -> new VmsNotFound("ZoneMinder has no event " + id));
    if (!"Saved".equalsIgnoreCase(ZoneMinderJson.text(answer, "message"))) {
      throw new VmsUnavailable(
          http.where() + " did not save Archived=" + (archived ? 1 : 0) + " on event " + id);
    }
  }

  /** ZM refuses (silently) to delete an archived event; so does this, saying LOCKED. */
  @Override
  public VmsDeletion delete(String recordingId) {
    String id = eventId(recordingId);
    Optional<JsonObject> event = findEvent(id);
    if (event.isEmpty()) {
      return VmsDeletion.NOT_FOUND;
    }
    if (ZoneMinderJson.flag(event.get(), "Archived")) {
      return VmsDeletion.LOCKED;
    }
    http.api("DELETE", "events/" + id + ".json", List.of(), null);
    Optional<JsonObject> after = findEvent(id);
    if (after.isEmpty()) {
      return VmsDeletion.DELETED;
    }
    if (ZoneMinderJson.flag(after.get(), "Archived")) {
      return VmsDeletion.LOCKED;
    }
    throw new VmsUnavailable(http.where() + " did not delete event " + id);
  }

  // ------------------------------------------------------------------ events

  @Override
  public List<VmsRecording> recordings(String externalId, Instant from, Instant to) {
    String id = monitorId(externalId);
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The range ends before it starts: " + from + " – " + to);
    }
    ZoneMinderClock clock = clock();
    List<VmsRecording> found = new ArrayList<>();
    String filter =
        "events/index/"
            + ZoneMinderHttp.segment("MonitorId:" + id)
            + "/"
            + ZoneMinderHttp.segment("EndDateTime >=:" + clock.toLocal(from))
            + "/"
            + ZoneMinderHttp.segment("StartDateTime <=:" + clock.toLocal(to))
            + ".json";
    for (int page = 1; ; page++) {
      JsonObject answer = eventsPage(filter, "StartDateTime", page, PAGE);
      for (JsonObject event : ZoneMinderJson.events(answer)) {
        found.add(ZoneMinderJson.recording(event, clock));
      }
      if (!ZoneMinderJson.hasNextPage(answer)) {
        break;
      }
    }
    // An open event has no end yet, so the filter above cannot see it.
    if (!from.isAfter(Instant.now())) {
      openEvent(id)
          .map(e -> ZoneMinderJson.recording(e, clock))
          .filter(r -> !r.start().isAfter(to))
          .filter(r -> found.stream().noneMatch(f -> f.recordingId().equals(r.recordingId())))
          .ifPresent(found::add);
    }
    if (found.isEmpty() && monitor(id).isEmpty()) {
      throw new VmsNotFound("ZoneMinder has no monitor " + id);
    }
    found.sort(
        Comparator.comparing(VmsRecording::start, Comparator.nullsLast(Comparator.naturalOrder())));
    return List.copyOf(found);
  }

  /**
   * Closed events with an id above the cursor, by id. It stops at the first event still open (its
   * notes and end may still change, and the cursor must not pass it), unless that one has been open
   * for {@link #STUCK_OPEN} (then it comes with no end).
   */
  @Override
  public List<VmsEvent> eventsSince(VmsEventCursor cursor, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    String after =
        cursor == null || cursor.lastEventId() == null ? "0" : eventId(cursor.lastEventId());
    ZoneMinderClock clock = clock();
    String filter = "events/index/" + ZoneMinderHttp.segment("Id >:" + after) + ".json";
    List<VmsEvent> events = new ArrayList<>();
    for (int page = 1; events.size() < limit; page++) {
      JsonObject answer = eventsPage(filter, "Id", page, Math.min(limit, PAGE));
      for (JsonObject event : ZoneMinderJson.events(answer)) {
        VmsEvent read = ZoneMinderJson.event(event, clock);
        if (read.end() == null
            && (read.start() == null || read.start().isAfter(Instant.now().minus(STUCK_OPEN)))) {
          return List.copyOf(events);
        }
        events.add(read);
        if (events.size() == limit) {
          return List.copyOf(events);
        }
      }
      if (!ZoneMinderJson.hasNextPage(answer)) {
        break;
      }
    }
    return List.copyOf(events);
  }

  private JsonObject eventsPage(String filter, String sort, int page, int size) {
    return http.get(
            filter,
            new Param("sort", sort),
            new Param("direction", "asc"),
            new Param("limit", Integer.toString(size)),
            new Param("page", Integer.toString(page)))
        .orElseThrow(() -> missingApi("events/index"));
  }

  /**
   * Through zmtrigger (TCP, the ZM host, port 6802 by default): the monitor goes into alarm for the
   * request's length and ZM records an event with the cause and notes, or adds them to the event
   * already open. zmtrigger answers nothing, so there is no id to return.
   */
  @Override
  public Optional<String> raiseEvent(String externalId, VmsEventRequest request) {
    String id = monitorId(externalId);
    JsonObject monitor =
        monitor(id)
            .orElseThrow(() -> new VmsNotFound("ZoneMinder has no monitor " + id))
            .getJsonObject("Monitor");
    String function = ZoneMinderJson.text(monitor, "Function");
    if (!ZoneMinderJson.flag(monitor, "Enabled")
        || "None".equalsIgnoreCase(function)
        || "Monitor".equalsIgnoreCase(function)) {
      throw new VmsUnavailable(
          "Monitor "
              + id
              + " of "
              + http.where()
              + " records no events (Function "
              + function
              + ")");
    }
    byte[] line = ZoneMinderTrigger.message(id, request).getBytes(StandardCharsets.US_ASCII);
    String host = http.base().getHost();
    int timeout = (int) Math.min(Integer.MAX_VALUE, http.timeout().toMillis());
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, triggerPort), timeout);
      socket.setSoTimeout(timeout);
      OutputStream out = socket.getOutputStream();
      out.write(line);
      out.flush();
    } catch (IOException e) {
      throw new VmsUnavailable(
          "zmtrigger at "
              + host
              + ":"
              + triggerPort
              + " did not take the event ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------ helpers

  private List<JsonObject> monitors() {
    return http.get("monitors.json")
        .orElseThrow(() -> missingApi("monitors.json"))
        .getJsonArray("monitors")
        .getValuesAs(JsonObject.class);
  }

  /** {@code {"Monitor":…,"Monitor_Status":…}} of one monitor, empty when ZM has none. */
  private Optional<JsonObject> monitor(String externalId) {
    if (externalId == null || !ID.matcher(externalId).matches()) {
      return Optional.empty();
    }
    return http.get("monitors/" + externalId + ".json").map(m -> m.getJsonObject("monitor"));
  }

  private Optional<JsonObject> findEvent(String id) {
    return http.get("events/" + id + ".json", new Param("noframes", "true"))
        .map(e -> e.getJsonObject("event").getJsonObject("Event"));
  }

  private JsonObject event(String id) {
    return findEvent(id).orElseThrow(() -> new VmsNotFound("ZoneMinder has no event " + id));
  }

  private static String monitorId(String externalId) {
    if (externalId == null || !ID.matcher(externalId).matches()) {
      throw new VmsNotFound("ZoneMinder has no monitor " + externalId);
    }
    return externalId;
  }

  private static String eventId(String recordingId) {
    if (recordingId == null || !ID.matcher(recordingId).matches()) {
      throw new VmsNotFound("ZoneMinder has no event " + recordingId);
    }
    return recordingId;
  }

  private ZoneMinderClock clock() {
    ZoneMinderClock known = clock;
    if (known == null) {
      String tz =
          ZoneMinderJson.text(
              http.get("host/getTimeZone.json")
                  .orElseThrow(() -> missingApi("host/getTimeZone.json")),
              "tz");
      try {
        known = ZoneMinderClock.of(tz);
      } catch (IllegalArgumentException e) {
        throw new VmsUnavailable(http.where() + " names a time zone Java does not know: " + tz);
      }
      clock = known;
    }
    return known;
  }

  private VmsUnavailable missingApi(String path) {
    return new VmsUnavailable(
        http.where()
            + " answered HTTP 404 to "
            + http.describe("api/" + path)
            + " (is the API enabled?)");
  }

  private static String answer(Response response) {
    String type = response.contentType().isBlank() ? "no type" : response.contentType();
    return "HTTP " + response.status() + ", " + response.body().length + " bytes, " + type;
  }
}
