package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import vn.tcc.retention.internal.domain.HoldScope;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.shared.time.TccTime;

/**
 * The legal holds in {@code retention.legal_hold}. "In force on a day" is {@link
 * LegalHold#isInForceOn} in SQL: placed by that local day, not lifted by it, not past its last day.
 */
@ApplicationScoped
public class JdbcLegalHolds implements LegalHolds {
  private static final String COLUMNS =
      """
      SELECT id, scope_kind, case_number, camera_code, camera_from, camera_to, agreement_id,
             placed_by, reason, decision_number, placed_at, held_through, lifted_by, lifted_at,
             lift_reason
        FROM retention.legal_hold
      """;

  /** The local day in Vietnam, written once: the session's zone is UTC, not the province's. */
  private static final String IN_FORCE_ON_DAY =
      """
       (placed_at AT TIME ZONE '%1$s')::date <= ?
       AND (lifted_at IS NULL OR (lifted_at AT TIME ZONE '%1$s')::date > ?)
       AND (held_through IS NULL OR held_through >= ?)
      """
          .formatted(TccTime.ZONE.getId());

  /** A hold row of {@code retention.legal_hold}; {@link JdbcHoldArchive} reads the same rows. */
  static final RowMapper<LegalHold> HOLD =
      row ->
          new LegalHold(
              row.longValue("id"),
              switch (row.string("scope_kind")) {
                case "CASE" -> new HoldScope.OfCase(row.string("case_number"));
                case "CAMERA" ->
                    new HoldScope.OfCamera(
                        row.string("camera_code"),
                        row.instant("camera_from"),
                        row.instant("camera_to"));
                case "AGREEMENT" -> new HoldScope.OfAgreement(row.string("agreement_id"));
                default ->
                    throw new IllegalStateException(
                        "Unknown hold scope " + row.string("scope_kind"));
              },
              row.string("placed_by"),
              row.string("reason"),
              row.string("decision_number"),
              row.instant("placed_at"),
              row.date("held_through"),
              row.string("lifted_by"),
              row.instant("lifted_at"),
              row.string("lift_reason"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public LegalHold place(LegalHold hold) {
    if (hold.id() != null || hold.isLifted()) {
      throw new IllegalArgumentException("Only a new, unlifted hold is placed");
    }
    String kind;
    String caseNumber = null;
    String cameraCode = null;
    Instant cameraFrom = null;
    Instant cameraTo = null;
    String agreementId = null;
    if (hold.scope() instanceof HoldScope.OfCase scope) {
      kind = "CASE";
      caseNumber = scope.caseNumber();
    } else if (hold.scope() instanceof HoldScope.OfCamera scope) {
      kind = "CAMERA";
      cameraCode = scope.cameraCode();
      cameraFrom = scope.from();
      cameraTo = scope.to();
    } else if (hold.scope() instanceof HoldScope.OfAgreement scope) {
      kind = "AGREEMENT";
      agreementId = scope.agreementId();
    } else {
      throw new IllegalArgumentException("Unknown hold scope " + hold.scope());
    }
    long id =
        jdbc.first(
                "place a legal hold",
                """
                INSERT INTO retention.legal_hold (scope_kind, case_number, camera_code,
                            camera_from, camera_to, agreement_id, placed_by, reason,
                            decision_number, placed_at, held_through)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING id
                """,
                row -> row.longValue("id"),
                kind,
                caseNumber,
                cameraCode,
                cameraFrom,
                cameraTo,
                agreementId,
                hold.placedBy(),
                hold.reason(),
                hold.decisionNumber(),
                hold.placedAt(),
                hold.heldThrough())
            .orElseThrow();
    return hold.withId(id);
  }

  @Override
  public Optional<LegalHold> find(long id) {
    return jdbc.first("read a legal hold", COLUMNS + " WHERE id = ?", HOLD, id);
  }

  @Override
  public void recordLift(LegalHold lifted) {
    if (lifted.id() == null || !lifted.isLifted()) {
      throw new IllegalArgumentException("Only a stored hold that was lifted is recorded lifted");
    }
    int changed =
        jdbc.update(
            "lift a legal hold",
            """
            UPDATE retention.legal_hold
               SET lifted_by = ?, lifted_at = ?, lift_reason = ?
             WHERE id = ? AND lifted_at IS NULL
            """,
            lifted.liftedBy(),
            lifted.liftedAt(),
            lifted.liftReason(),
            lifted.id());
    if (changed == 0) {
      throw new RetentionRuleException(
          RetentionRuleException.CONFLICT, "retention.hold.alreadyLifted", lifted.id());
    }
  }

  @Override
  public List<LegalHold> inForceOnCase(String caseNumber, LocalDate day) {
    return jdbc.list(
        "read the holds on a case",
        COLUMNS + " WHERE case_number = ? AND " + IN_FORCE_ON_DAY + " ORDER BY id",
        HOLD,
        caseNumber,
        day,
        day,
        day);
  }

  @Override
  public List<LegalHold> inForceOnCamera(
      String cameraCode, Instant from, Instant to, LocalDate day) {
    return jdbc.list(
        "read the holds on a camera",
        COLUMNS
            + " WHERE camera_code = ? AND camera_from <= ? AND camera_to >= ? AND "
            + IN_FORCE_ON_DAY
            + " ORDER BY id",
        HOLD,
        cameraCode,
        to,
        from,
        day,
        day,
        day);
  }

  @Override
  public List<LegalHold> inForceOnAgreement(String agreementId, LocalDate day) {
    return jdbc.list(
        "read the holds on an agreement",
        COLUMNS + " WHERE agreement_id = ? AND " + IN_FORCE_ON_DAY + " ORDER BY id",
        HOLD,
        agreementId,
        day,
        day,
        day);
  }

  @Override
  public List<LegalHold> inForceOn(LocalDate day) {
    return jdbc.list(
        "read the holds in force",
        COLUMNS + " WHERE " + IN_FORCE_ON_DAY + " ORDER BY id",
        HOLD,
        day,
        day,
        day);
  }
}
