package vn.tcc.vms.internal.ingest;

import java.time.Duration;
import java.util.List;
import vn.tcc.vms.api.AcceptedEvent;

/** The durable queue between accepting an event and processing it. */
public interface EventOutbox {
  /**
   * Locks up to {@code limit} due entries of one lane (skipping ones another worker holds), oldest
   * first.
   */
  List<AcceptedEvent> claim(int limit, Lane lane);

  void complete(List<Long> eventIds);

  /** Leaves the entries for later, with the error that stopped them. */
  void postpone(List<Long> eventIds, String error, Duration delay);

  /**
   * A share of the outbox that one worker drains in order: every event of a camera is in the same
   * lane, so the events of one camera are handed over one batch after the other (cases group
   * repeated detections per camera) while other cameras' events are handed over beside them.
   */
  record Lane(int index, int count) {
    public static final Lane WHOLE = new Lane(0, 1);

    public Lane {
      if (count < 1 || index < 0 || index >= count) {
        throw new IllegalArgumentException("No lane " + index + " of " + count);
      }
    }
  }
}
