package vn.tcc.sharing.api;

/**
 * The closed list of purposes shared data may be used for. The receiver uses data only for the
 * purpose stated (Law on Data 60/2024, Art. 18), so every access names one.
 */
public enum SharingPurpose {
  TRAFFIC_VIOLATION_HANDLING,
  SECURITY_AND_ORDER,
  INCIDENT_INVESTIGATION,
  TRAFFIC_MANAGEMENT,
  SEARCH_AND_RESCUE
}
