package vn.tcc.shared.audit;

/** Actions the platform itself records; modules define their own beside their code. */
public final class AuditActions {
  public static final String SIGN_IN = "SIGN_IN";
  public static final String SIGN_OUT = "SIGN_OUT";
  public static final String ACCESS_DENIED = "ACCESS_DENIED";

  private AuditActions() {}
}
