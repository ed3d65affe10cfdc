package vn.tcc.vms.internal.zoneminder;

import java.text.Normalizer;
import java.time.Duration;
import vn.tcc.vms.api.VmsEventRequest;

/**
 * The line zmtrigger (TCP port 6802) reads to raise an event: {@code
 * MID|on+SECONDS|SCORE|CAUSE|NOTES|}. zmtrigger splits on '|' and lines on newlines, and ZM keeps
 * the cause in 32 bytes and the notes in 256 (C strings), as bytes it does not decode: non-ASCII
 * letters come back as '?'. So the cause and notes are folded to ASCII (Vietnamese diacritics
 * dropped, đ → d), stripped of '|' and line breaks and cut to 31 and 254 characters. The notes end
 * with a blank so that ZM, which glues the notes of triggers merged into one event, keeps them
 * apart (see {@link ZoneMinderNotes}).
 */
final class ZoneMinderTrigger {
  static final int DEFAULT_PORT = 6802;
  static final int MAX_CAUSE = 31;
  static final int MAX_NOTES = 254;
  static final Duration DEFAULT_LENGTH = Duration.ofSeconds(5);
  static final long MAX_SECONDS = 3600;

  private ZoneMinderTrigger() {}

  /**
   * The trigger line (with its newline) for monitor {@code monitorId}. A score below 1 is raised to
   * 1 (zmtrigger ignores "on" with score 0); the length is whole seconds, 1 s to 1 h, 5 s when none
   * is given.
   */
  static String message(String monitorId, VmsEventRequest request) {
    String cause = ascii(request.cause(), MAX_CAUSE);
    if (cause.isBlank()) {
      cause = "TCC";
    }
    String notes = ascii(request.notes(), MAX_NOTES);
    Duration length = request.length() == null ? DEFAULT_LENGTH : request.length();
    long seconds = Math.min(MAX_SECONDS, Math.max(1, (length.toMillis() + 999) / 1000));
    int score = Math.max(1, request.score());
    return monitorId
        + "|on+"
        + seconds
        + "|"
        + score
        + "|"
        + cause
        + "|"
        + (notes.isEmpty() ? "" : notes + " ")
        + "|\n";
  }

  /** {@code text} as printable ASCII without '|', at most {@code max} characters, trimmed. */
  static String ascii(String text, int max) {
    if (text == null) {
      return "";
    }
    String folded =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "");
    StringBuilder out = new StringBuilder(folded.length());
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (c == '|' || Character.isWhitespace(c)) {
        out.append(' ');
      } else if (c >= 0x20 && c < 0x7f) {
        out.append(c);
      } else {
        out.append('?');
      }
    }
    String clean = out.toString().replaceAll(" {2,}", " ").strip();
    return clean.length() > max ? clean.substring(0, max).strip() : clean;
  }
}
