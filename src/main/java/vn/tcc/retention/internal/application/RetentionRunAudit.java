package vn.tcc.retention.internal.application;

/** The audit trail's actions for purge runs. */
final class RetentionRunAudit {
  static final String OBJECT = "retention-run";
  static final String REQUESTED = "RETENTION_RUN_REQUESTED";
  static final String PLANNED = "RETENTION_RUN_PLANNED";
  static final String APPROVED = "RETENTION_RUN_APPROVED";
  static final String STARTED = "RETENTION_RUN_STARTED";
  static final String FINISHED = "RETENTION_RUN_FINISHED";
  static final String FAILED = "RETENTION_RUN_FAILED";
  static final String RESUMED = "RETENTION_RUN_RESUMED";
  static final String ITEMS_READ = "RETENTION_RUN_ITEMS_READ";

  private RetentionRunAudit() {}
}
