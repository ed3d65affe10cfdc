package vn.tcc.event.internal.domain;

import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

public interface QuarantineRepository {
  /** Entries in a state sent by clients inside the scope, newest first. */
  List<QuarantineEntry> page(
      JurisdictionCode scope, QuarantineEntry.State state, int offset, int limit);

  long count(JurisdictionCode scope, QuarantineEntry.State state);

  /** Waiting entries inside the scope that pass the filter, newest first, without payloads. */
  List<QuarantineSummary> summaries(
      JurisdictionCode scope, QuarantineFilter filter, int offset, int limit);

  long count(JurisdictionCode scope, QuarantineFilter filter);

  /** The reason keys of the waiting entries inside the scope, for the reason filter. */
  List<String> reasonKeys(JurisdictionCode scope);

  /** The entry, read without a lock. */
  Optional<QuarantineEntry> find(long id);

  /** Locks the entry for the rest of the transaction. */
  Optional<QuarantineEntry> lock(long id);

  void resolve(long id, QuarantineEntry.State state, String by, String note, Long eventId);

  void rejectAgain(long id, List<Reason> reasons);
}
