package vn.tcc.vms.internal.zoneminder;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tcc.shared.media.MediaTypes;
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
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsNotFound;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.api.VmsUnsupportedOperation;
import vn.tcc.vms.api.VmsVersion;

/**
 * ZoneMinder 1.36 through its REST API (token login; HTTP Basic is refused), its image and video
 * views, and zmtrigger for raising events. ZoneMinder monitors are the cameras, its events the
 * recordings; {@code Archived} is the evidence lock. Times come as wall-clock strings in the
 * server's time zone, which is read once from the API.
 */
public class ZoneMinderAdapter implements VmsAdapter {
  static final int TRIGGER_PORT = 6802;
  private static final DateTimeFormatter ZM_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
  private static final Set<VmsCapability> CAPABILITIES =
      EnumSet.complementOf(EnumSet.of(VmsCapability.EXPORT));

  private final VmsConnectionSettings settings;
  private final HttpClient http;
  private final Duration timeout;
  private volatile String token;
  private volatile Instant tokenExpires = Instant.EPOCH;
  private volatile ZoneId zone;

  public ZoneMinderAdapter(VmsConnectionSettings settings, HttpClient http) {
    this.settings = settings;
    this.http = http;
    this.timeout = settings.timeout() == null ? Duration.ofSeconds(5) : settings.timeout();
  }

  @Override
  public String product() {
    return "ZoneMinder";
  }

  @Override
  public Set<VmsCapability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public VmsVersion ping() {
    JsonObject version = api("GET", "host/getVersion.json", null);
    return new VmsVersion("ZoneMinder", text(version, "version"), text(version, "apiversion"));
  }

  @Override
  public List<VmsCamera> cameras() {
    List<VmsCamera> cameras = new ArrayList<>();
    for (JsonValue item : api("GET", "monitors.json", null).getJsonArray("monitors")) {
      cameras.add(ZoneMinderJson.camera(item.asJsonObject().getJsonObject("Monitor")));
    }
    return cameras;
  }

  @Override
  public Optional<VmsCamera> camera(String externalId) {
    try {
      JsonObject monitor =
          api("GET", "monitors/" + id(externalId) + ".json", null).getJsonObject("monitor");
      return Optional.of(ZoneMinderJson.camera(monitor.getJsonObject("Monitor")));
    } catch (VmsNotFound missing) {
      return Optional.empty();
    }
  }

  @Override
  public Map<String, VmsCameraStatus> status(Collection<String> externalIds) {
    Map<String, VmsCameraStatus> all = new HashMap<>();
    for (JsonValue item : api("GET", "monitors.json", null).getJsonArray("monitors")) {
      VmsCameraStatus status = ZoneMinderJson.status(item.asJsonObject());
      all.put(status.externalId(), status);
    }
    Map<String, VmsCameraStatus> wanted = new HashMap<>();
    for (String id : externalIds) {
      wanted.put(id, all.getOrDefault(id, VmsCameraStatus.unknown(id, "no such monitor")));
    }
    return wanted;
  }

  @Override
  public URI liveStreamUri(String externalId) {
    return web("cgi-bin/nph-zms?mode=jpeg&monitor=" + id(externalId));
  }

  @Override
  public VmsMedia snapshot(String externalId, Instant at) {
    if (at == null) {
      byte[] jpeg =
          bytes(web("cgi-bin/nph-zms?mode=single&monitor=" + id(externalId) + "&token=" + token()));
      return new VmsMedia("image/jpeg", requireJpeg(jpeg), "monitor-" + externalId + ".jpg");
    }
    VmsRecording covering =
        recordings(externalId, at.minusSeconds(1), at.plusSeconds(1)).stream()
            .findFirst()
            .orElseThrow(
                () -> new VmsNotFound("No recording of monitor " + externalId + " at " + at));
    long second = Math.max(0, Duration.between(covering.start(), at).toSeconds());
    byte[] jpeg =
        bytes(
            web(
                "index.php?view=image&eid="
                    + covering.recordingId()
                    + "&fid="
                    + (second * 5 + 1)
                    + "&token="
                    + token()));
    return new VmsMedia(
        "image/jpeg", requireJpeg(jpeg), "event-" + covering.recordingId() + ".jpg");
  }

  @Override
  public List<VmsRecording> recordings(String externalId, Instant from, Instant to) {
    String filter =
        "MonitorId:"
            + id(externalId)
            + "/StartDateTime <=:"
            + zmTime(to)
            + "/EndDateTime >=:"
            + zmTime(from);
    List<VmsRecording> recordings = new ArrayList<>();
    for (JsonValue item :
        api("GET", "events/index/" + path(filter) + ".json?sort=Id&direction=asc&limit=500", null)
            .getJsonArray("events")) {
      VmsEvent event = ZoneMinderJson.event(item.asJsonObject().getJsonObject("Event"), zone());
      recordings.add(
          new VmsRecording(
              event.eventId(),
              event.cameraExternalId(),
              event.start(),
              event.end(),
              event.protectedFromDeletion()));
    }
    return recordings;
  }

  @Override
  public VmsMedia clip(String recordingId) {
    byte[] video =
        bytes(web("index.php?view=view_video&eid=" + id(recordingId) + "&token=" + token()));
    if (!MediaTypes.MP4.equals(MediaTypes.sniff(video))) {
      throw new VmsNotFound("ZoneMinder has no video for event " + recordingId);
    }
    return new VmsMedia("video/mp4", video, "event-" + recordingId + ".mp4");
  }

  @Override
  public VmsExport startExport(List<String> recordingIds) {
    throw new VmsUnsupportedOperation(product(), VmsCapability.EXPORT);
  }

  @Override
  public Optional<VmsMedia> exportResult(VmsExport export) {
    throw new VmsUnsupportedOperation(product(), VmsCapability.EXPORT);
  }

  @Override
  public void protect(String recordingId) {
    archive(recordingId, true);
  }

  @Override
  public void unprotect(String recordingId) {
    archive(recordingId, false);
  }

  @Override
  public VmsDeletion delete(String recordingId) {
    JsonObject event;
    try {
      event =
          api("GET", "events/" + id(recordingId) + ".json", null)
              .getJsonObject("event")
              .getJsonObject("Event");
    } catch (VmsNotFound missing) {
      return VmsDeletion.NOT_FOUND;
    }
    if ("1".equals(text(event, "Archived"))) {
      return VmsDeletion.LOCKED;
    }
    api("DELETE", "events/" + id(recordingId) + ".json", null);
    return VmsDeletion.DELETED;
  }

  @Override
  public List<VmsEvent> eventsSince(VmsEventCursor cursor, int limit) {
    String after = cursor == null || cursor.lastEventId() == null ? "0" : id(cursor.lastEventId());
    List<VmsEvent> events = new ArrayList<>();
    for (JsonValue item :
        api(
                "GET",
                "events/index/"
                    + path("Id >:" + after)
                    + ".json?sort=Id&direction=asc&limit="
                    + limit,
                null)
            .getJsonArray("events")) {
      events.add(ZoneMinderJson.event(item.asJsonObject().getJsonObject("Event"), zone()));
    }
    return events;
  }

  @Override
  public Optional<String> raiseEvent(String externalId, VmsEventRequest request) {
    String line =
        id(externalId)
            + "|on+"
            + Math.max(1, request.length().toSeconds())
            + "|"
            + request.score()
            + "|"
            + clean(request.cause())
            + "|"
            + clean(request.notes())
            + "|\n";
    try (Socket socket = new Socket()) {
      socket.connect(
          new InetSocketAddress(settings.baseUri().getHost(), TRIGGER_PORT),
          (int) timeout.toMillis());
      OutputStream out = socket.getOutputStream();
      out.write(line.getBytes(StandardCharsets.UTF_8));
      out.flush();
    } catch (IOException e) {
      throw new VmsUnavailable(
          "ZoneMinder's trigger port did not take the event: " + e.getMessage(), e);
    }
    return Optional.empty();
  }

  private void archive(String recordingId, boolean archived) {
    api("PUT", "events/" + id(recordingId) + ".json", "Event%5BArchived%5D=" + (archived ? 1 : 0));
  }

  private ZoneId zone() {
    if (zone == null) {
      String tz = text(api("GET", "host/getTimeZone.json", null), "tz");
      zone = tz == null || tz.isBlank() ? ZoneId.of("UTC") : ZoneId.of(tz);
    }
    return zone;
  }

  private String zmTime(Instant instant) {
    return ZM_TIME.format(LocalDateTime.ofInstant(instant, zone()));
  }

  private synchronized String token() {
    if (token == null || Instant.now().isAfter(tokenExpires)) {
      String form =
          "user="
              + URLEncoder.encode(settings.username(), StandardCharsets.UTF_8)
              + "&pass="
              + URLEncoder.encode(
                  settings.secret() == null ? "" : settings.secret(), StandardCharsets.UTF_8);
      HttpResponse<String> answer = send("POST", api("host/login.json"), form);
      if (answer.statusCode() != 200) {
        throw new VmsUnavailable(
            "ZoneMinder refused the login of "
                + settings.username()
                + " (HTTP "
                + answer.statusCode()
                + ")");
      }
      JsonObject login = json(answer.body());
      token = text(login, "access_token");
      if (token == null) {
        throw new VmsUnavailable("ZoneMinder gave no access token to " + settings.username());
      }
      long seconds =
          login.containsKey("access_token_expires")
              ? Long.parseLong(text(login, "access_token_expires"))
              : 3600;
      tokenExpires = Instant.now().plusSeconds(Math.max(60, seconds - 60));
    }
    return token;
  }

  private JsonObject api(String method, String path, String form) {
    for (int attempt = 0; ; attempt++) {
      URI uri = api(path + (path.contains("?") ? "&" : "?") + "token=" + token());
      HttpResponse<String> answer = send(method, uri, form);
      if (answer.statusCode() == 401 && attempt == 0) {
        token = null; // expired or revoked: log in once more
        continue;
      }
      if (answer.statusCode() == 404) {
        throw new VmsNotFound("ZoneMinder has no " + path.replaceAll("\\?.*", ""));
      }
      if (answer.statusCode() >= 400) {
        throw new VmsUnavailable(
            "ZoneMinder answered HTTP "
                + answer.statusCode()
                + " to "
                + method
                + " "
                + path.replaceAll("\\?.*", ""));
      }
      return json(answer.body());
    }
  }

  private URI api(String path) {
    return web("api/" + path);
  }

  private URI web(String path) {
    String base = settings.baseUri().toString();
    return URI.create(base.endsWith("/") ? base + path : base + "/" + path);
  }

  private HttpResponse<String> send(String method, URI uri, String form) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout);
    if (form != null) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    request.method(
        method,
        form == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(form));
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (HttpTimeoutException e) {
      throw new VmsUnavailable("ZoneMinder did not answer within " + timeout.toMillis() + " ms", e);
    } catch (ConnectException e) {
      throw new VmsUnavailable(
          "ZoneMinder at " + settings.baseUri() + " refused the connection", e);
    } catch (IOException e) {
      throw new VmsUnavailable(
          "ZoneMinder at " + settings.baseUri() + " failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VmsUnavailable("Interrupted while waiting for ZoneMinder", e);
    }
  }

  private byte[] bytes(URI uri) {
    try {
      HttpResponse<byte[]> answer =
          http.send(
              HttpRequest.newBuilder(uri).timeout(timeout.multipliedBy(6)).build(),
              HttpResponse.BodyHandlers.ofByteArray());
      if (answer.statusCode() == 404) {
        throw new VmsNotFound("ZoneMinder has no such image or video");
      }
      if (answer.statusCode() >= 400) {
        throw new VmsUnavailable("ZoneMinder answered HTTP " + answer.statusCode() + " for media");
      }
      return answer.body();
    } catch (IOException e) {
      throw new VmsUnavailable(
          "ZoneMinder media download failed: " + e.getClass().getSimpleName(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new VmsUnavailable("Interrupted while downloading from ZoneMinder", e);
    }
  }

  private static byte[] requireJpeg(byte[] content) {
    if (!MediaTypes.JPEG.equals(MediaTypes.sniff(content))) {
      throw new VmsNotFound("ZoneMinder answered without an image");
    }
    return content;
  }

  private static JsonObject json(String body) {
    try (JsonReader reader = Json.createReader(new StringReader(body))) {
      return reader.readObject();
    } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
      throw new VmsUnavailable("ZoneMinder answered something that is not JSON", e);
    }
  }

  static String text(JsonObject object, String key) {
    JsonValue value = object.get(key);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return value.getValueType() == JsonValue.ValueType.STRING
        ? object.getString(key)
        : value.toString();
  }

  /** Ids go into paths: digits only, so nothing else can be smuggled into a request. */
  private static String id(String value) {
    if (value == null || !value.matches("\\d{1,18}")) {
      throw new VmsNotFound("Not a ZoneMinder id: " + value);
    }
    return value;
  }

  private static String path(String cakeFilter) {
    return URLEncoder.encode(cakeFilter, StandardCharsets.UTF_8)
        .replace("+", "%20")
        .replace("%2F", "/")
        .replace("%3A", ":");
  }

  private static String clean(String text) {
    return text == null ? "" : text.replaceAll("[|\\r\\n]", " ");
  }
}
