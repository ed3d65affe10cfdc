package vn.tcc.reporting.internal.notice;

/** How a piece of notice text stands out; each writer maps it to its own fonts. */
public enum Emphasis {
  PLAIN,
  /** Bold: the facts the recipient must not miss (plate, violation, fine, deadline). */
  STRONG,
  /** Italic: explanations and warnings. */
  NOTE,
  /** Monospace: digests and codes, where every character must be readable as itself. */
  CODE
}
