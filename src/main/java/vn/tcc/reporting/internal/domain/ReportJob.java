package vn.tcc.reporting.internal.domain;

import java.time.Duration;
import java.time.Instant;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A report file written in the background (the workbook or the Word report of a synthesis or of a
 * unit's report): queued, running with a progress of 0 to 100, then done with its file, or failed.
 * It belongs to the person who asked for it: nobody else sees it, not even a colleague of the same
 * rank, and he sees it only while his jurisdiction still covers the one he asked from.
 *
 * @param jurisdiction the requester's jurisdiction when he asked; null when he had none
 * @param unitCode the coordinator's unit when he asked; null for everyone else
 */
public record ReportJob(
    long id,
    Kind kind,
    long targetId,
    String format,
    State state,
    int progress,
    String requestedBy,
    JurisdictionCode jurisdiction,
    String unitCode,
    String fileName,
    Instant createdAt,
    Instant updatedAt,
    Instant finishedAt) {

  /**
   * A job neither done nor failed that has not moved for this long died with its server: the server
   * holding a job touches it every {@link #HEARTBEAT} while it waits or runs, so a crashed node's
   * jobs read as failed within a minute, and a live node's never do, whichever node reads.
   */
  public static final Duration STALE_AFTER = Duration.ofMinutes(1);

  /** How often the server touches the jobs it holds (ReportJobHeartbeat). */
  public static final Duration HEARTBEAT = Duration.ofSeconds(10);

  /** What the job writes the file of. */
  public enum Kind {
    SYNTHESIS,
    SUBMISSION
  }

  public enum State {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
  }

  /**
   * The state as the requester should read it: a queued or running job that has not moved for
   * {@link #STALE_AFTER} is failed (the server stopped under it; he asks again).
   */
  public State stateAt(Instant now) {
    if ((state == State.QUEUED || state == State.RUNNING)
        && updatedAt.plus(STALE_AFTER).isBefore(now)) {
      return State.FAILED;
    }
    return state;
  }

  /**
   * Whether this person may see the job: he asked for it, from a jurisdiction his present one
   * covers, and for a coordinator, for the unit he still files for.
   */
  public boolean visibleTo(String username, JurisdictionCode callerJurisdiction, String unit) {
    if (username == null || !username.equals(requestedBy)) {
      return false;
    }
    if (jurisdiction != null
        && (callerJurisdiction == null || !callerJurisdiction.covers(jurisdiction))) {
      return false;
    }
    return unitCode == null || unitCode.equals(unit);
  }

  /** The progress to show: 100 once over (done or failed), so a progress bar stops. */
  public int progressAt(Instant now) {
    State shown = stateAt(now);
    return shown == State.DONE || shown == State.FAILED ? 100 : progress;
  }

  /** The content type of the file. */
  public String contentType() {
    return "xlsx".equals(format)
        ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        : "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
  }
}
