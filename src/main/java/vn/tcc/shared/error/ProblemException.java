package vn.tcc.shared.error;

/**
 * A request that cannot be served, with the HTTP status that says why and a message key from the
 * i18n bundle; the platform turns it into problem+json (API) or a translated message (pages).
 */
public class ProblemException extends RuntimeException {
  private final int status;
  private final String messageKey;
  private final transient Object[] args;

  public ProblemException(int status, String messageKey, Object... args) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args.clone();
  }

  public int status() {
    return status;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
