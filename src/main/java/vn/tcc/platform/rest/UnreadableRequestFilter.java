package vn.tcc.platform.rest;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import vn.tcc.platform.security.RequestIds;

/**
 * Requests TCC cannot read, refused as problems before the server's own layers refuse them in their
 * bare form (issue 21): a body declared larger than {@link #MAX_BODY_BYTES} (Undertow answered an
 * empty 400 from its parser; its own hard cap is set above this one in configure.cli so this filter
 * speaks first) and an API path whose %-escapes are not UTF-8 (RESTEasy's servlet answered an empty
 * 400 before any exception mapper). Pages get the status with the server's error page.
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
    chain.doFilter(req, res);
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
