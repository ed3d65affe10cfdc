package vn.tcc.reporting.internal;

import jakarta.enterprise.context.ApplicationScoped;
import vn.tcc.reporting.api.RecordDocument;
import vn.tcc.reporting.api.RecordDocuments;
import vn.tcc.reporting.internal.poi.DocxRecordWriter;

/** Records handed to citizens and organisations, in Word (POI). */
@ApplicationScoped
public class RecordDocumentRenderer implements RecordDocuments {
  private final DocxRecordWriter docx = new DocxRecordWriter();

  @Override
  public byte[] word(RecordDocument document) {
    return docx.write(document);
  }
}
