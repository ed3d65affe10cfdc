package vn.tcc.sharing.internal.domain;

/** Who shares: an organization (school, hospital, association), a business, a household. */
public enum ProviderKind {
  ORGANIZATION,
  BUSINESS,
  HOUSEHOLD
}
