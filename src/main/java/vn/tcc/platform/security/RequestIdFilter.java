package vn.tcc.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Gives every request an id, echoed in the response so a user can quote it to support. */
@WebFilter(filterName = "requestId", urlPatterns = "/*")
public class RequestIdFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String id = RequestIds.acceptOrCreate(req.getHeader(RequestIds.HEADER));
    req.setAttribute(RequestIds.ATTRIBUTE, id);
    res.setHeader(RequestIds.HEADER, id);
    chain.doFilter(req, res);
  }
}
