package vn.tcc.sharing.internal.domain;

/** Where an agreement is in its life; {@link AgreementLifecycle} says how it moves. */
public enum AgreementState {
  DRAFT,
  ACTIVE,
  SUSPENDED,
  EXPIRED,
  REVOKED,
  /** The data received under it was destroyed (its purpose ended). */
  DATA_DESTROYED,
  /** The provider was told that his data was destroyed: the end of the agreement's life. */
  PROVIDER_NOTIFIED;

  /** True while the agreement may still allow access (subject to its term). */
  public boolean isInForce() {
    return this == ACTIVE;
  }

  /** True once it can never allow access again. */
  public boolean hasEnded() {
    return this == EXPIRED
        || this == REVOKED
        || this == DATA_DESTROYED
        || this == PROVIDER_NOTIFIED;
  }
}
