package vn.tcc.platform.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives every request an id, echoed in the response so a user can quote it to support. It also runs
 * on the error dispatch: a page the container refused by its security constraints never passed the
 * request's filters, and its 403 page must still show an id to quote.
 */
@WebFilter(
    filterName = "requestId",
    urlPatterns = "/*",
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR},
    asyncSupported = true)
public class RequestIdFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (req.getAttribute(RequestIds.ATTRIBUTE) != null) {
      chain.doFilter(req, res); // the error dispatch of a request that has its id
      return;
    }
    String id = RequestIds.acceptOrCreate(req.getHeader(RequestIds.HEADER));
    req.setAttribute(RequestIds.ATTRIBUTE, id);
    res.setHeader(RequestIds.HEADER, id);
    chain.doFilter(req, res);
  }
}
