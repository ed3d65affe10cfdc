package vn.tcc.sharing.internal.domain;

import java.util.List;
import java.util.Optional;

/** The stored compulsory grants (repository port). */
public interface CompulsoryGrants {
  CompulsoryGrant add(CompulsoryGrant requested);

  Optional<CompulsoryGrant> find(long id);

  /**
   * Stores a decision or a withdrawal if the stored version is still {@code decided.version()}.
   *
   * @throws SharingRuleException {@code sharing.agreement.changedMeanwhile} (409) otherwise
   */
  CompulsoryGrant recordDecision(CompulsoryGrant decided);

  /** The approved grants naming this camera, in any term (the check decides). */
  List<CompulsoryGrant> approvedCovering(String cameraCode);

  /** A provider's grants (null: all), newest first. */
  List<CompulsoryGrant> page(Long providerId, int offset, int limit);

  long count(Long providerId);
}
