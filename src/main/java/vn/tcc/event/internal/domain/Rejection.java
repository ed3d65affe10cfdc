package vn.tcc.event.internal.domain;

import jakarta.json.JsonObject;
import java.util.List;

/** A rejected item as the quarantine keeps it: the item whole and why it was refused. */
public record Rejection(
    String sourceId,
    String sourceEventId,
    String cameraCode,
    JsonObject payload,
    List<Reason> reasons) {
  public Rejection {
    reasons = List.copyOf(reasons);
  }
}
