package vn.tcc.sharing.internal.domain;

import java.util.List;

/**
 * Everything that may allow a look at a provider's camera, read together: the access check needs
 * the grants whenever no agreement allows, and asking for both at once saves it a round trip to the
 * database on every refusal. Read afresh on every check (nothing cached), so a revocation, a
 * suspension or a grant's approval counts from its commit on.
 */
@FunctionalInterface
public interface CameraTerms {

  /**
   * @param agreements every agreement naming the camera, in any state, newest first
   * @param grants the approved compulsory grants naming it (at most 50), the longest-running first
   */
  record Terms(List<SharingAgreement> agreements, List<CompulsoryGrant> grants) {}

  Terms of(String cameraCode);
}
