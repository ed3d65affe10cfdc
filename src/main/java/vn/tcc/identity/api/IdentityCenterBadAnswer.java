package vn.tcc.identity.api;

/**
 * The center answered, but not in its contract (answered as 502 Bad Gateway): a body that is not
 * JSON, an answer without an access id or vehicle, an answer to another access request. Nothing of
 * it is used. Asking again with the same request is safe but may fail the same way.
 */
public class IdentityCenterBadAnswer extends IdentityLookupException {
  public IdentityCenterBadAnswer(Throwable cause) {
    super(502, "identity.error.badAnswer");
    if (cause != null) {
      initCause(cause);
    }
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
