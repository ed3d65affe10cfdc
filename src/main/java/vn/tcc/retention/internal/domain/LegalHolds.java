package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stored legal holds (repository port). "In force on a day" is {@link LegalHold#isInForceOn}.
 */
public interface LegalHolds {

  /** Stores a hold {@link LegalHold#place} answered; answers it with its id. */
  LegalHold place(LegalHold hold);

  Optional<LegalHold> find(long id);

  /**
   * Stores the lifting of a hold {@link LegalHold#lift} answered.
   *
   * @throws RetentionRuleException {@code retention.hold.alreadyLifted} (409) when someone lifted
   *     it meanwhile
   */
  void recordLift(LegalHold lifted);

  /** The holds in force on {@code day} on this case. */
  List<LegalHold> inForceOnCase(String caseNumber, LocalDate day);

  /** The holds in force on {@code day} on this camera over a range overlapping from..to. */
  List<LegalHold> inForceOnCamera(String cameraCode, Instant from, Instant to, LocalDate day);

  /** The holds in force on {@code day} on this agreement. */
  List<LegalHold> inForceOnAgreement(String agreementId, LocalDate day);

  /** Every hold in force on {@code day}, oldest first: what a purge checks its items against. */
  List<LegalHold> inForceOn(LocalDate day);
}
