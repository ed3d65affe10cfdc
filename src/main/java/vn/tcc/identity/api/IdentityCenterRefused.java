package vn.tcc.identity.api;

/**
 * The center refused TCC's request as such (answered as 502 Bad Gateway): a signature it does not
 * accept, an agency account it does not know, a clock too far off, a nonce or access request id
 * already used, a request it cannot read, or a URL where no center answers. None of these is the
 * officer's doing and none goes away by asking again: an administrator must check TCC's
 * identity-center settings (URL, agency id, secret, server clock). {@code reason} is the center's
 * short problem code, e.g. {@code bad-signature}, for the administrator and the logs.
 */
public class IdentityCenterRefused extends IdentityLookupException {
  private final int centerStatus;
  private final String reason;

  public IdentityCenterRefused(int centerStatus, String reason) {
    super(502, "identity.error.refused", centerStatus, reason);
    this.centerStatus = centerStatus;
    this.reason = reason;
  }

  /** The HTTP status the center answered (400, 401, 409...). */
  public int centerStatus() {
    return centerStatus;
  }

  public String reason() {
    return reason;
  }

  @Override
  public boolean retryable() {
    return false;
  }
}
