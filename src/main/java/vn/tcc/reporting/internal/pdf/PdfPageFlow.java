package vn.tcc.reporting.internal.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.util.Matrix;
import vn.tcc.reporting.internal.notice.Emphasis;
import vn.tcc.reporting.internal.notice.Paragraph;
import vn.tcc.reporting.internal.notice.Span;

/**
 * A small page-layout engine over PDFBox, just what the notice needs: paragraphs that wrap at word
 * boundaries (a word wider than the line, such as a URL, is cut between characters) and may be
 * justified, blocks measured before they are drawn so that a table row or a framed box is never
 * split, and new A4 pages when the current one is full. PDFBox draws only what it is told where it
 * is told; everything here is in PDF points (1/72 inch), y growing upwards.
 *
 * <p>One instance lays out one document, on one thread.
 */
final class PdfPageFlow implements Closeable {
  enum Align {
    LEFT,
    CENTRE,
    JUSTIFY
  }

  /**
   * How a paragraph is set: its size in points, the distance between baselines as a multiple of the
   * size, and which font each emphasis gets.
   */
  record TextStyle(float size, float leading, Function<Emphasis, PDFont> fonts) {
    float lineHeight() {
      return size * leading;
    }
  }

  /** Text in one font and size, measured: a word is one or more pieces. */
  private record Piece(String text, PDFont font, float size, float width) {}

  private record Word(List<Piece> pieces, float width) {}

  /** One laid-out line: its words, their x offsets from the block's left edge. */
  record Line(List<Word> words, float[] offsets, float width, float height, float size) {}

  /** Lines measured for a width, drawn later at any place. */
  record TextBlock(List<Line> lines, float height, float width) {
    /** Distance from the block's top to the first baseline. */
    float firstBaseline() {
      return lines.isEmpty() ? 0 : baselineOffset(lines.get(0));
    }
  }

  static final float MM = 72f / 25.4f;

  private static final char REPLACEMENT = '?';

  private final PDDocument document;
  private final float left;
  private final float right;
  private final float top;
  private final float bottom;
  private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();
  private PDPage page;
  private PDPageContentStream stream;
  private float y;

  PdfPageFlow(
      PDDocument document,
      float marginTop,
      float marginRight,
      float marginBottom,
      float marginLeft) {
    this.document = document;
    this.left = marginLeft;
    this.right = PDRectangle.A4.getWidth() - marginRight;
    this.top = PDRectangle.A4.getHeight() - marginTop;
    this.bottom = marginBottom;
  }

  float left() {
    return left;
  }

  float width() {
    return right - left;
  }

  /** The top of the free space on the current page. */
  float y() {
    return y;
  }

  void down(float distance) {
    y -= distance;
  }

  /** Starts a new page unless {@code height} still fits on this one (or this one is empty). */
  void ensure(float height) throws IOException {
    if (stream == null || (y - height < bottom && y < top)) {
      newPage();
    }
  }

  void newPage() throws IOException {
    closeStream();
    page = new PDPage(PDRectangle.A4);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = top;
  }

  /**
   * Lays out and draws a paragraph at the flow's position, breaking pages between lines: {@code
   * indent} from the left margin, its first line {@code firstLineIndent} further in.
   */
  void paragraph(
      Paragraph text,
      TextStyle style,
      Align align,
      float indent,
      float firstLineIndent,
      float spaceAfter)
      throws IOException {
    TextBlock block = wrap(text, style, width() - indent, align, firstLineIndent);
    for (Line line : block.lines()) {
      ensure(line.height());
      drawLine(line, left + indent, y);
      y -= line.height();
    }
    y -= spaceAfter;
  }

  /**
   * Draws a list item: {@code bullet} at {@code indent}, the text wrapped beside it from {@code
   * textIndent}.
   */
  void bullet(
      String bullet,
      Paragraph text,
      TextStyle style,
      float indent,
      float textIndent,
      float spaceAfter)
      throws IOException {
    TextBlock block = wrap(text, style, width() - textIndent, Align.JUSTIFY);
    TextBlock mark = wrap(Paragraph.plain(bullet), style, textIndent - indent, Align.LEFT);
    boolean first = true;
    for (Line line : block.lines()) {
      ensure(line.height());
      if (first) {
        draw(mark, left + indent, y);
        first = false;
      }
      drawLine(line, left + textIndent, y);
      y -= line.height();
    }
    y -= spaceAfter;
  }

  /** Measures {@code text} into lines no wider than {@code width}. */
  TextBlock wrap(Paragraph text, TextStyle style, float width, Align align) throws IOException {
    return wrap(text, style, width, align, 0);
  }

  /** Measures {@code text} into lines no wider than {@code width}, the first one indented. */
  TextBlock wrap(Paragraph text, TextStyle style, float width, Align align, float firstLineIndent)
      throws IOException {
    List<List<Word>> hardLines = words(text, style, width - firstLineIndent);
    List<Line> lines = new ArrayList<>();
    float space = style.fonts().apply(Emphasis.PLAIN).getStringWidth(" ") / 1000 * style.size();
    for (List<Word> words : hardLines) {
      List<Word> current = new ArrayList<>();
      float currentWidth = 0;
      for (Word word : words) {
        float indent = lines.isEmpty() ? firstLineIndent : 0;
        float widthWith = current.isEmpty() ? word.width() : currentWidth + space + word.width();
        if (!current.isEmpty() && widthWith > width - indent) {
          lines.add(line(current, space, width - indent, indent, align, false, style));
          current = new ArrayList<>();
          widthWith = word.width();
        }
        current.add(word);
        currentWidth = widthWith;
      }
      float indent = lines.isEmpty() ? firstLineIndent : 0;
      lines.add(line(current, space, width - indent, indent, align, true, style));
    }
    float height = 0;
    float widest = 0;
    for (Line line : lines) {
      height += line.height();
      widest = Math.max(widest, line.width());
    }
    return new TextBlock(List.copyOf(lines), height, widest);
  }

  /** Draws a measured block with its top at {@code blockTop}; the flow's position is unchanged. */
  void draw(TextBlock block, float x, float blockTop) throws IOException {
    float lineTop = blockTop;
    for (Line line : block.lines()) {
      drawLine(line, x, lineTop);
      lineTop -= line.height();
    }
  }

  void image(PDImageXObject image, float x, float imageTop, float width, float height)
      throws IOException {
    stream.drawImage(image, x, imageTop - height, width, height);
  }

  void rectangle(float x, float rectTop, float width, float height, float lineWidth, float grey)
      throws IOException {
    if (grey < 1) {
      stream.setNonStrokingColor(grey);
      stream.addRect(x, rectTop - height, width, height);
      stream.fill();
      stream.setNonStrokingColor(0f);
    }
    if (lineWidth > 0) {
      stream.setLineWidth(lineWidth);
      stream.setStrokingColor(0f);
      stream.addRect(x, rectTop - height, width, height);
      stream.stroke();
    }
  }

  void line(float x1, float y1, float x2, float y2, float lineWidth) throws IOException {
    stream.setLineWidth(lineWidth);
    stream.setStrokingColor(0f);
    stream.moveTo(x1, y1);
    stream.lineTo(x2, y2);
    stream.stroke();
  }

  /** Makes a rectangle of the current page open {@code uri} when clicked. */
  void link(float x, float rectTop, float width, float height, String uri) throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(x, rectTop - height, width, height));
    PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
    noBorder.setWidth(0);
    link.setBorderStyle(noBorder);
    PDActionURI action = new PDActionURI();
    action.setURI(uri);
    link.setAction(action);
    page.getAnnotations().add(link);
  }

  /**
   * Text drawn at a baseline, for the footers once the page count is known; characters the font
   * lacks print as "?".
   */
  static void text(PDPageContentStream out, String text, PDFont font, float size, float x, float y)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.setTextMatrix(Matrix.getTranslateInstance(x, y));
    out.showText(printable(text, font));
    out.endText();
  }

  @Override
  public void close() throws IOException {
    closeStream();
  }

  private void closeStream() throws IOException {
    if (stream != null) {
      stream.close();
      stream = null;
    }
  }

  private void drawLine(Line line, float x, float lineTop) throws IOException {
    if (line.words().isEmpty()) {
      return;
    }
    float baseline = lineTop - baselineOffset(line);
    stream.beginText();
    PDFont current = null;
    float currentSize = 0;
    for (int i = 0; i < line.words().size(); i++) {
      float pieceX = x + line.offsets()[i];
      for (Piece piece : line.words().get(i).pieces()) {
        if (piece.font() != current || piece.size() != currentSize) {
          stream.setFont(piece.font(), piece.size());
          current = piece.font();
          currentSize = piece.size();
        }
        stream.setTextMatrix(Matrix.getTranslateInstance(pieceX, baseline));
        stream.showText(piece.text());
        pieceX += piece.width();
      }
    }
    stream.endText();
  }

  /**
   * The baseline sits a little below the size from the line's top: room for Vietnamese capitals
   * with two marks stacked (Ẫ, Ể) without touching the line above.
   */
  private static float baselineOffset(Line line) {
    return line.height() - (line.height() - line.size()) / 2 - line.size() * 0.22f;
  }

  private Line line(
      List<Word> words,
      float space,
      float width,
      float indent,
      Align align,
      boolean last,
      TextStyle style) {
    float natural = 0;
    for (Word word : words) {
      natural += word.width();
    }
    natural += space * Math.max(0, words.size() - 1);
    float[] offsets = new float[words.size()];
    float gap = space;
    float start = indent;
    if (align == Align.CENTRE) {
      start = indent + Math.max(0, (width - natural) / 2);
    } else if (align == Align.JUSTIFY && !last && words.size() > 1) {
      gap = space + (width - natural) / (words.size() - 1);
    }
    float x = start;
    for (int i = 0; i < words.size(); i++) {
      offsets[i] = x;
      x += words.get(i).width() + gap;
    }
    float drawnWidth = words.isEmpty() ? 0 : x - gap - start; // what the words cover
    return new Line(List.copyOf(words), offsets, drawnWidth, style.lineHeight(), style.size());
  }

  /**
   * The paragraph's words, split into the lines its explicit line breaks make. A character the
   * span's font lacks is taken from the plain text font (DejaVu Sans Mono has no "ầ"), and printed
   * as "?" when that lacks it too.
   */
  private List<List<Word>> words(Paragraph text, TextStyle style, float width) throws IOException {
    PDFont fallback = style.fonts().apply(Emphasis.PLAIN);
    List<List<Word>> lines = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    List<Piece> pieces = new ArrayList<>();
    for (Span span : text.spans()) {
      PDFont spanFont = style.fonts().apply(span.emphasis());
      PDFont runFont = spanFont;
      StringBuilder run = new StringBuilder();
      String spanText = span.text();
      for (int i = 0; i < spanText.length(); ) {
        int codePoint = spanText.codePointAt(i);
        i += Character.charCount(codePoint);
        // Words break at whitespace; a no-break space (not whitespace to Java) stays in its word.
        if (Character.isWhitespace(codePoint)) {
          addPiece(pieces, run, runFont, style.size());
          addWord(words, pieces, width);
          if (codePoint == '\n' || (codePoint == '\r' && !next(spanText, i, '\n'))) {
            lines.add(words);
            words = new ArrayList<>();
          }
        } else if (!Character.isISOControl(codePoint)) {
          PDFont font = spanFont;
          int printed = codePoint;
          if (!isPrintable(codePoint, spanFont)) {
            if (isPrintable(codePoint, fallback)) {
              font = fallback;
            } else {
              printed = REPLACEMENT;
            }
          }
          if (font != runFont) {
            addPiece(pieces, run, runFont, style.size());
            runFont = font;
          }
          run.appendCodePoint(printed);
        }
      }
      addPiece(pieces, run, runFont, style.size());
    }
    addWord(words, pieces, width);
    lines.add(words);
    return lines;
  }

  private static boolean next(String text, int index, char wanted) {
    return index < text.length() && text.charAt(index) == wanted;
  }

  private static void addPiece(List<Piece> pieces, StringBuilder run, PDFont font, float size)
      throws IOException {
    if (run.isEmpty()) {
      return;
    }
    String text = run.toString();
    pieces.add(new Piece(text, font, size, font.getStringWidth(text) / 1000 * size));
    run.setLength(0);
  }

  /** Ends the word being built; one wider than the line is cut into pieces that fit. */
  private static void addWord(List<Word> words, List<Piece> pieces, float width)
      throws IOException {
    if (pieces.isEmpty()) {
      return;
    }
    float total = 0;
    for (Piece piece : pieces) {
      total += piece.width();
    }
    if (total <= width) {
      words.add(new Word(List.copyOf(pieces), total));
      pieces.clear();
      return;
    }
    List<Piece> chunk = new ArrayList<>();
    float chunkWidth = 0;
    for (Piece piece : pieces) {
      StringBuilder part = new StringBuilder();
      float partWidth = 0;
      String text = piece.text();
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        i += Character.charCount(codePoint);
        String character = new String(Character.toChars(codePoint));
        float characterWidth = piece.font().getStringWidth(character) / 1000 * piece.size();
        if (chunkWidth + partWidth + characterWidth > width && (chunkWidth > 0 || partWidth > 0)) {
          if (!part.isEmpty()) {
            chunk.add(new Piece(part.toString(), piece.font(), piece.size(), partWidth));
          }
          words.add(new Word(List.copyOf(chunk), chunkWidth + partWidth));
          chunk.clear();
          chunkWidth = 0;
          part.setLength(0);
          partWidth = 0;
        }
        part.append(character);
        partWidth += characterWidth;
      }
      if (!part.isEmpty()) {
        chunk.add(new Piece(part.toString(), piece.font(), piece.size(), partWidth));
        chunkWidth += partWidth;
      }
    }
    if (!chunk.isEmpty()) {
      words.add(new Word(List.copyOf(chunk), chunkWidth));
    }
    pieces.clear();
  }

  /** {@code text} with the characters {@code font} lacks replaced by "?" (and controls dropped). */
  static String printable(String text, PDFont font) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .filter(codePoint -> !Character.isISOControl(codePoint))
        .forEach(
            codePoint -> out.appendCodePoint(hasGlyph(font, codePoint) ? codePoint : REPLACEMENT));
    return out.toString();
  }

  /**
   * Whether the font has a glyph for the character: PDFBox refuses to show one it lacks, and a
   * stray emoji in an address must not stop a notice. Remembered per font for the document.
   */
  private boolean isPrintable(int codePoint, PDFont font) {
    return glyphs
        .computeIfAbsent(font, f -> new HashMap<>())
        .computeIfAbsent(codePoint, c -> hasGlyph(font, c));
  }

  private static boolean hasGlyph(PDFont font, int codePoint) {
    try {
      font.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException e) {
      return false;
    }
  }
}
