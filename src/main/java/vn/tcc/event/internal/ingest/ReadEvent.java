package vn.tcc.event.internal.ingest;

import jakarta.json.JsonObject;
import java.util.List;

/**
 * One item of a batch after reading: the event when every field made sense, the reasons otherwise,
 * and always the item as sent (kept whole in the quarantine when rejected).
 */
public record ReadEvent(
    int index,
    JsonObject raw,
    String sourceId,
    String sourceEventId,
    String cameraCode,
    IncomingEvent event,
    List<Reason> reasons) {

  public ReadEvent {
    reasons = List.copyOf(reasons);
  }

  public boolean readable() {
    return event != null;
  }
}
