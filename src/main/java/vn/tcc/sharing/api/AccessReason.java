package vn.tcc.sharing.api;

/** Why an access to a camera's data was allowed or refused; stored in the access log as is. */
public enum AccessReason {
  /** Allowed: an agreement in force covers it (its id is in the decision). */
  AGREEMENT,
  /**
   * Allowed: no agreement covers it, but an approved compulsory grant (emergency bases of Art. 18)
   * in its term does (the grant's id is in the decision).
   */
  COMPULSORY_GRANT,
  /** Allowed: a police or department camera, which no agreement governs. */
  NOT_A_SHARED_CAMERA,
  /** Refused: the camera is not in the registry. */
  UNKNOWN_CAMERA,
  /** Refused: a private camera no agreement covers. */
  NO_AGREEMENT,
  /** Refused: the agreement is still a draft. */
  NOT_ACTIVE,
  SUSPENDED,
  EXPIRED,
  /** Refused: revoked, or ended and its received data destroyed. */
  REVOKED,
  /** Refused: the term has not begun, or the data's time is before it. */
  TERM_NOT_STARTED,
  /** Refused: the term is over (the expiry timer may not have run yet: the term decides). */
  TERM_ENDED,
  /** Refused: a compulsory grant (emergency bases of Art. 18) whose short term is over. */
  COMPULSORY_GRANT_ENDED,
  /** Refused: the requesting unit is not the one the agreement shares with. */
  WRONG_UNIT,
  WRONG_DATA_TYPE,
  WRONG_PURPOSE,
  /** Refused: the data's time of day or day of week is outside the agreed hours. */
  OUTSIDE_HOURS;

  public boolean allows() {
    return this == AGREEMENT || this == COMPULSORY_GRANT || this == NOT_A_SHARED_CAMERA;
  }
}
