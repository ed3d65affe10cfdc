package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import vn.tcc.reporting.internal.domain.ReportDataSet;
import vn.tcc.reporting.internal.poi.DocxReportWriter;
import vn.tcc.reporting.internal.poi.XlsxReportWriter;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.time.TccTime;

/**
 * A unit's report as files: the Excel workbook and the Word report, both written from one {@link
 * ReportDataSet} taken once from the submission. Every download is on the audit trail.
 */
@ApplicationScoped
public class ReportExport {
  static final String EXPORTED = "REPORT_EXPORTED";

  private SubmissionWorkflow workflow;
  private ReportingSettings settings;
  private AuditTrail auditTrail;
  private Clock clock;
  private final XlsxReportWriter xlsx = new XlsxReportWriter();
  private final DocxReportWriter docx = new DocxReportWriter();

  ReportExport() {}

  @Inject
  ReportExport(
      SubmissionWorkflow workflow, ReportingSettings settings, AuditTrail auditTrail, Clock clock) {
    this.workflow = workflow;
    this.settings = settings;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** A file and the name to save it under. */
  public record ReportFile(String fileName, byte[] content) {}

  public ReportFile workbook(ReportingActor actor, long id) {
    ReportDataSet data = dataSet(actor, id, "xlsx");
    return new ReportFile(fileName(data, "xlsx"), xlsx.write(data));
  }

  public ReportFile document(ReportingActor actor, long id) {
    ReportDataSet data = dataSet(actor, id, "docx");
    return new ReportFile(fileName(data, "docx"), docx.write(data));
  }

  /** The report's data set for its files, read once (access checked, the export audited). */
  ReportDataSet dataSet(ReportingActor actor, long id, String kind) {
    SubmissionWorkflow.Loaded loaded = workflow.load(actor, id);
    ReportDataSet data =
        ReportDataSet.of(
            loaded.submission(),
            loaded.form(),
            loaded.unit(),
            loaded.period(),
            settings.place(),
            settings.recipients(),
            LocalDate.ofInstant(clock.instant(), TccTime.ZONE));
    auditTrail.record(
        new AuditRecord(
            EXPORTED,
            SubmissionWorkflow.OBJECT,
            String.valueOf(id),
            loaded.unit().jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            kind + " " + loaded.submission().periodKey() + " " + loaded.submission().state()));
    return data;
  }

  static String fileName(ReportDataSet data, String extension) {
    return "bao-cao-" + data.number().replaceAll("[^A-Za-z0-9_-]+", "-") + "." + extension;
  }
}
