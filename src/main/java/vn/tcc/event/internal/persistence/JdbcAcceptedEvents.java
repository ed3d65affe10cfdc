package vn.tcc.event.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.AcceptedEvents;
import vn.tcc.shared.persistence.Jdbc;

/** Accepted events by id, read with the outbox's own row mapping. */
@ApplicationScoped
public class JdbcAcceptedEvents implements AcceptedEvents {
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public List<AcceptedEvent> byIds(Collection<Long> eventIds) {
    if (eventIds.isEmpty()) {
      return List.of();
    }
    return jdbc.list(
        "read accepted events",
        "SELECT "
            + JdbcEventOutbox.EVENT_COLUMNS
            + " FROM vms.event e WHERE e.id = ANY(?) ORDER BY e.id",
        JdbcEventOutbox.ACCEPTED_EVENT,
        Jdbc.array("bigint", eventIds));
  }
}
