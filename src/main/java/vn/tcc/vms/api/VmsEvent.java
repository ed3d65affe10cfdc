package vn.tcc.vms.api;

import java.time.Instant;
import java.util.Map;

/**
 * An event the VMS recorded: its cause (e.g. "ANPR"), the free notes a trigger gave it, and the
 * attributes TCC could read from those notes (e.g. {@code plate=34ABC123}, {@code speed=92/70}).
 */
public record VmsEvent(
    String eventId,
    String cameraExternalId,
    Instant start,
    Instant end,
    String cause,
    String notes,
    Map<String, String> attributes,
    boolean protectedFromDeletion) {
  public VmsEvent {
    attributes = Map.copyOf(attributes);
  }
}
