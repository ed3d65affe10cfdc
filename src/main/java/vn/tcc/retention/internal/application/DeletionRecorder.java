package vn.tcc.retention.internal.application;

import vn.tcc.retention.internal.domain.DeletionRecordContent;
import vn.tcc.retention.internal.domain.DeletionRecordDocument;
import vn.tcc.retention.internal.domain.RecordItems;

/**
 * Writes the signed record of a finished deletion (a purge run or a manual deletion), in the
 * caller's transaction, so a run is never finished without its record.
 */
public interface DeletionRecorder {
  /**
   * Stores and signs the record; returns its id. A second call for the same run returns the first.
   */
  long record(DeletionRecordContent content);

  /**
   * The same for a record of any size: the items are handed one by one as the document is written
   * (once), never kept in one list. The header's counts must match the items.
   */
  long record(DeletionRecordDocument.Header header, RecordItems items);
}
