package vn.tcc.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;

/**
 * The browser-side hardening every answer carries (issue 21, OWASP ASVS V14.4): a content security
 * policy, no framing by other sites, no MIME sniffing, no referrer leaving the site, no access to
 * the camera, microphone or location, and HSTS when the request came over TLS.
 *
 * <p>Scripts keep {@code 'unsafe-inline'} and {@code 'unsafe-eval'}: PrimeFaces writes its widgets
 * as inline scripts and evaluates the scripts of partial updates. Everything else is this origin
 * only, plus the province's own tile server when {@code TCC_MAP_TILE_URL} names one.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {
  static final String HSTS = "max-age=31536000; includeSubDomains";

  private final String policy =
      contentSecurityPolicy(
          System.getenv("TCC_MAP_TILE_URL"),
          System.getenv()
              .getOrDefault("TCC_OIDC_PROVIDER_URL", "http://localhost:8180/realms/tcc"));

  @Override
  protected void doFilter(HttpServletRequest req, HttpServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    res.setHeader("Content-Security-Policy", policy);
    res.setHeader("X-Content-Type-Options", "nosniff");
    res.setHeader("X-Frame-Options", "SAMEORIGIN");
    res.setHeader("Referrer-Policy", "same-origin");
    res.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
    res.setHeader("Cross-Origin-Opener-Policy", "same-origin");
    if (req.isSecure()) {
      res.setHeader("Strict-Transport-Security", HSTS);
    }
    chain.doFilter(req, res);
  }

  /**
   * The policy, with the tile server's origin (if any) allowed for images and the sign-on server's
   * for forms: signing out posts a form whose answer redirects to Keycloak, and browsers hold
   * form-action to the redirect's target too.
   */
  static String contentSecurityPolicy(String tileUrl, String signOnUrl) {
    String tiles = originOf(tileUrl);
    String signOn = originOf(signOnUrl);
    return "default-src 'self'; "
        + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
        + "style-src 'self' 'unsafe-inline'; "
        + "img-src 'self' data: blob:"
        + (tiles.isEmpty() ? "" : " " + tiles)
        + "; "
        + "media-src 'self' blob:; "
        + "font-src 'self' data:; "
        + "connect-src 'self'; "
        + "object-src 'none'; "
        + "base-uri 'self'; "
        + "form-action 'self'"
        + (signOn.isEmpty() ? "" : " " + signOn)
        + "; "
        + "frame-ancestors 'self'";
  }

  /**
   * The scheme, host and port of a URL or tile URL template such as {@code
   * https://tiles.example.gov.vn/{z}/{x}/{y}.png}; empty for none or anything that is not http(s).
   */
  static String originOf(String url) {
    if (url == null || url.isBlank()) {
      return "";
    }
    String template = url.strip();
    int pathStart = template.indexOf('/', template.indexOf("://") + 3);
    String origin = pathStart < 0 ? template : template.substring(0, pathStart);
    // Leaflet's {s} subdomain placeholder: any subdomain of the host.
    origin = origin.replace("{s}", "*");
    try {
      URI uri = URI.create(origin.replace("*", "s"));
      String scheme = uri.getScheme();
      if (!("http".equals(scheme) || "https".equals(scheme)) || uri.getHost() == null) {
        return "";
      }
    } catch (IllegalArgumentException notAUrl) {
      return "";
    }
    return origin.matches("https?://[A-Za-z0-9.*:\\[\\]-]+") ? origin : "";
  }
}
