package vn.tcc.reporting.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.internal.notice.Emphasis;

class NoticeFontsTest {
  private static final List<String> FONTS =
      List.of(
          NoticeFonts.SERIF,
          NoticeFonts.SERIF_BOLD,
          NoticeFonts.SERIF_ITALIC,
          NoticeFonts.MONO,
          NoticeFonts.MONO_BOLD);

  @Test
  void the_bundled_fonts_and_their_licence_are_on_the_classpath() throws IOException {
    for (String font : FONTS) {
      try (InputStream in = NoticeFonts.class.getResourceAsStream(font)) {
        assertNotNull(in, font);
        byte[] header = in.readNBytes(4);
        // A TrueType font starts with the version 1.0 tag 00 01 00 00.
        assertTrue(header.length == 4 && header[0] == 0 && header[1] == 1, font);
      }
    }
    try (InputStream in = NoticeFonts.class.getResourceAsStream("/fonts/LICENSE-DejaVu.txt")) {
      assertNotNull(in, "licence");
      String licence = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(licence.contains("Bitstream Vera Fonts Copyright"));
      assertTrue(licence.contains("Arev Fonts Copyright"));
    }
  }

  @Test
  void the_text_fonts_have_every_vietnamese_letter_and_the_mono_fonts_every_code_character()
      throws IOException {
    String letters =
        "Đđ Ăă Ââ Êê Ôô Ơơ Ưư ầẩẫấậ ằẳẵắặ ềểễếệ ồổỗốộ ờởỡớợ ừửữứự ỳỷỹýỵ ẦẨẪẤẬ ỀỂỄẾỆ ỜỞỠỚỢ ỪỬỮỨỰ";
    String codeCharacters = "0123456789abcdefABCDEFGHIJKLMNOPQRSTUVWXYZ-";
    try (PDDocument document = new PDDocument()) {
      NoticeFonts fonts = NoticeFonts.forDocument(document);
      for (PDFont font : List.of(fonts.serif, fonts.serifBold, fonts.serifItalic)) {
        assertDoesNotThrow(() -> font.encode(letters), font.getName());
      }
      // DejaVu Sans Mono lacks some Vietnamese letters: PdfPageFlow takes those from the serif.
      for (PDFont font : List.of(fonts.mono, fonts.monoBold)) {
        assertDoesNotThrow(() -> font.encode(codeCharacters), font.getName());
      }
      for (Emphasis emphasis : Emphasis.values()) {
        assertNotNull(fonts.of(emphasis));
      }
    }
  }
}
