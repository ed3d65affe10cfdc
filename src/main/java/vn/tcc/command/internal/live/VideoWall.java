package vn.tcc.command.internal.live;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tcc.camera.api.WatchableCamera;
import vn.tcc.camera.api.WatchableCameras;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;

/**
 * The operator's video wall: the cameras he may put on it (those of his jurisdiction) and his saved
 * wall. Someone who has saved none gets four tiles with the first cameras linked to a VMS, so the
 * demo's ZoneMinder cameras are live on the first visit.
 */
@ApplicationScoped
public class VideoWall {
  /** A province has thousands of cameras; the list on the wall's side is filtered by typing. */
  static final int MAX_CAMERAS = 3000;

  @Inject WatchableCameras watchable;
  @Inject WallLayouts walls;
  @Inject AuditTrail audit;

  public List<WatchableCamera> cameras(Caller caller) {
    requireWatcher(caller);
    return watchable.inScope(caller.jurisdiction(), MAX_CAMERAS);
  }

  public WallLayout wallOf(Caller caller, List<WatchableCamera> cameras) {
    requireWatcher(caller);
    return walls
        .find(caller.username())
        .orElseGet(
            () ->
                WallLayout.defaultWith(
                    cameras.stream()
                        .filter(WatchableCamera::linked)
                        .map(WatchableCamera::code)
                        .toList()));
  }

  /** Saves the wall; a tile naming a camera outside the caller's list is emptied. */
  public WallLayout save(Caller caller, WallLayout wall, List<WatchableCamera> cameras) {
    requireWatcher(caller);
    Set<String> allowed = cameras.stream().map(WatchableCamera::code).collect(Collectors.toSet());
    Set<String> communes =
        cameras.stream().map(c -> c.jurisdiction().value()).collect(Collectors.toSet());
    WallLayout kept =
        WallLayout.sanitized(
            wall.layout(),
            wall.tiles().stream().map(code -> allowed.contains(code) ? code : null).toList(),
            communes.contains(wall.tourCommune()) ? wall.tourCommune() : null,
            wall.tourSeconds());
    walls.save(caller.username(), kept);
    audit.record(
        AuditRecord.success("COMMAND_WALL_SAVED", "wall", caller.username())
            .withDetails(
                kept.layout()
                    + " tiles: "
                    + kept.tiles().stream().map(t -> t == null ? "-" : t).toList()
                    + (kept.tourCommune() == null
                        ? ""
                        : "; tour " + kept.tourCommune() + " every " + kept.tourSeconds() + " s")));
    return kept;
  }

  private static void requireWatcher(Caller caller) {
    if (!LiveViewing.mayWatch(caller)) {
      throw new ProblemException(403, "problem.403.role");
    }
  }
}
