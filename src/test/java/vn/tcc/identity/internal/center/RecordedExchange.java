package vn.tcc.identity.internal.center;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One recorded answer of the identity center (src/test/resources/identity-center, see its README):
 * the status line, the headers and the body, as {@code curl -si} showed them.
 */
record RecordedExchange(int status, Map<String, String> headers, byte[] body) {
  static RecordedExchange load(String name) {
    String text;
    try (InputStream in = RecordedExchange.class.getResourceAsStream("/identity-center/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No recorded exchange " + name);
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int blank = text.indexOf("\n\n");
    String[] head = text.substring(0, blank).split("\n");
    String body = text.substring(blank + 2);
    if (body.endsWith("\n")) {
      body = body.substring(0, body.length() - 1);
    }
    int status = Integer.parseInt(head[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      int colon = head[i].indexOf(':');
      headers.put(head[i].substring(0, colon).strip(), head[i].substring(colon + 1).strip());
    }
    return new RecordedExchange(status, headers, body.getBytes(StandardCharsets.UTF_8));
  }
}
