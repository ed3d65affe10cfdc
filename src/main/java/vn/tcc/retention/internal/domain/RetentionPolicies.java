package vn.tcc.retention.internal.domain;

import java.util.List;

/** The stored versions of the retention policies (repository port). */
public interface RetentionPolicies {

  /** Every version of every policy. */
  List<RetentionPolicy> versions();

  /** The book of every version, to decide with. */
  default PolicyBook book() {
    return PolicyBook.of(versions());
  }

  /**
   * Stores a version {@link PolicyBook#admit} answered. Versions are never updated.
   *
   * @throws RetentionRuleException {@code retention.policy.sameDay} (409) when another version of
   *     the policy starting that day, or carrying that number, was stored meanwhile
   */
  void save(RetentionPolicy newVersion);
}
