package vn.tcc.vms.api;

/** What came of a deletion request: the retention module records it in its signed log. */
public enum VmsDeletion {
  DELETED,
  /** The recording is under an evidence lock; nothing was deleted. */
  LOCKED,
  /** The VMS had no such recording (already gone). */
  NOT_FOUND,
  /** This VMS cannot delete recordings through its API. */
  UNSUPPORTED
}
