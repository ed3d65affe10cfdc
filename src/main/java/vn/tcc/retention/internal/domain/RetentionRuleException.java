package vn.tcc.retention.internal.domain;

import vn.tcc.shared.error.ProblemException;

/**
 * A retention rule said no: an invalid policy version, a hold placed or lifted by someone who may
 * not. It carries a message key of the i18n bundle ({@code retention.*}) and its arguments; the
 * status tells the platform how to answer (409 state conflict, 403 role, 422 bad input).
 */
public class RetentionRuleException extends ProblemException {
  public static final int CONFLICT = 409;
  public static final int FORBIDDEN = 403;
  public static final int INVALID = 422;

  public RetentionRuleException(int status, String messageKey, Object... args) {
    super(status, messageKey, args);
  }

  static RetentionRuleException conflict(String messageKey, Object... args) {
    return new RetentionRuleException(CONFLICT, messageKey, args);
  }

  static RetentionRuleException forbidden(String messageKey, Object... args) {
    return new RetentionRuleException(FORBIDDEN, messageKey, args);
  }

  static RetentionRuleException invalid(String messageKey, Object... args) {
    return new RetentionRuleException(INVALID, messageKey, args);
  }
}
