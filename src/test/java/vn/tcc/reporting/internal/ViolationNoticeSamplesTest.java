package vn.tcc.reporting.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.api.ViolationNotice;
import vn.tcc.reporting.internal.notice.NoticeSamples;

/**
 * Renders sample notices to look at, on every build: notice-sample.docx, .pdf and the PDF's pages
 * as notice-sample.png (page 1), notice-sample-2.png, … in {@code target/notice-samples} (or the
 * directory {@code -Dtcc.notice.samples=…} names); the same for a speeding notice
 * (notice-sample-speeding.*) and one without photo or signatory (notice-sample-no-photo.*). Every
 * page must render to an A4-shaped image.
 */
class ViolationNoticeSamplesTest {
  private final ViolationNoticeRenderer renderer = new ViolationNoticeRenderer();

  @Test
  void writes_the_samples() throws IOException {
    Path directory =
        Files.createDirectories(
            Path.of(System.getProperty("tcc.notice.samples", "target/notice-samples")));
    write(directory, "notice-sample", NoticeSamples.redLight());
    write(directory, "notice-sample-speeding", NoticeSamples.speeding());
    ViolationNotice base = NoticeSamples.redLight();
    write(
        directory,
        "notice-sample-no-photo",
        NoticeSamples.redLight(base.recipient(), base.place(), null, null));
  }

  private void write(Path directory, String name, ViolationNotice notice) throws IOException {
    Files.write(directory.resolve(name + ".docx"), renderer.word(notice));
    byte[] pdf = renderer.pdf(notice);
    Files.write(directory.resolve(name + ".pdf"), pdf);
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFRenderer pages = new PDFRenderer(document);
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        BufferedImage image = pages.renderImageWithDPI(i, 110);
        double ratio = (double) image.getHeight() / image.getWidth();
        assertTrue(Math.abs(ratio - 297.0 / 210.0) < 0.01, name + " page " + (i + 1) + " is A4");
        String png = i == 0 ? name + ".png" : name + "-" + (i + 1) + ".png";
        assertTrue(ImageIO.write(image, "png", directory.resolve(png).toFile()));
      }
    }
  }
}
