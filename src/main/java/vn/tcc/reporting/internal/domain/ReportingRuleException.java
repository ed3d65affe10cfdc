package vn.tcc.reporting.internal.domain;

import vn.tcc.shared.error.ProblemException;

/**
 * A reporting rule said no: a move the submission's state does not allow, entry into a locked
 * period, a correction without a reason. It carries a message key of the bundle ({@code
 * reporting.*}) so each user reads it in his language; the status says how the API answers (409
 * state conflict, 403 role, 422 bad input).
 */
public class ReportingRuleException extends ProblemException {
  public ReportingRuleException(int status, String messageKey, Object... args) {
    super(status, messageKey, args);
  }

  static ReportingRuleException conflict(String messageKey, Object... args) {
    return new ReportingRuleException(409, messageKey, args);
  }

  static ReportingRuleException invalid(String messageKey, Object... args) {
    return new ReportingRuleException(422, messageKey, args);
  }
}
