package vn.tcc.platform.rest;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * JSON bodies whose text is not text, refused at the door with a 400 problem (issue 21): bytes that
 * are not valid UTF-8 (the decoder would silently store replacement characters) and an escaped half
 * of a surrogate pair (stored as "?"), arrays or objects nested deeper than {@link #MAX_DEPTH} (the
 * JSON parser gave up at 1,000 with a bare RuntimeException: a 500). NUL characters are left to
 * each module's validation, which names the field (422); what slips through is a PostgreSQL data
 * exception, answered 400 by {@link ProblemExceptionMappers.UnexpectedErrors}. Runs after the
 * access check, so a caller without a token still gets his 401.
 */
@Provider
@Priority(Priorities.USER)
public class HostileInputFilter implements ContainerRequestFilter {
  @Inject Problems problems;

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    MediaType type = request.getMediaType();
    if (!request.hasEntity() || type == null || !type.getSubtype().endsWith("json")) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    String refusal = refusal(body);
    if (refusal != null) {
      request.abortWith(problems.of(400, refusal).toResponse());
    }
  }

  /**
   * Arrays and objects nested deeper than this are no body TCC takes (the parser fails at 1,000).
   */
  static final int MAX_DEPTH = 64;

  /** Why a JSON body is refused at the door (a message key), or null when it may go on. */
  static String refusal(byte[] body) {
    CharBuffer text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body));
    } catch (CharacterCodingException e) {
      return "problem.input.characters";
    }
    int n = text.length();
    int depth = 0;
    boolean inString = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (!inString) {
        if (c == '"') {
          inString = true;
        } else if (c == '[' || c == '{') {
          if (++depth > MAX_DEPTH) {
            return "problem.input.nested";
          }
        } else if (c == ']' || c == '}') {
          depth--;
        }
        continue;
      }
      if (c == '"') {
        inString = false;
        continue;
      }
      if (c != '\\' || i + 1 >= n) {
        continue;
      }
      char escaped = text.charAt(++i);
      if (escaped != 'u') {
        continue;
      }
      int unit = hex(text, i + 1);
      if (unit < 0) {
        continue; // not an escape the parser accepts: it refuses the body itself
      }
      i += 4;
      if (Character.isLowSurrogate((char) unit)) {
        return "problem.input.characters";
      }
      if (Character.isHighSurrogate((char) unit)) {
        boolean pairFollows =
            i + 6 < n
                && text.charAt(i + 1) == '\\'
                && text.charAt(i + 2) == 'u'
                && hex(text, i + 3) >= 0
                && Character.isLowSurrogate((char) hex(text, i + 3));
        if (!pairFollows) {
          return "problem.input.characters";
        }
        i += 6;
      }
    }
    return null;
  }

  /** Valid UTF-8, no escaped half of a surrogate pair, not nested too deep. */
  static boolean cleanJson(byte[] body) {
    return refusal(body) == null;
  }

  private static int hex(CharSequence text, int from) {
    if (from + 4 > text.length()) {
      return -1;
    }
    int value = 0;
    for (int k = from; k < from + 4; k++) {
      int digit = Character.digit(text.charAt(k), 16);
      if (digit < 0) {
        return -1;
      }
      value = value * 16 + digit;
    }
    return value;
  }
}
