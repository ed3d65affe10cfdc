package vn.tcc.event.internal.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import javax.sql.DataSource;
import vn.tcc.event.api.EventErasure;
import vn.tcc.shared.persistence.Jdbc;

/** {@link EventErasure} on {@code vms.event}, in the caller's transaction. */
@ApplicationScoped
public class JdbcEventErasure implements EventErasure {
  private Jdbc jdbc;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  void setDataSource(DataSource dataSource) {
    this.jdbc = new Jdbc(dataSource);
  }

  @Override
  public int erasePlates(Collection<Long> eventIds) {
    if (eventIds.isEmpty()) {
      return 0;
    }
    return jdbc.update(
        "erase the plates of events",
        "UPDATE vms.event SET plate = NULL, plate_confidence = NULL, attributes = '{}'"
            + " WHERE id = ANY(?) AND (plate IS NOT NULL OR attributes <> '{}')",
        Jdbc.array("bigint", eventIds));
  }
}
