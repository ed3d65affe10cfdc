package vn.tcc.reporting.internal.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.IntConsumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.reporting.internal.domain.ReportDataSet;
import vn.tcc.reporting.internal.domain.ReportJob;
import vn.tcc.reporting.internal.domain.ReportJobs;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.SynthesisDataSet;
import vn.tcc.reporting.internal.poi.DocxReportWriter;
import vn.tcc.reporting.internal.poi.DocxSynthesisWriter;
import vn.tcc.reporting.internal.poi.ReportTemplates;
import vn.tcc.reporting.internal.poi.XlsxReportWriter;
import vn.tcc.reporting.internal.poi.XlsxSynthesisWriter;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

/**
 * Report files written in the background: a synthesis's or a unit report's workbook or Word report
 * is asked for in a request that only checks access, takes the frozen data set (the export is
 * audited as the person's) and records a job; the server's managed threads write the file, moving
 * the job's progress from 0 to 100, and keep the file with the job. The page polls the progress and
 * offers the file; the REST API answers 202 with the job's address.
 *
 * <p>A job is its requester's alone ({@link ReportJob#visibleTo}): anyone else is told it does not
 * exist, and that refusal is on the audit trail, as are the start, the end and every download.
 */
@ApplicationScoped
public class ReportFileJobs {
  static final String STARTED = "REPORT_JOB_STARTED";
  static final String FINISHED = "REPORT_JOB_FINISHED";
  static final String FAILED = "REPORT_JOB_FAILED";
  static final String DOWNLOADED = "REPORT_JOB_DOWNLOADED";
  static final String REFUSED = "REPORT_JOB_REFUSED";
  static final String OBJECT = "report_job";

  /** Jobs one person may have under way at once: a hostile loop cannot fill the threads. */
  static final int MAX_ACTIVE = 3;

  private static final Logger LOG = Logger.getLogger(ReportFileJobs.class.getName());

  private ReportJobs jobs;
  private SynthesisWorkflow syntheses;
  private ReportExport reports;
  private AuditTrail auditTrail;
  private Clock clock;
  private Executor executor;

  /** The jobs this server has taken and not finished: touched by the heartbeat. */
  private final Set<Long> held = ConcurrentHashMap.newKeySet();

  /** The server's managed threads; unit tests hand in their own executor instead. */
  @Resource ManagedExecutorService managedExecutor;

  ReportFileJobs() {}

  @Inject
  ReportFileJobs(
      ReportJobs jobs,
      SynthesisWorkflow syntheses,
      ReportExport reports,
      AuditTrail auditTrail,
      Clock clock) {
    this.jobs = jobs;
    this.syntheses = syntheses;
    this.reports = reports;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** For tests: these collaborators and this executor. */
  static ReportFileJobs of(
      ReportJobs jobs,
      SynthesisWorkflow syntheses,
      ReportExport reports,
      AuditTrail auditTrail,
      Clock clock,
      Executor executor) {
    ReportFileJobs service = new ReportFileJobs(jobs, syntheses, reports, auditTrail, clock);
    service.executor = executor;
    return service;
  }

  /** A job as its requester reads it. */
  public record JobView(
      long id,
      String kind,
      long targetId,
      String format,
      String state,
      int progress,
      String fileName,
      Instant createdAt,
      Instant finishedAt) {

    public boolean done() {
      return ReportJob.State.DONE.name().equals(state);
    }

    public boolean failed() {
      return ReportJob.State.FAILED.name().equals(state);
    }
  }

  /** A job's file with its name and content type. */
  public record JobFile(String fileName, String contentType, byte[] content) {}

  /**
   * Starts writing a file: {@code kind} SYNTHESIS or SUBMISSION, the synthesis's or the report's
   * id, {@code format} xlsx or docx.
   *
   * @throws ValidationException for a kind, id or format that is none of those
   * @throws ReportingRuleException 403/404 as reading the synthesis or report would answer, 429
   *     when the person has {@value #MAX_ACTIVE} jobs under way
   */
  public JobView start(ReportingActor actor, String kind, Long targetId, String format) {
    ReportJob.Kind jobKind = kind(kind);
    String fileFormat = format(format);
    if (targetId == null || targetId < 1) {
      throw new ValidationException(
          List.of(FieldError.of("targetId", "reporting.input.numberRange", 1, Long.MAX_VALUE)));
    }
    ReportingAccess.requireReader(actor);
    Instant now = clock.instant();
    if (jobs.activeSince(actor.username(), now.minus(ReportJob.STALE_AFTER)) >= MAX_ACTIVE) {
      throw new ReportingRuleException(429, "reporting.job.tooMany", MAX_ACTIVE);
    }
    // Read in the request, as the person: the access check and the audited export are his.
    Writing writing = prepare(actor, jobKind, targetId, fileFormat);
    long id =
        jobs.create(
            jobKind,
            targetId,
            fileFormat,
            actor.username(),
            actor.caller().jurisdiction(),
            ReportingAccess.isCoordinator(actor) ? actor.unitCode() : null,
            now);
    auditTrail.record(
        new AuditRecord(
            STARTED,
            OBJECT,
            String.valueOf(id),
            actor.caller().jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            jobKind + " " + targetId + " " + fileFormat));
    held.add(id);
    try {
      executor().execute(() -> run(id, actor.username(), writing));
    } catch (RejectedExecutionException shuttingDown) {
      held.remove(id);
      jobs.fail(id, "rejected by the executor", clock.instant());
      throw new ReportingRuleException(503, "reporting.job.busy");
    }
    // As opened, not read back: the worker may already have moved it, the answer says "queued".
    return new JobView(id, jobKind.name(), targetId, fileFormat, "QUEUED", 0, null, now, null);
  }

  /** The job's state and progress, for its requester only (404 for anyone else). */
  public JobView get(ReportingActor actor, long id) {
    return view(visible(actor, id));
  }

  /** The file of a done job, for its requester only; the download is audited. */
  public JobFile file(ReportingActor actor, long id) {
    ReportJob job = visible(actor, id);
    if (job.stateAt(clock.instant()) != ReportJob.State.DONE) {
      throw new ReportingRuleException(409, "reporting.job.notReady");
    }
    byte[] content =
        jobs.content(id)
            .orElseThrow(() -> new ReportingRuleException(409, "reporting.job.notReady"));
    auditTrail.record(
        new AuditRecord(
            DOWNLOADED,
            OBJECT,
            String.valueOf(id),
            job.jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            job.kind() + " " + job.targetId() + " " + job.format()));
    return new JobFile(job.fileName(), job.contentType(), content);
  }

  /** What the worker writes: the file's name and how to write it, reporting progress. */
  private record Writing(String fileName, FileWriter writer) {}

  @FunctionalInterface
  private interface FileWriter {
    byte[] write(IntConsumer percent);
  }

  private Writing prepare(ReportingActor actor, ReportJob.Kind kind, long id, String format) {
    boolean xlsx = "xlsx".equals(format);
    if (kind == ReportJob.Kind.SYNTHESIS) {
      SynthesisDataSet data = syntheses.frozen(actor, id, format + " (background job)").data();
      return new Writing(
          SynthesisFiles.name(data, id, format),
          xlsx
              ? percent ->
                  new XlsxSynthesisWriter(ReportTemplates.configured()).write(data, percent)
              : percent ->
                  new DocxSynthesisWriter(ReportTemplates.configured()).write(data, percent));
    }
    ReportDataSet data = reports.dataSet(actor, id, format + " (background job)");
    return new Writing(
        ReportExport.fileName(data, format),
        xlsx
            ? percent -> new XlsxReportWriter().write(data)
            : percent -> new DocxReportWriter().write(data));
  }

  /**
   * Touches the jobs this server holds, queued or running, so that they do not read as dead ({@link
   * ReportJob#STALE_AFTER}) however long a file takes; a server that stopped touches none.
   */
  public void heartbeat() {
    if (!held.isEmpty()) {
      jobs.touch(Set.copyOf(held), clock.instant());
    }
  }

  /** On a managed thread: writes the file, moving the progress from 5 to 95, and keeps it. */
  private void run(long id, String requester, Writing writing) {
    try {
      write(id, requester, writing);
    } finally {
      held.remove(id);
    }
  }

  private void write(long id, String requester, Writing writing) {
    try {
      jobs.progress(id, 5, clock.instant());
      byte[] content =
          writing
              .writer()
              .write(percent -> jobs.progress(id, 5 + percent * 90 / 100, clock.instant()));
      jobs.done(id, writing.fileName(), content, clock.instant());
      auditTrail.record(
          new AuditRecord(
              FINISHED,
              OBJECT,
              String.valueOf(id),
              null,
              null,
              false,
              AuditOutcome.SUCCESS,
              writing.fileName() + " for " + requester + ", " + content.length + " bytes"));
    } catch (RuntimeException failed) {
      LOG.log(Level.WARNING, "Report job " + id + " failed", failed);
      try {
        jobs.fail(id, String.valueOf(failed), clock.instant());
        auditTrail.record(
            new AuditRecord(
                FAILED,
                OBJECT,
                String.valueOf(id),
                null,
                null,
                false,
                AuditOutcome.FAILED,
                "for " + requester));
      } catch (RuntimeException alsoFailed) {
        LOG.log(Level.SEVERE, "Report job " + id + " could not be marked failed", alsoFailed);
      }
    }
  }

  private ReportJob visible(ReportingActor actor, long id) {
    ReportJob job = jobs.find(id).orElse(null);
    if (job == null) {
      throw new ReportingRuleException(404, "reporting.job.unknown");
    }
    String unit = ReportingAccess.isCoordinator(actor) ? actor.unitCode() : null;
    if (!job.visibleTo(actor.username(), actor.caller().jurisdiction(), unit)) {
      auditTrail.record(
          new AuditRecord(
              REFUSED,
              OBJECT,
              String.valueOf(id),
              actor.caller().jurisdiction(),
              null,
              false,
              AuditOutcome.DENIED,
              "job of " + job.requestedBy() + " asked by " + actor.username()));
      // Someone else's job does not exist for him: the same answer as an unknown one.
      throw new ReportingRuleException(404, "reporting.job.unknown");
    }
    return job;
  }

  private JobView view(ReportJob job) {
    Instant now = clock.instant();
    return new JobView(
        job.id(),
        job.kind().name(),
        job.targetId(),
        job.format(),
        job.stateAt(now).name(),
        job.progressAt(now),
        job.fileName(),
        job.createdAt(),
        job.finishedAt());
  }

  private static ReportJob.Kind kind(String kind) {
    for (ReportJob.Kind k : ReportJob.Kind.values()) {
      if (k.name().equals(kind)) {
        return k;
      }
    }
    throw new ValidationException(
        List.of(FieldError.of("kind", "reporting.input.unknownValue", shown(kind))));
  }

  private static String format(String format) {
    if ("xlsx".equals(format) || "docx".equals(format)) {
      return format;
    }
    throw new ValidationException(
        List.of(FieldError.of("format", "reporting.input.unknownValue", shown(format))));
  }

  /** A bad value echoed back in the message: short and printable. */
  private static String shown(String value) {
    if (value == null) {
      return "";
    }
    String printable = value.replaceAll("\\p{Cntrl}", "?");
    return printable.length() > 40 ? printable.substring(0, 40) + "…" : printable;
  }

  private Executor executor() {
    return executor != null ? executor : managedExecutor;
  }
}
