package vn.tcc.command.internal.live;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One operator's video wall: how many tiles (1, 4, 9 or 16, a square grid), the camera in each tile
 * (null for an empty one), and the tour, where the first tile cycles through the cameras of a
 * commune every few seconds.
 */
public record WallLayout(int layout, List<String> tiles, String tourCommune, Integer tourSeconds)
    implements java.io.Serializable {
  public static final Set<Integer> LAYOUTS = Set.of(1, 4, 9, 16);
  public static final int MIN_TOUR_SECONDS = 5;
  public static final int MAX_TOUR_SECONDS = 600;
  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern COMMUNE = Pattern.compile("[A-Z0-9_]{1,30}(\\.[A-Z0-9_]{1,30})?");

  /**
   * A layout from what a page sent, made safe rather than refused: an unknown layout becomes 4,
   * tiles beyond the layout are dropped, a tile that is not a camera code is emptied, a tour
   * without a valid commune or with a speed out of range is off.
   */
  public static WallLayout sanitized(
      int layout, List<String> tiles, String tourCommune, Integer tourSeconds) {
    int size = LAYOUTS.contains(layout) ? layout : 4;
    List<String> cleaned = new ArrayList<>(Collections.nCopies(size, (String) null));
    if (tiles != null) {
      for (int i = 0; i < Math.min(size, tiles.size()); i++) {
        String code = tiles.get(i);
        cleaned.set(i, code != null && CODE.matcher(code).matches() ? code : null);
      }
    }
    boolean tour =
        tourCommune != null
            && COMMUNE.matcher(tourCommune).matches()
            && tourSeconds != null
            && tourSeconds >= MIN_TOUR_SECONDS
            && tourSeconds <= MAX_TOUR_SECONDS;
    return new WallLayout(
        size,
        Collections.unmodifiableList(cleaned),
        tour ? tourCommune : null,
        tour ? tourSeconds : null);
  }

  /** Four tiles with the given cameras, for an operator who has saved no wall yet. */
  public static WallLayout defaultWith(List<String> cameraCodes) {
    return sanitized(4, cameraCodes.stream().limit(4).toList(), null, null);
  }
}
