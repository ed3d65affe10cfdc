package vn.tcc.sharing.internal.domain;

import vn.tcc.shared.error.ProblemException;

/**
 * A sharing rule said no: a move the lifecycle does not allow, or by someone who may not make it,
 * or content that breaks the agreement's rules. It carries a message key of the i18n bundle ({@code
 * sharing.*}); the status tells the platform how to answer (409 state, 403 who, 422 content).
 */
public class SharingRuleException extends ProblemException {
  public static final int CONFLICT = 409;
  public static final int FORBIDDEN = 403;
  public static final int INVALID = 422;

  public SharingRuleException(int status, String messageKey, Object... args) {
    super(status, messageKey, args);
  }

  static SharingRuleException conflict(String messageKey, Object... args) {
    return new SharingRuleException(CONFLICT, messageKey, args);
  }

  static SharingRuleException forbidden(String messageKey, Object... args) {
    return new SharingRuleException(FORBIDDEN, messageKey, args);
  }

  static SharingRuleException invalid(String messageKey, Object... args) {
    return new SharingRuleException(INVALID, messageKey, args);
  }
}
