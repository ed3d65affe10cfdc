package vn.tcc.sharing.internal.domain;

/** Who moves an agreement: an administrator of the police, the provider himself, or the timer. */
public enum ActorKind {
  ADMIN,
  PROVIDER,
  SYSTEM
}
