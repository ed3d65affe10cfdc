package vn.tcc.violation.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.shared.persistence.Jdbc;
import vn.tcc.shared.persistence.RowMapper;
import vn.tcc.violation.internal.application.CaseHistory;

/** A case's timeline and events in plain JDBC. */
@ApplicationScoped
public class JdbcCaseHistory implements CaseHistory {
  private static final RowMapper<Transition> TRANSITION =
      row ->
          new Transition(
              row.string("from_state"),
              row.string("to_state"),
              row.string("actor"),
              row.string("actor_name"),
              row.string("reason"),
              row.instant("at"));

  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<Transition> transitions(long caseId) {
    return jdbc.list(
        "read the timeline of a case",
        "SELECT from_state, to_state, actor, actor_name, reason, at"
            + " FROM violation.case_transition WHERE case_id = ? ORDER BY id",
        TRANSITION,
        caseId);
  }

  @Override
  public List<CaseEvent> events(long caseId) {
    return jdbc.list(
        "read the events of a case",
        "SELECT event_id, occurred_at FROM violation.case_event WHERE case_id = ?"
            + " ORDER BY occurred_at, event_id",
        row -> new CaseEvent(row.longValue("event_id"), row.instant("occurred_at")),
        caseId);
  }
}
