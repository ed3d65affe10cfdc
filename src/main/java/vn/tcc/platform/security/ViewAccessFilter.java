package vn.tcc.platform.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import vn.tcc.shared.security.CurrentRequest;

/**
 * Every page request is checked against {@link ViewRoles}: a role that may not open the page gets
 * the 403 page (recorded by {@link AccessDeniedAuditFilter}), whether he typed the address or
 * followed a link, before any of the page's beans runs. Jurisdiction is the page's own business:
 * another ward's object answers the 404 page from the page's load.
 */
@WebFilter(filterName = "viewAccess", urlPatterns = "/*", asyncSupported = true)
public class ViewAccessFilter extends HttpFilter {
  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";

  @Inject ViewRoleTable table;
  @Inject CurrentRequest currentRequest;

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    String path = viewPath(req);
    if (path == null || path.startsWith(FACES_RESOURCES) || path.startsWith("/error/")) {
      // Not a page (the API, static files, Faces resources) or an error page: nothing to decide.
      chain.doFilter(req, res);
      return;
    }
    ViewRoles roles = table.roles();
    switch (roles.decide(path, currentRequest.caller())) {
      case PUBLIC, ALLOWED -> chain.doFilter(req, res);
      case NOT_FOUND -> res.sendError(HttpServletResponse.SC_NOT_FOUND);
      case FORBIDDEN -> {
        if (!roles.declares(path) && !table.exists(path)) {
          chain.doFilter(req, res); // no such page: the Faces servlet answers 404
        } else {
          res.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
      }
    }
  }

  /** The view asked for, e.g. /vms/connections.xhtml; the address of TCC itself is its index. */
  static String viewPath(HttpServletRequest req) {
    String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
    if (path.isEmpty() || path.endsWith("/")) {
      return (path.isEmpty() ? "/" : path) + "index.xhtml";
    }
    return path.endsWith(".xhtml") ? path : null;
  }
}
