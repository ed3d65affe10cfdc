package vn.tcc.sharing.internal.domain;

/**
 * Why data is provided (Law on Data 60/2024, Art. 18): voluntarily, under the agreement, or
 * compulsorily in an emergency, a threat to national security, a disaster, a riot or terrorism. A
 * compulsory basis needs the decision's number and is time-boxed ({@link
 * SharingAgreement#MAX_COMPULSORY_DAYS}).
 */
public enum LegalBasis {
  VOLUNTARY_ART18,
  EMERGENCY,
  SECURITY_THREAT,
  DISASTER,
  RIOT,
  TERRORISM;

  public boolean isCompulsory() {
    return this != VOLUNTARY_ART18;
  }
}
