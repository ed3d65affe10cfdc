package vn.tcc.reporting.internal.domain;

import java.util.List;
import java.util.Optional;

/** The repository port of {@link Submission}s (schema {@code reporting}). */
public interface Submissions {
  Optional<Submission> find(long id);

  Optional<Submission> find(String unitCode, String formCode, String periodKey);

  /** Stores a new draft with its values and first move; returns it with its id. */
  Submission create(Submission draft);

  /**
   * Saves the state and the given lines of a submission read at {@link Submission#version()}.
   *
   * @throws ReportingRuleException 409 when someone saved it since
   */
  void save(
      Submission submission,
      List<ReportValue> changedValues,
      List<SubmissionMove> newMoves,
      List<ReportComment> newComments);

  /** A page of summaries, newest period first; null filters are not applied. */
  List<SubmissionSummary> list(SubmissionFilter filter, int offset, int limit);

  long count(SubmissionFilter filter);
}
