package vn.tcc.sharing.internal.domain;

/**
 * Where a compulsory grant stands: requested by an officer or a supervisor, then approved or
 * rejected by a supervisor other than the requester, or withdrawn by him before that. Only an
 * approved grant allows anything, and only within its term.
 */
public enum GrantState {
  REQUESTED,
  APPROVED,
  REJECTED,
  WITHDRAWN
}
