package vn.tcc.event.internal.domain;

import java.time.Duration;
import java.util.List;
import vn.tcc.event.api.AcceptedEvent;

/** The durable queue between accepting an event and processing it. */
public interface EventOutbox {
  /**
   * Locks up to {@code limit} due entries of one lane (skipping ones another worker holds), oldest
   * first.
   */
  List<AcceptedEvent> claim(int limit, Lane lane);

  /**
   * Moves waiting entries to their lane under {@code laneCount} lanes (after a restart with another
   * number of lanes); returns how many moved. The urgent lane's entries stay where they are.
   */
  int relane(int laneCount);

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

    /** The index of the lane of urgent events (see {@code event.api.UrgentEventTypes}). */
    public static final int URGENT_INDEX = -1;

    // Read once per deployment: ingestion writes rows into lanes of this number and the handover
    // drains exactly these lanes, so the two must not see different numbers until a restart.
    private static final int CONFIGURED_COUNT =
        Math.max(1, Integer.getInteger("tcc.handover.lanes", 2));

    /**
     * The number of lanes (system property {@code tcc.handover.lanes}, default 2: one per core of
     * the machine TCC is sized for), as it was when TCC started. Outbox rows are written into their
     * lane under this number.
     */
    public static int configuredCount() {
      return CONFIGURED_COUNT;
    }

    /**
     * The lane of the events that must not wait behind the others (an accident that opens an
     * incident): drained by a worker of its own, in order, beside the {@code count} camera lanes.
     */
    public static Lane urgent(int count) {
      return new Lane(URGENT_INDEX, count);
    }

    public boolean isUrgent() {
      return index == URGENT_INDEX;
    }

    public Lane {
      if (count < 1 || index < URGENT_INDEX || index >= count) {
        throw new IllegalArgumentException("No lane " + index + " of " + count);
      }
    }
  }
}
