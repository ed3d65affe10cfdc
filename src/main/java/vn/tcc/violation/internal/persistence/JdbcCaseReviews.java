package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.CaseReviews;
import vn.tcc.violation.internal.domain.ReviewDecision;

/** The review queue and the reviews in plain JDBC, in the caller's (JTA) transaction. */
@ApplicationScoped
public class JdbcCaseReviews implements CaseReviews {
  private static final String CLAIM =
      "WITH next AS (SELECT c.id FROM violation.violation_case c"
          + " WHERE c.state IN ('DETECTED', 'IN_REVIEW')"
          + " AND (c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')"
          + " AND (c.first_reviewer IS NULL OR lower(c.first_reviewer) <> lower(?))"
          + " AND (c.claimed_until IS NULL OR c.claimed_until < now() OR lower(c.claimed_by) ="
          + " lower(?))"
          + " ORDER BY c.occurred_at, c.id LIMIT 1 FOR UPDATE SKIP LOCKED)"
          + " UPDATE violation.violation_case c SET claimed_by = ?, claimed_until = now() +"
          + " make_interval(secs => ?) FROM next WHERE c.id = next.id RETURNING c.case_number";

  private static final RowMapper<StoredReview> REVIEW =
      row -> {
        String type = row.string("violation_type");
        return new StoredReview(
            row.string("round"),
            row.string("reviewer"),
            row.string("reviewer_name"),
            new ReviewDecision(
                ReviewDecision.Verdict.valueOf(row.string("verdict")),
                row.string("plate"),
                type == null ? null : EventType.valueOf(type),
                row.string("reason")),
            row.instant("reviewed_at"));
      };

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public Optional<String> claimNext(JurisdictionCode scope, String reviewer, Duration hold) {
    return jdbc.first(
        "take the next case for review",
        CLAIM,
        row -> row.string("case_number"),
        scope.value(),
        scope.childrenLikePattern(),
        reviewer,
        reviewer,
        reviewer,
        hold.toSeconds());
  }

  @Override
  public long waitingFor(JurisdictionCode scope, String reviewer, int cap) {
    // The claim's conditions, counted over a capped subquery so a backlog is not counted whole.
    return jdbc.first(
            "count the cases waiting for review",
            "SELECT count(*) AS cases FROM (SELECT 1 FROM violation.violation_case c"
                + " WHERE c.state IN ('DETECTED', 'IN_REVIEW')"
                + " AND (c.jurisdiction_code = ? OR c.jurisdiction_code LIKE ? ESCAPE '!')"
                + " AND (c.first_reviewer IS NULL OR lower(c.first_reviewer) <> lower(?))"
                + " AND (c.claimed_until IS NULL OR c.claimed_until < now() OR lower(c.claimed_by) ="
                + " lower(?)) LIMIT ?) waiting",
            row -> row.longValue("cases"),
            scope.value(),
            scope.childrenLikePattern(),
            reviewer,
            reviewer,
            cap)
        .orElse(0L);
  }

  @Override
  public Optional<Instant> heldUntil(String caseNumber, String reviewer) {
    return jdbc.first(
        "read a review claim",
        "SELECT claimed_until FROM violation.violation_case WHERE case_number = ?"
            + " AND lower(claimed_by) = lower(?) AND claimed_until > now()",
        row -> row.instant("claimed_until"),
        caseNumber,
        reviewer);
  }

  @Override
  public void releaseClaim(long caseId) {
    jdbc.update(
        "release a case taken for review",
        "UPDATE violation.violation_case SET claimed_by = NULL, claimed_until = NULL WHERE id = ?",
        caseId);
  }

  @Override
  public List<StoredReview> of(long caseId) {
    return jdbc.list(
        "read the reviews of a case",
        "SELECT round, reviewer, reviewer_name, verdict, plate, violation_type, reason,"
            + " reviewed_at FROM violation.case_review WHERE case_id = ? ORDER BY id",
        REVIEW,
        caseId);
  }

  @Override
  public void add(long caseId, StoredReview review) {
    ReviewDecision decision = review.decision();
    jdbc.update(
        "record a review",
        "INSERT INTO violation.case_review (case_id, round, reviewer, reviewer_name, verdict, plate,"
            + " violation_type, reason, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        caseId,
        review.round(),
        review.reviewer(),
        review.reviewerName(),
        decision.verdict().name(),
        decision.plate(),
        decision.violationType() == null ? null : decision.violationType().name(),
        decision.reason(),
        review.at());
    if ("FIRST".equals(review.round())) {
      jdbc.update(
          "record a review",
          "UPDATE violation.violation_case SET first_reviewer = ? WHERE id = ?",
          review.reviewer(),
          caseId);
    }
  }
}
