package vn.tcc.violation.internal.domain;

import vn.tcc.shared.error.ProblemException;

/**
 * A violation-case rule said no: a transition the case's state or the caller's role does not allow,
 * a review by the wrong person, an inconsistent fine table. It carries a message key of the i18n
 * bundle ({@code violation.*}) and its arguments, so each user reads it in his language; the status
 * tells the platform how to answer (409 state conflict, 403 role, 422 bad input).
 */
public class ViolationRuleException extends ProblemException {
  public static final int CONFLICT = 409;
  public static final int FORBIDDEN = 403;
  public static final int INVALID = 422;

  public ViolationRuleException(int status, String messageKey, Object... args) {
    super(status, messageKey, args);
  }

  static ViolationRuleException conflict(String messageKey, Object... args) {
    return new ViolationRuleException(CONFLICT, messageKey, args);
  }

  static ViolationRuleException forbidden(String messageKey, Object... args) {
    return new ViolationRuleException(FORBIDDEN, messageKey, args);
  }

  static ViolationRuleException invalid(String messageKey, Object... args) {
    return new ViolationRuleException(INVALID, messageKey, args);
  }
}
