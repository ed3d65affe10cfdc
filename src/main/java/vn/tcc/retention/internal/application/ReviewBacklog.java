package vn.tcc.retention.internal.application;

import java.util.List;
import java.util.Optional;

/**
 * How many items wait in each commune's review queue (commune data past its period, to be reviewed
 * and sent to the province), read from the queue itself ({@code ReviewQueueService}).
 */
public interface ReviewBacklog {

  /** Items waiting for review in one commune. */
  record CommuneBacklog(String jurisdiction, long items) {}

  /** The backlog per commune; empty when there is no review queue yet to count. */
  Optional<List<CommuneBacklog>> perCommune();
}
