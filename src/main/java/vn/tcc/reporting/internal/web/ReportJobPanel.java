package vn.tcc.reporting.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import vn.tcc.reporting.internal.application.ReportFileJobs;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The report pages' file buttons ({@code WEB-INF/includes/report-job.xhtml}): a click starts a
 * background job, a progress bar polls it, and the file is offered when it is written. Nothing is
 * written in the click's request, so a yearly synthesis does not time out the browser.
 */
@Named
@ViewScoped
public class ReportJobPanel implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ReportFileJobs jobs;
  @Inject transient CurrentRequest currentRequest;

  private Long jobId;
  private transient ReportFileJobs.JobView job;

  /** Starts writing the file of a synthesis or a report (kind SYNTHESIS or SUBMISSION). */
  public void start(String kind, Long targetId, String format) {
    if (targetId == null) {
      return;
    }
    try {
      job = jobs.start(ReportPages.actor(currentRequest), kind, targetId, format);
      jobId = job.id();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("reporting.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** The progress bar's value: 0-100, 100 once the job is over (done or failed). */
  public int getProgress() {
    ReportFileJobs.JobView current = current();
    return current == null ? 0 : current.progress();
  }

  /** Called when the bar reaches 100: says how it ended. */
  public void finished() {
    ReportFileJobs.JobView current = current();
    if (current != null && current.failed()) {
      PageMessages.error("reporting.job.failed");
    } else if (current != null && current.done()) {
      PageMessages.info("reporting.job.ready", current.fileName());
    }
  }

  public boolean isRunning() {
    ReportFileJobs.JobView current = job;
    return current != null && !current.done() && !current.failed();
  }

  public boolean isReady() {
    return job != null && job.done();
  }

  public boolean isFailed() {
    return job != null && job.failed();
  }

  public String getFileName() {
    return job == null ? "" : job.fileName();
  }

  public StreamedContent getFile() {
    long id = jobId;
    ReportFileJobs.JobFile file = jobs.file(ReportPages.actor(currentRequest), id);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength((long) file.content().length)
        .stream(() -> new java.io.ByteArrayInputStream(file.content()))
        .build();
  }

  private ReportFileJobs.JobView current() {
    if (jobId == null) {
      return null;
    }
    try {
      job = jobs.get(ReportPages.actor(currentRequest), jobId);
    } catch (ProblemException gone) {
      job = null;
      jobId = null;
    }
    return job;
  }
}
