package vn.tcc.reporting.internal.application;

import vn.tcc.shared.security.Caller;

/**
 * Who acts on reports: the caller, and for a coordinator the unit he files for (the token's {@code
 * reporting_unit} claim, from his Keycloak attribute), null for everyone else.
 */
public record ReportingActor(Caller caller, String unitCode) {
  /** The token claim that names a coordinator's unit. */
  public static final String UNIT_CLAIM = "reporting_unit";

  public String username() {
    return caller.username();
  }

  public String displayName() {
    return caller.displayName();
  }
}
