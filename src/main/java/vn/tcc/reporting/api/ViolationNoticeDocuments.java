package vn.tcc.reporting.api;

/**
 * Produces the notice of violation (Thông báo vi phạm) that the police send to a vehicle owner
 * after a camera detected a violation, two officers verified it and the owner was identified
 * (Circular 73/2024 Art. 24, the "cold fine"). The document is Vietnamese only: it is an official
 * document, whatever language the officer's screen uses.
 *
 * <p>Both formats show the same content in the same order: the national heading, the issuing unit,
 * number and date, the title, the facts, the evidence photo, the fine and licence points, what the
 * recipient must do and by when, how to pay, and the block that lets the recipient verify the
 * notice (verification code, address, SHA-256 of the evidence). Implementations are stateless and
 * safe to call from many threads.
 */
public interface ViolationNoticeDocuments {
  /**
   * The notice as a Word document (.docx, A4, Times New Roman), for printing or editing.
   *
   * @throws IllegalArgumentException if the evidence photo is not a readable JPEG
   */
  byte[] word(ViolationNotice notice);

  /**
   * The notice as a PDF (A4, fonts embedded), to send electronically or publish.
   *
   * @throws IllegalArgumentException if the evidence photo is not a readable JPEG
   */
  byte[] pdf(ViolationNotice notice);
}
