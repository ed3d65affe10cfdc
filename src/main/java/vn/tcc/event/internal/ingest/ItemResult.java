package vn.tcc.event.internal.ingest;

import java.util.List;
import vn.tcc.event.internal.domain.Reason;

/** What became of one item of a batch, in the order the source sent them. */
public record ItemResult(
    int index,
    String sourceId,
    String sourceEventId,
    Outcome outcome,
    Long eventId,
    Long quarantineId,
    List<Reason> reasons) {

  public enum Outcome {
    ACCEPTED,
    /** TCC already had this event from this source: a resend after an outage. */
    DUPLICATE,
    /** Kept in the quarantine with the reasons, for an admin to replay or dismiss. */
    REJECTED
  }

  public ItemResult {
    reasons = List.copyOf(reasons);
  }
}
