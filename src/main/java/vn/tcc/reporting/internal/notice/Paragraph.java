package vn.tcc.reporting.internal.notice;

import java.util.List;
import java.util.stream.Collectors;

/** A paragraph of the notice: spans that flow and wrap together. */
public record Paragraph(List<Span> spans) {
  public Paragraph {
    spans = List.copyOf(spans);
  }

  public static Paragraph of(Span... spans) {
    return new Paragraph(List.of(spans));
  }

  public static Paragraph plain(String text) {
    return of(Span.plain(text));
  }

  /** The words without emphasis, e.g. to check that a document shows them. */
  public String text() {
    return spans.stream().map(Span::text).collect(Collectors.joining());
  }
}
