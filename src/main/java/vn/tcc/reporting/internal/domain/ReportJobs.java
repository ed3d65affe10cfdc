package vn.tcc.reporting.internal.domain;

import java.time.Instant;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** The port to the background report jobs and their files. */
public interface ReportJobs {
  /** A new QUEUED job at progress 0; its id. */
  long create(
      ReportJob.Kind kind,
      long targetId,
      String format,
      String requestedBy,
      JurisdictionCode jurisdiction,
      String unitCode,
      Instant at);

  Optional<ReportJob> find(long id);

  /** How many of this person's jobs are queued or running and moved since {@code since}. */
  int activeSince(String requestedBy, Instant since);

  /** Still alive: the queued or running jobs of these ids moved at this instant. */
  void touch(java.util.Collection<Long> ids, Instant at);

  /** RUNNING at this progress (never lowered). */
  void progress(long id, int progress, Instant at);

  void done(long id, String fileName, byte[] content, Instant at);

  void fail(long id, String failure, Instant at);

  /** The file of a DONE job. */
  Optional<byte[]> content(long id);
}
