package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.SynthesisDataSet;
import vn.tcc.reporting.internal.poi.DocxSynthesisWriter;
import vn.tcc.reporting.internal.poi.XlsxSynthesisWriter;

/**
 * A synthesis as files: the workbook and the Word report from the one data set taken from the
 * stored synthesis, and, once submitted, the text that was signed and its CMS signature.
 */
@ApplicationScoped
public class SynthesisFiles {
  private SynthesisWorkflow workflow;
  private final XlsxSynthesisWriter xlsx = new XlsxSynthesisWriter();
  private final DocxSynthesisWriter docx = new DocxSynthesisWriter();

  SynthesisFiles() {}

  @Inject
  SynthesisFiles(SynthesisWorkflow workflow) {
    this.workflow = workflow;
  }

  public ReportExport.ReportFile workbook(ReportingActor actor, long id) {
    SynthesisDataSet data = workflow.frozen(actor, id, "xlsx").data();
    return new ReportExport.ReportFile(name(data, id, "xlsx"), xlsx.write(data));
  }

  public ReportExport.ReportFile document(ReportingActor actor, long id) {
    SynthesisDataSet data = workflow.frozen(actor, id, "docx").data();
    return new ReportExport.ReportFile(name(data, id, "docx"), docx.write(data));
  }

  /** The signed text (UTF-8) of a submitted synthesis. */
  public ReportExport.ReportFile signedText(ReportingActor actor, long id) {
    var s = workflow.frozen(actor, id, "signed text").synthesis();
    requireSigned(s);
    return new ReportExport.ReportFile(
        "tong-hop-" + id + ".txt",
        s.signedContent().getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  /** The detached CMS signature (DER) over the signed text. */
  public ReportExport.ReportFile signature(ReportingActor actor, long id) {
    var s = workflow.frozen(actor, id, "signature").synthesis();
    requireSigned(s);
    return new ReportExport.ReportFile("tong-hop-" + id + ".p7s", s.signature());
  }

  private static void requireSigned(vn.tcc.reporting.internal.domain.Synthesis s) {
    if (s.signature() == null) {
      throw new ReportingRuleException(409, "reporting.synthesis.notSubmitted");
    }
  }

  static String name(SynthesisDataSet data, long id, String extension) {
    String number =
        data.draft() ? "du-thao-" + id : data.number().replaceAll("[^A-Za-z0-9_-]+", "-");
    return "bao-cao-tong-hop-" + number + "." + extension;
  }
}
