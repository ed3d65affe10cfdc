package vn.tcc.retention.api;

/**
 * A kind of data TCC keeps, each with its own retention policy. The Javadoc of each says what its
 * retention is counted from (a {@link RetainedRecord}'s {@code retentionStartsAt}); the adapters
 * that list items for a purge must give that instant, not another.
 */
public enum DataClass {
  /** Live footage recorded in the VMS, whatever it shows; counted from the end of the recording. */
  VMS_RECORDING,

  /**
   * Frames and clips captured as evidence of a violation event; counted from capture, and kept
   * while its case is open, then the period again from the case's closure (the retention rules).
   */
  VIOLATION_EVIDENCE,

  /** A plate read by ANPR that is no violation (a vehicle passing by); counted from the read. */
  PLATE_READ,

  /**
   * A detection the reviewers rejected as false (wrong plate, no violation); counted from the
   * rejection. Kept apart from cases so a wrongly flagged driver is not kept as long as a violator.
   */
  FALSE_DETECTION,

  /** A closed case: its record, decisions, notices and other documents; counted from closure. */
  CLOSED_CASE,

  /**
   * What the population database's authentication center answered about a vehicle owner (name, ID
   * number, address); counted from the closure of the case that asked.
   */
  OWNER_IDENTITY,

  /** The documents of an appeal (complaint, evidence, decision on it); counted from closure. */
  APPEAL_DOCUMENT,

  /** An event ingestion refused and set aside (quarantine); counted from its arrival. */
  QUARANTINED_EVENT,

  /**
   * Footage and events of a camera of an organization, business or household, received under a
   * data-sharing agreement (Law on Data 60/2024 Art. 18); counted from receipt. The agreement's own
   * period, when it names one, replaces the policy.
   */
  SHARED_CAMERA_DATA,

  /** The audit trail itself: who read or changed what; counted from the entry's time. */
  AUDIT_TRAIL,

  /**
   * A frame an operator of the command room took from a camera on the wall and kept with its
   * SHA-256 (for an incident or on its own); counted from the taking.
   */
  COMMAND_SNAPSHOT
}
