package vn.tcc.retention.internal.application;

import java.util.List;
import java.util.Optional;

/**
 * How many items wait in each commune's review queue (commune data past its period, to be reviewed
 * and sent to the province). The queue is built by the purge beside this page: empty (not known)
 * while its table does not exist yet.
 */
public interface ReviewBacklog {

  /** Items waiting for review in one commune. */
  record CommuneBacklog(String jurisdiction, long items) {}

  /** The backlog per commune; empty when there is no review queue yet to count. */
  Optional<List<CommuneBacklog>> perCommune();
}
