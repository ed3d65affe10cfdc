package vn.tcc.command.internal.incident.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** What the operations log reads (the incidents' history in a time window) and its handovers. */
public interface OperationsLogStore {

  /** Everything that happened to incidents inside {@code scope} in [from, to), oldest first. */
  List<LogEntry> entries(JurisdictionCode scope, Instant from, Instant to, int limit);

  Optional<ShiftHandover> handover(Instant shiftStart);

  /** Writes (or rewrites, while nobody acknowledged it) the handover note of a shift. */
  boolean writeHandover(Instant shiftStart, String note, String user, String userName, Instant at);

  /** Marks the handover read by {@code user}; false when there is none or it was read already. */
  boolean acknowledgeHandover(Instant shiftStart, String user, String userName, Instant at);
}
