package vn.tcc.event.internal.ingest;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.function.Supplier;
import vn.tcc.event.internal.domain.IncomingEvent;
import vn.tcc.event.internal.domain.Reason;

/**
 * One item of a batch after reading: the event when every field made sense, the reasons otherwise,
 * and always the item as sent, which the quarantine keeps whole when it is rejected. A typed report
 * only becomes JSON then, so the item is given as a supplier.
 */
public record ReadEvent(
    int index,
    Supplier<JsonObject> sent,
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

  /** The item as sent, as the quarantine keeps it; null when it was not a JSON object. */
  public JsonObject raw() {
    return sent.get();
  }
}
