package vn.tcc.retention.internal.application;

import vn.tcc.retention.internal.domain.DeletionRecordContent;

/**
 * Writes the signed record of a finished deletion (a purge run or a manual deletion), in the
 * caller's transaction, so a run is never finished without its record.
 */
public interface DeletionRecorder {
  /**
   * Stores and signs the record; returns its id. A second call for the same run returns the first.
   */
  long record(DeletionRecordContent content);
}
