package vn.tcc.sharing.api;

/**
 * The answer of {@link SharedCameraAccess#check}: allowed or not, why, and the agreement that
 * allowed it (or the one that came closest, when refused; null when none covers the camera), or the
 * compulsory grant that allowed it when no agreement did.
 */
public record SharedAccessDecision(
    boolean allowed, AccessReason reason, Long agreementId, Long grantId) {
  public SharedAccessDecision {
    if (reason == null || allowed != reason.allows()) {
      throw new IllegalArgumentException("A decision's reason must agree with it: " + reason);
    }
  }

  /** A decision no grant took part in. */
  public SharedAccessDecision(boolean allowed, AccessReason reason, Long agreementId) {
    this(allowed, reason, agreementId, null);
  }
}
