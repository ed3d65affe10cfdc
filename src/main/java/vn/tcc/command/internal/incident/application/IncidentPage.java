package vn.tcc.command.internal.incident.application;

import java.util.List;
import vn.tcc.command.internal.incident.domain.Incident;

/**
 * A page of incidents, newest first; or, for the "new since" cursor, the incidents after {@code
 * cursor} in opening order, {@code cursor} then being the id to ask after next.
 */
public record IncidentPage(List<Incident> items, long total, int page, int size, long cursor) {
  public IncidentPage {
    items = List.copyOf(items);
  }
}
