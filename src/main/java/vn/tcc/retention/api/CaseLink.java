package vn.tcc.retention.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A violation case an item belongs to, and where the case stands: an open case or one under appeal
 * keeps its data until it closes; a closed one keeps each item its own period counted from the
 * closure; a rejected one (a false detection) keeps nothing by itself (see the retention rules).
 *
 * @param closedAt when the case was closed; required for {@link Standing#CLOSED}, else ignored
 */
public record CaseLink(String caseNumber, Standing standing, Instant closedAt) {

  /** Where a case stands, as far as retention cares. */
  public enum Standing {
    /** Being reviewed, identified, noticed, paid: not yet closed. */
    OPEN,
    /** An appeal (khiếu nại) is pending. */
    UNDER_APPEAL,
    /** Closed after a penalty was paid or an appeal decided. */
    CLOSED,
    /** Rejected in review: no violation. Its data is {@link DataClass#FALSE_DETECTION}. */
    REJECTED
  }

  public CaseLink {
    if (caseNumber == null || caseNumber.isBlank()) {
      throw new IllegalArgumentException("A case link names its case");
    }
    Objects.requireNonNull(standing, "standing");
    if (standing == Standing.CLOSED && closedAt == null) {
      throw new IllegalArgumentException("A closed case says when it closed: " + caseNumber);
    }
  }

  public static CaseLink open(String caseNumber) {
    return new CaseLink(caseNumber, Standing.OPEN, null);
  }

  public static CaseLink underAppeal(String caseNumber) {
    return new CaseLink(caseNumber, Standing.UNDER_APPEAL, null);
  }

  public static CaseLink closed(String caseNumber, Instant closedAt) {
    return new CaseLink(caseNumber, Standing.CLOSED, closedAt);
  }

  public static CaseLink rejected(String caseNumber) {
    return new CaseLink(caseNumber, Standing.REJECTED, null);
  }

  /** True while the case is open or under appeal. */
  public boolean isPending() {
    return standing == Standing.OPEN || standing == Standing.UNDER_APPEAL;
  }
}
