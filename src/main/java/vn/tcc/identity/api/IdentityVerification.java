package vn.tcc.identity.api;

/**
 * The port to the authentication center of the National Population Database: given a plate, the
 * registered owner's identity, limited to the fields asked for.
 *
 * <p>Every call is one access at the center (counted against the officer's daily allowance there)
 * and must be recorded by the caller in the audit trail with the case, the purpose and the answer's
 * access id. A call that failed for a passing reason ({@link IdentityCenterUnavailable}, {@link
 * IdentityRateLimited}) may be repeated with the same request: the access request id makes the
 * repetition safe.
 */
public interface IdentityVerification {
  /**
   * The registered vehicle and the requested fields of its owner.
   *
   * @throws OwnerNotFound the center has no registered vehicle or owner for the plate (404)
   * @throws FieldNotPermitted the agency's account may not receive one of the fields (403)
   * @throws IdentityRateLimited the officer's allowance at the center is used up for now (429)
   * @throws IdentityCenterUnavailable the center is down, too slow or unreachable (503)
   * @throws IdentityCenterRefused the center refused TCC's request: URL, signature, agency account,
   *     clock or request format, i.e. TCC's configuration (502)
   * @throws IdentityCenterBadAnswer the center answered something TCC cannot read (502)
   */
  OwnerLookup lookUpOwner(IdentityRequest request);
}
