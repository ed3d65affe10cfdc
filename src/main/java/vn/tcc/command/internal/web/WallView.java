package vn.tcc.command.internal.web;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.tcc.camera.api.WatchableCamera;
import vn.tcc.command.internal.live.LiveViewing;
import vn.tcc.command.internal.live.Snapshot;
import vn.tcc.command.internal.live.SnapshotView;
import vn.tcc.command.internal.live.Snapshots;
import vn.tcc.command.internal.live.VideoWall;
import vn.tcc.command.internal.live.WallLayout;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.PageMessages;

/**
 * The video wall page: gives the page's script the cameras and the saved wall as JSON, and saves
 * the wall the script sends back after each change (layout, tiles, tour). The tiles themselves are
 * {@code <img>} elements on {@link LiveStreamServlet}, which checks each camera again.
 */
@Named("wall")
@ViewScoped
public class WallView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What the page may send back: 16 tiles of 64-character codes and a tour, with room to spare. */
  static final int MAX_STATE_LENGTH = 4_000;

  @Inject transient VideoWall videoWall;
  @Inject transient CurrentRequest currentRequest;
  @Inject transient Snapshots snapshots;

  private boolean allowed;
  private List<WatchableCamera> cameras = List.of();
  private WallLayout layout;
  private transient List<SnapshotView> recentSnapshots;
  private String snapshotIncident;

  @PostConstruct
  void init() {
    allowed = LiveViewing.mayWatch(currentRequest.caller());
    if (allowed) {
      cameras = videoWall.cameras(currentRequest.caller());
      layout = videoWall.wallOf(currentRequest.caller(), cameras);
    }
  }

  public boolean isAllowed() {
    return allowed;
  }

  /** {@code {"cameras":[{code,name,commune,communeName,health,linked}],"wall":{...}}}. */
  public String getDataJson() {
    boolean english = "en".equals(PageMessages.locale().getLanguage());
    JsonArrayBuilder list = JSON.createArrayBuilder();
    for (WatchableCamera camera : cameras) {
      list.add(
          JSON.createObjectBuilder()
              .add("code", camera.code())
              .add("name", camera.name())
              .add("commune", camera.jurisdiction().value())
              .add("communeName", english ? camera.communeNameEn() : camera.communeNameVi())
              .add("health", camera.health().name())
              .add("linked", camera.linked()));
    }
    JsonObjectBuilder data = JSON.createObjectBuilder().add("cameras", list);
    if (layout != null) {
      data.add("wall", wallJson(layout));
    }
    return data.build().toString();
  }

  static JsonObject wallJson(WallLayout wall) {
    JsonArrayBuilder tiles = JSON.createArrayBuilder();
    wall.tiles().forEach(t -> tiles.add(t == null ? JsonValue.NULL : JSON.createValue(t)));
    JsonObjectBuilder json =
        JSON.createObjectBuilder().add("layout", wall.layout()).add("tiles", tiles);
    if (wall.tourCommune() != null) {
      json.add("tourCommune", wall.tourCommune()).add("tourSeconds", wall.tourSeconds());
    }
    return json.build();
  }

  /** Called by the page's script with the wall as JSON in the request parameter {@code state}. */
  public void save() {
    String state =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("state");
    WallLayout parsed = parse(state);
    if (parsed == null) {
      PageMessages.error("command.wall.invalid");
      return;
    }
    try {
      layout = videoWall.save(currentRequest.caller(), parsed, cameras);
      recentSnapshots = null;
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /**
   * Called by a tile's snapshot button with the tile's camera in the request parameter {@code
   * camera}: TCC takes the frame from the VMS and keeps it (for the incident number typed beside
   * the list, if any); the message gives its SHA-256.
   */
  public void snapshot() {
    String camera =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("camera");
    Long incident = null;
    if (snapshotIncident != null && !snapshotIncident.isBlank()) {
      try {
        incident = Long.valueOf(snapshotIncident.strip());
      } catch (NumberFormatException e) {
        PageMessages.error("command.snapshot.badIncident");
        return;
      }
    }
    try {
      Snapshot kept = snapshots.take(currentRequest.caller(), camera, incident, null);
      PageMessages.info("command.snapshot.taken", kept.cameraCode(), kept.sha256());
      recentSnapshots = null;
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** The latest frames kept of the cameras on the wall, newest first (at most 20). */
  public List<SnapshotView> getRecentSnapshots() {
    if (recentSnapshots == null) {
      List<SnapshotView> all = new ArrayList<>();
      if (layout != null) {
        for (String code : layout.tiles().stream().filter(c -> c != null).distinct().toList()) {
          try {
            snapshots.ofCamera(currentRequest.caller(), code).stream()
                .limit(5)
                .map(SnapshotView::of)
                .forEach(all::add);
          } catch (ProblemException refused) {
            // a camera the operator may no longer see: its frames are not listed
          }
        }
      }
      all.sort((a, b) -> b.takenAt().compareTo(a.takenAt()));
      recentSnapshots = List.copyOf(all.subList(0, Math.min(20, all.size())));
    }
    return recentSnapshots;
  }

  public String getSnapshotIncident() {
    return snapshotIncident;
  }

  public void setSnapshotIncident(String snapshotIncident) {
    // A hostile 100k string is not kept in the view: it could never be an incident number.
    this.snapshotIncident =
        snapshotIncident != null && snapshotIncident.length() > 19 ? "x" : snapshotIncident;
  }

  /**
   * The page's JSON as a wall, or null when it is not one (hostile input is refused, not fixed).
   */
  static WallLayout parse(String state) {
    if (state == null || state.isEmpty() || state.length() > MAX_STATE_LENGTH) {
      return null;
    }
    try {
      JsonObject json = JSON.createReader(new StringReader(state)).readObject();
      if (!(json.get("layout") instanceof JsonNumber layout)
          || !(json.get("tiles") instanceof JsonArray tiles)
          || tiles.size() > 16) {
        return null;
      }
      List<String> codes = new ArrayList<>();
      for (JsonValue tile : tiles) {
        codes.add(tile instanceof JsonString code ? code.getString() : null);
      }
      String tourCommune =
          json.get("tourCommune") instanceof JsonString commune
              ? commune.getString().toUpperCase(Locale.ROOT)
              : null;
      Integer tourSeconds =
          json.get("tourSeconds") instanceof JsonNumber seconds && seconds.isIntegral()
              ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, seconds.longValue()))
              : null;
      if (!layout.isIntegral() || !WallLayout.LAYOUTS.contains(layout.intValue())) {
        return null;
      }
      return WallLayout.sanitized(layout.intValue(), codes, tourCommune, tourSeconds);
    } catch (JsonException | IllegalStateException | ClassCastException | ArithmeticException e) {
      return null;
    }
  }
}
