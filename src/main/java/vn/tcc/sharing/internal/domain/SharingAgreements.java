package vn.tcc.sharing.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The stored agreements and their timelines (repository port). */
public interface SharingAgreements {

  /** Stores a new draft with its cameras and the first line of its timeline; answers its id. */
  SharingAgreement add(SharingAgreement draft, AgreementEvent drafted);

  Optional<SharingAgreement> find(long id);

  /**
   * Stores a move: the new state (if the stored version is still {@code moved.version()}) and the
   * timeline line.
   *
   * @throws SharingRuleException {@code sharing.agreement.changedMeanwhile} (409) when someone else
   *     moved it first
   */
  SharingAgreement recordMove(SharingAgreement moved, AgreementEvent event);

  List<AgreementEvent> timeline(long agreementId);

  /** Every agreement naming this camera, in any state, newest first. */
  List<SharingAgreement> covering(String cameraCode);

  /**
   * A page of agreements, newest first.
   *
   * @param providerId only this provider's; null for all
   * @param state only in this state; null for all
   * @param units only those shared with one of these receiving units; null for all
   */
  List<SharingAgreement> page(
      Long providerId, AgreementState state, List<String> units, int offset, int limit);

  long count(Long providerId, AgreementState state, List<String> units);

  /** ACTIVE or SUSPENDED agreements whose last day is before {@code today}: due to expire. */
  List<SharingAgreement> pastTerm(LocalDate today);

  /** ACTIVE agreements whose last day is between {@code today} and {@code lastDay}. */
  List<SharingAgreement> endingBy(LocalDate today, LocalDate lastDay);
}
