package vn.tcc.reporting.internal.notice;

import java.util.Objects;

/** A run of text with one emphasis inside a {@link Paragraph}. */
public record Span(String text, Emphasis emphasis) {
  public Span {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(emphasis, "emphasis");
  }

  public static Span plain(String text) {
    return new Span(text, Emphasis.PLAIN);
  }

  public static Span strong(String text) {
    return new Span(text, Emphasis.STRONG);
  }

  public static Span note(String text) {
    return new Span(text, Emphasis.NOTE);
  }

  public static Span code(String text) {
    return new Span(text, Emphasis.CODE);
  }
}
