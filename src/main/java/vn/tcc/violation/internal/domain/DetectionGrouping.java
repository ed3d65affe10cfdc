package vn.tcc.violation.internal.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Which detections are one violation: a camera that sees the same vehicle commit the same violation
 * several times in a short while (a car held in the junction, resent events) opens one case, not
 * many.
 *
 * <p>A detection joins a group when it has the same normalised plate, the same violation type, the
 * same camera or the same site, and happened no later than the window (default 10 minutes, bound
 * included) after the group's first detection. The window runs from the first detection, not the
 * last, so a group never spans more than the window: a vehicle that keeps violating for an hour
 * makes several cases rather than one endless one. Detections without a plate cannot be told apart
 * and each open their own case; plate reads and traffic counts open none.
 */
public final class DetectionGrouping {
  public static final Duration DEFAULT_WINDOW = Duration.ofMinutes(10);

  private final Duration window;

  public DetectionGrouping(Duration window) {
    Objects.requireNonNull(window, "window");
    if (window.isNegative()) {
      throw new IllegalArgumentException("A grouping window is not negative: " + window);
    }
    this.window = window;
  }

  public static DetectionGrouping withDefaultWindow() {
    return new DetectionGrouping(DEFAULT_WINDOW);
  }

  public Duration window() {
    return window;
  }

  /**
   * The cases the detections make, in the order they open. Detections are taken oldest first (a
   * list out of order is sorted, equal times keeping their order); those that open no case are left
   * out.
   */
  public List<DetectionGroup> group(List<Detection> detections) {
    List<Detection> ordered = new ArrayList<>(detections);
    ordered.sort(Comparator.comparing(Detection::occurredAt));
    List<List<Detection>> groups = new ArrayList<>();
    // Only groups of the same plate and violation can be joined, so each detection looks at those
    // alone (newest first): a batch of 500 is grouped in linear time, not 500 × its groups.
    Map<String, List<Integer>> groupsByPlateAndType = new HashMap<>();
    for (Detection detection : ordered) {
      if (!detection.opensCase()) {
        continue;
      }
      String plate = detection.normalisedPlate();
      if (plate.isEmpty()) {
        groups.add(new ArrayList<>(List.of(detection)));
        continue;
      }
      List<Integer> candidates =
          groupsByPlateAndType.computeIfAbsent(
              plate + '\u0000' + detection.type().name(), key -> new ArrayList<>());
      int joined = -1;
      for (int i = candidates.size() - 1; i >= 0 && joined < 0; i--) {
        Detection first = groups.get(candidates.get(i)).get(0);
        if (samePlace(first, detection) && withinWindow(first, detection)) {
          joined = candidates.get(i);
        }
      }
      if (joined >= 0) {
        groups.get(joined).add(detection);
      } else {
        candidates.add(groups.size());
        groups.add(new ArrayList<>(List.of(detection)));
      }
    }
    return groups.stream().map(DetectionGroup::new).toList();
  }

  /** True when the detection belongs to the open case this group is. */
  public boolean joins(DetectionGroup group, Detection detection) {
    Detection first = group.first();
    if (!detection.opensCase() || !detection.hasPlate()) {
      return false;
    }
    return detection.normalisedPlate().equals(first.normalisedPlate())
        && detection.type() == first.type()
        && samePlace(first, detection)
        && withinWindow(first, detection);
  }

  private boolean withinWindow(Detection first, Detection detection) {
    return !detection.occurredAt().isBefore(first.occurredAt())
        && !detection.occurredAt().isAfter(first.occurredAt().plus(window));
  }

  private static boolean samePlace(Detection a, Detection b) {
    return a.cameraCode().equals(b.cameraCode())
        || (a.siteCode() != null && a.siteCode().equals(b.siteCode()));
  }
}
