package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.retention.internal.application.HoldArchive;
import vn.tcc.retention.internal.domain.HoldScope;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;

/**
 * Every hold in {@code retention.legal_hold}, newest first. Its row mapping is the one of {@link
 * JdbcLegalHolds}, repeated because that adapter keeps it private and is another engineer's file
 * this slice; the two should become one when they next meet.
 */
@ApplicationScoped
public class JdbcHoldArchive implements HoldArchive {
  private static final RowMapper<LegalHold> HOLD =
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
  public List<LegalHold> newest(int limit) {
    return jdbc.list(
        "read the legal holds",
        """
        SELECT id, scope_kind, case_number, camera_code, camera_from, camera_to, agreement_id,
               placed_by, reason, decision_number, placed_at, held_through, lifted_by, lifted_at,
               lift_reason
          FROM retention.legal_hold
         ORDER BY placed_at DESC, id DESC
         LIMIT ?
        """,
        HOLD,
        limit);
  }
}
