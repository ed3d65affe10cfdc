package vn.tcc.retention.internal.domain;

import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** The stored manual deletion requests (repository port). */
public interface ManualDeletions {

  /** Stores a new request; answers it with its id. */
  ManualDeletion add(ManualDeletion request);

  Optional<ManualDeletion> find(long id);

  /** The request, locked until the transaction ends: two approvals cannot both run it. */
  Optional<ManualDeletion> findForUpdate(long id);

  /**
   * Stores the decision {@link ManualDeletion#executed} or {@link ManualDeletion#reject} answered.
   *
   * @throws RetentionRuleException {@code retention.manual.notPending} (409) when it was decided
   *     meanwhile
   */
  void recordDecision(ManualDeletion decided);

  /** The requests of this jurisdiction and those inside it, newest first. */
  List<ManualDeletion> within(JurisdictionCode jurisdiction, Long beforeId, int limit);
}
