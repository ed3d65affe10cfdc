package vn.tcc.violation.internal.domain;

import java.util.Optional;

/** The stored violation cases: load one by its number, save what was done to it. */
public interface ViolationCases {

  Optional<ViolationCase> byNumber(String number);

  /** The case, locked until the transaction ends: two officers deciding at once take turns. */
  Optional<ViolationCase> byNumberForUpdate(String number);

  /**
   * Writes the case's changes and its new timeline lines, once: a case is loaded again to go on.
   * Changes to a case that another transaction changed since it was loaded are refused (409).
   */
  void save(ViolationCase violationCase);
}
