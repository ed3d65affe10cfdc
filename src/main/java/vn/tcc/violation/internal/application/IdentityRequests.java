package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.identity.api.OwnerLookup;

/** The requests made to the authentication center, and the owners it answered. */
public interface IdentityRequests {

  void begin(
      UUID accessRequestId, long caseId, String officer, String purpose, Set<IdentityField> fields);

  void answered(UUID accessRequestId, String centerAccessId);

  void failed(UUID accessRequestId, String outcome);

  /** Requests the officer made since the instant, answered or not. */
  int countSince(String officer, Instant since);

  /**
   * The last request for this case and these fields that got no answer (the center was away or too
   * slow): asked again under the same id, the center answers it at most once.
   */
  Optional<UUID> unanswered(long caseId, Set<IdentityField> fields);

  void saveOwner(long caseId, OwnerLookup lookup, String identifiedBy);

  Optional<StoredOwner> owner(long caseId);

  /** The owner as kept for the case: only the fields asked for. */
  record StoredOwner(
      String centerAccessId,
      java.util.Map<String, String> owner,
      java.util.Map<String, String> vehicle,
      String identifiedBy,
      Instant identifiedAt) {}
}
