package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** Searching cases, a page at a time, newest violation first. */
public interface CaseListing {

  /** One page of the cases in the scope that match, and how many match (counted up to a cap). */
  Page search(JurisdictionCode scope, CaseQuery query);

  /** One page of the cases in the scope that match, without counting them. */
  List<Row> rows(JurisdictionCode scope, CaseQuery query);

  /** How many cases in the scope match, counted up to {@link #COUNT_CAP} + 1. */
  long count(JurisdictionCode scope, CaseQuery query);

  /** Counted up to this many; a page shows "more than" beyond it rather than counting 1,000,000. */
  int COUNT_CAP = 10_000;

  record Row(
      String caseNumber,
      String state,
      String jurisdiction,
      String cameraCode,
      String type,
      String plate,
      Instant occurredAt,
      int detections)
      implements java.io.Serializable {}

  /**
   * @param matching how many match, up to {@link #COUNT_CAP}; with {@code moreThanCounted}, at
   *     least that many
   */
  record Page(List<Row> rows, long matching, boolean moreThanCounted) {
    public Page {
      rows = List.copyOf(rows);
      moreThanCounted = moreThanCounted || matching > COUNT_CAP;
      matching = Math.min(matching, COUNT_CAP);
    }
  }
}
