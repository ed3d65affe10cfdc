package vn.tcc.retention.internal.domain;

/**
 * Where a purge run stands. A run is planned (the dry run), approved, carried out, and ends with
 * its signed deletion record:
 *
 * <pre>
 * PLANNING  → PLANNED            the dry run walked every source
 * PLANNED   → APPROVED           a supervisor or administrator other than the requester approved,
 *                                or every policy version it uses had an approved dry run before
 *                                (scheduled runs only)
 * APPROVED  → RUNNING → DONE     the worker deletes chunk by chunk, then writes the record
 * PLANNING, APPROVED, RUNNING → FAILED   a failure the worker cannot get past; resume goes back
 * FAILED    → PLANNING (failed while planning) or APPROVED (failed while running)
 * </pre>
 */
public enum PurgeState {
  PLANNING,
  PLANNED,
  APPROVED,
  RUNNING,
  DONE,
  FAILED;

  /** True while the worker has something to do with the run. */
  public boolean isActive() {
    return this == PLANNING || this == APPROVED || this == RUNNING;
  }
}
