package vn.tcc.violation.internal.domain;

import java.time.Instant;
import java.util.List;

/** Detections that make one violation case, oldest first; never empty. */
public record DetectionGroup(List<Detection> detections) {
  public DetectionGroup {
    detections = List.copyOf(detections);
    if (detections.isEmpty()) {
      throw new IllegalArgumentException("A group has at least one detection");
    }
  }

  public static DetectionGroup of(Detection first) {
    return new DetectionGroup(List.of(first));
  }

  /** The detection that opened the case; the grouping window runs from it. */
  public Detection first() {
    return detections.get(0);
  }

  public Instant openedAt() {
    return first().occurredAt();
  }
}
