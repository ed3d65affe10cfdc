package vn.tcc.reporting.internal.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.tcc.reporting.internal.notice.Emphasis;

/**
 * The fonts of the PDF notice: DejaVu Serif (regular, bold, italic) for the text and DejaVu Sans
 * Mono (regular, bold) for digests and codes, bundled in {@code /fonts} with their licence. PDF's
 * standard 14 fonts have no Vietnamese letters, and a server's system fonts are not ours to rely
 * on, so the notice embeds these (only the glyphs it uses).
 *
 * <p>The files are read from the classpath once per JVM and kept as bytes; each document parses
 * them from memory, because a parsed TrueType font is bound to the document that embeds it.
 */
final class NoticeFonts {
  static final String SERIF = "/fonts/DejaVuSerif.ttf";
  static final String SERIF_BOLD = "/fonts/DejaVuSerif-Bold.ttf";
  static final String SERIF_ITALIC = "/fonts/DejaVuSerif-Italic.ttf";
  static final String MONO = "/fonts/DejaVuSansMono.ttf";
  static final String MONO_BOLD = "/fonts/DejaVuSansMono-Bold.ttf";

  /** Loaded on first use, by the JVM's class initialisation lock: once, whatever the threads. */
  private static final class Files {
    static final byte[] SERIF_BYTES = read(SERIF);
    static final byte[] SERIF_BOLD_BYTES = read(SERIF_BOLD);
    static final byte[] SERIF_ITALIC_BYTES = read(SERIF_ITALIC);
    static final byte[] MONO_BYTES = read(MONO);
    static final byte[] MONO_BOLD_BYTES = read(MONO_BOLD);
  }

  final PDFont serif;
  final PDFont serifBold;
  final PDFont serifItalic;
  final PDFont mono;
  final PDFont monoBold;

  private NoticeFonts(PDDocument document) throws IOException {
    serif = load(document, Files.SERIF_BYTES);
    serifBold = load(document, Files.SERIF_BOLD_BYTES);
    serifItalic = load(document, Files.SERIF_ITALIC_BYTES);
    mono = load(document, Files.MONO_BYTES);
    monoBold = load(document, Files.MONO_BOLD_BYTES);
  }

  /** The fonts for one document; they are embedded (as subsets) when it is saved. */
  static NoticeFonts forDocument(PDDocument document) throws IOException {
    return new NoticeFonts(document);
  }

  PDFont of(Emphasis emphasis) {
    return switch (emphasis) {
      case PLAIN -> serif;
      case STRONG -> serifBold;
      case NOTE -> serifItalic;
      case CODE -> mono;
    };
  }

  private static PDFont load(PDDocument document, byte[] ttf) throws IOException {
    // The buffer wraps the shared bytes without copying them; the parsed font closes with the
    // document. Arguments: embed a subset, horizontal (not vertical) writing.
    return PDType0Font.load(document, new RandomAccessReadBuffer(ttf), true, false);
  }

  private static byte[] read(String resource) {
    try (InputStream in = NoticeFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font missing from the classpath: " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the font " + resource, e);
    }
  }
}
