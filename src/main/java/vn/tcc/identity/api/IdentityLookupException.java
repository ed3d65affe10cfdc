package vn.tcc.identity.api;

import vn.tcc.shared.error.ProblemException;

/**
 * A lookup at the authentication center that gave no owner. Carries an HTTP status and a message
 * key of the i18n bundle ({@code identity.error.*}); the message never holds what the center
 * answered nor any secret, only the key.
 */
public abstract class IdentityLookupException extends ProblemException {
  protected IdentityLookupException(int status, String messageKey, Object... args) {
    super(status, messageKey, args);
  }

  /** True when the same request may simply be asked again later (outage, rate limit). */
  public abstract boolean retryable();
}
