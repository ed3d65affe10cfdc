package vn.tcc.retention.internal.application;

import java.time.Instant;
import java.util.List;

/**
 * The last purge runs and their deletion records, for the dashboard. The purge and the signed
 * records are built beside this page (their tables come with their own migrations), so the adapter
 * answers an empty list while those tables do not exist yet, rather than failing the dashboard.
 */
public interface RecentRuns {

  /**
   * One run as the dashboard lists it; any field may be null when the run's table does not say it.
   *
   * @param kind dry run, scheduled or manual, as the purge names it
   * @param recordId the id of its signed deletion record, or null
   */
  record Run(
      String id,
      String kind,
      String state,
      Instant startedAt,
      Instant finishedAt,
      String recordId) {}

  /** The newest {@code limit} runs, newest first; empty when there are none or no table yet. */
  List<Run> latest(int limit);
}
