package vn.tcc.reporting.api;

/**
 * Writes a {@link RecordDocument} as a Word document (.docx, A4, Times New Roman), in the layout of
 * the reports. Stateless and safe to call from many threads.
 */
public interface RecordDocuments {
  byte[] word(RecordDocument document);
}
