package vn.tcc.vms.internal.ingest;

import java.time.Duration;
import java.util.List;
import vn.tcc.vms.api.AcceptedEvent;

/** The durable queue between accepting an event and processing it. */
public interface EventOutbox {
  /** Locks up to {@code limit} due entries (skipping ones another worker holds), oldest first. */
  List<AcceptedEvent> claim(int limit);

  void complete(List<Long> eventIds);

  /** Leaves the entries for later, with the error that stopped them. */
  void postpone(List<Long> eventIds, String error, Duration delay);
}
