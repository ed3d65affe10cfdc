package vn.tcc.platform.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.tcc.platform.security.RequestIds;

/**
 * Requests TCC cannot read, refused as problems before the server's own layers refuse them in their
 * bare form (issue 21): a body declared larger than {@link #MAX_BODY_BYTES} (Undertow answered an
 * empty 400 from its parser; its own hard cap is set above this one in configure.cli so this filter
 * speaks first) and an API path whose %-escapes are not UTF-8 (RESTEasy's servlet answered an empty
 * 400 before any exception mapper). A chunked API body is read here up to the limit, so an
 * oversized one is a problem as well. Pages get the status with the server's error page.
 */
@WebFilter(filterName = "unreadableRequest", urlPatterns = "/*", asyncSupported = true)
public class UnreadableRequestFilter extends HttpFilter {
  /** The largest body TCC takes: what Undertow allowed by default before (10 MiB). */
  public static final long MAX_BODY_BYTES = 10L * 1024 * 1024;

  @Inject Problems problems;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    boolean api = req.getRequestURI().startsWith(req.getContextPath() + "/api/");
    if (req.getContentLengthLong() > MAX_BODY_BYTES) {
      refuse(req, res, api, 413, "problem.413.detail");
      return;
    }
    if (api && !escapesAreUtf8(req.getRequestURI())) {
      refuse(req, res, true, 400, "problem.input.characters");
      return;
    }
    if (api && isChunkedBody(req)) {
      // A body sent in chunks declares no length: it is read here, at most one byte past the
      // limit, so an oversized one is refused as a problem too (Undertow's cap would cut it with
      // its bare 400). Form bodies stay with the server, whose parameters read its own stream.
      byte[] body = readAtMost(req.getInputStream(), MAX_BODY_BYTES + 1);
      if (body.length > MAX_BODY_BYTES) {
        refuse(req, res, true, 413, "problem.413.detail");
        return;
      }
      chain.doFilter(new BufferedBodyRequest(req, body), res);
      return;
    }
    chain.doFilter(req, res);
  }

  static boolean isChunkedBody(HttpServletRequest req) {
    String encoding = req.getHeader("Transfer-Encoding");
    String type = req.getContentType();
    return req.getContentLengthLong() < 0
        && encoding != null
        && encoding.toLowerCase(java.util.Locale.ROOT).contains("chunked")
        && (type == null
            || !type.toLowerCase(java.util.Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded"));
  }

  static byte[] readAtMost(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] chunk = new byte[64 * 1024];
    int read;
    while (bytes.size() < limit
        && (read = in.read(chunk, 0, (int) Math.min(chunk.length, limit - bytes.size()))) != -1) {
      bytes.write(chunk, 0, read);
    }
    return bytes.toByteArray();
  }

  /** The request with its body already read (at most {@link #MAX_BODY_BYTES}). */
  static final class BufferedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    BufferedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new IllegalStateException("The body was already read");
        }
      };
    }

    @Override
    public BufferedReader getReader() throws IOException {
      String encoding = getCharacterEncoding();
      return new BufferedReader(
          new InputStreamReader(
              getInputStream(),
              encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }

  private void refuse(
      HttpServletRequest req, HttpServletResponse res, boolean api, int status, String key)
      throws IOException {
    // The body is left unread: the server discards it before the connection's next request.
    if (!api) {
      res.sendError(status);
      return;
    }
    if (req.getAttribute(RequestIds.ATTRIBUTE) == null) {
      // This filter may run before the request-id filter: the problem still carries an id.
      String id = RequestIds.acceptOrCreate(req.getHeader(RequestIds.HEADER));
      req.setAttribute(RequestIds.ATTRIBUTE, id);
      res.setHeader(RequestIds.HEADER, id);
    }
    Problem problem = problems.of(status, key);
    JsonObjectBuilder json =
        Json.createObjectBuilder()
            .add("type", problem.type())
            .add("title", problem.title())
            .add("status", problem.status());
    if (problem.detail() != null) {
      json.add("detail", problem.detail());
    }
    if (problem.instance() != null) {
      json.add("instance", problem.instance());
    }
    if (problem.requestId() != null) {
      json.add("requestId", problem.requestId());
    }
    byte[] body = json.build().toString().getBytes(StandardCharsets.UTF_8);
    res.setStatus(status);
    res.setContentType(Problem.MEDIA_TYPE);
    res.setCharacterEncoding("UTF-8");
    res.setContentLength(body.length);
    res.getOutputStream().write(body);
  }

  /** Whether the %-escapes of a raw request URI decode as UTF-8 (and are escapes at all). */
  static boolean escapesAreUtf8(String rawUri) {
    if (rawUri.indexOf('%') < 0) {
      return true;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(rawUri.length());
    for (int i = 0; i < rawUri.length(); i++) {
      char c = rawUri.charAt(i);
      if (c != '%') {
        bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
        continue;
      }
      if (i + 2 >= rawUri.length()) {
        return false;
      }
      int high = Character.digit(rawUri.charAt(i + 1), 16);
      int low = Character.digit(rawUri.charAt(i + 2), 16);
      if (high < 0 || low < 0) {
        return false;
      }
      bytes.write(high * 16 + low);
      i += 2;
    }
    try {
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray()));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
