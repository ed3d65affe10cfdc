package vn.tcc.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tcc.reporting.api.ViolationNotice;
import vn.tcc.reporting.api.ViolationNoticeDocuments;
import vn.tcc.reporting.internal.notice.NoticeContent;
import vn.tcc.reporting.internal.pdf.PdfViolationNoticeWriter;
import vn.tcc.reporting.internal.poi.DocxViolationNoticeWriter;

/**
 * The notice of violation in Word (POI) and PDF (PDFBox): the notice is worded once ({@link
 * NoticeContent}) and each writer lays the same words out in its format.
 */
@ApplicationScoped
public class ViolationNoticeRenderer implements ViolationNoticeDocuments {
  private final DocxViolationNoticeWriter docx = new DocxViolationNoticeWriter();
  private final PdfViolationNoticeWriter pdf = new PdfViolationNoticeWriter();

  @Override
  public byte[] word(ViolationNotice notice) {
    return docx.write(NoticeContent.of(notice));
  }

  @Override
  public byte[] pdf(ViolationNotice notice) {
    return pdf.write(NoticeContent.of(notice));
  }
}
