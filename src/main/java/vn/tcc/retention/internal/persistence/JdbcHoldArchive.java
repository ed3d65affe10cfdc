package vn.tcc.retention.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.retention.internal.application.HoldArchive;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.shared.persistence.Jdbc;

/**
 * Every hold in {@code retention.legal_hold}, lifted ones too, newest first; rows are read with
 * {@link JdbcLegalHolds}'s mapping.
 */
@ApplicationScoped
public class JdbcHoldArchive implements HoldArchive {
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
        JdbcLegalHolds.HOLD,
        limit);
  }
}
