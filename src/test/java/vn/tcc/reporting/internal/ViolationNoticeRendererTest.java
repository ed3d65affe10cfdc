package vn.tcc.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.api.ViolationNotice;
import vn.tcc.reporting.api.ViolationNoticeDocuments;
import vn.tcc.reporting.internal.notice.NoticeSamples;
import vn.tcc.shared.media.MediaTypes;

class ViolationNoticeRendererTest {
  private final ViolationNoticeDocuments documents = new ViolationNoticeRenderer();

  @Test
  void word_is_a_docx_and_pdf_a_pdf() {
    ViolationNotice notice = NoticeSamples.redLight();
    byte[] word = documents.word(notice);
    assertEquals('P', word[0]); // a .docx is a zip: "PK"
    assertEquals('K', word[1]);
    assertEquals(MediaTypes.PDF, MediaTypes.sniff(documents.pdf(notice)));
  }

  @Test
  void one_renderer_serves_many_threads_at_once() throws Exception {
    ViolationNotice red = NoticeSamples.redLight();
    ViolationNotice speeding = NoticeSamples.speeding();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> results = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        ViolationNotice notice = i % 2 == 0 ? red : speeding;
        results.add(pool.submit(() -> check(notice)));
      }
      for (Future<?> result : results) {
        result.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private Void check(ViolationNotice notice) throws IOException {
    String number = notice.noticeNumber();
    try (PDDocument pdf = Loader.loadPDF(documents.pdf(notice))) {
      String text = NoticeSamples.squeezed(new PDFTextStripper().getText(pdf));
      assertTrue(text.contains(number) && text.contains(notice.violation()), number);
    }
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(documents.word(notice)))) {
      String text = NoticeSamples.squeezed(new XWPFWordExtractor(word).getText());
      assertTrue(text.contains(number) && text.contains(notice.violation()), number);
    }
    return null;
  }
}
