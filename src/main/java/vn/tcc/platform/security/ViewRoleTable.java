package vn.tcc.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The WAR's {@link ViewRoles}, read once from {@value ViewRoles#RESOURCE}. */
@ApplicationScoped
public class ViewRoleTable {
  @Inject ServletContext servletContext;
  private volatile ViewRoles roles;

  public ViewRoles roles() {
    ViewRoles read = roles;
    if (read == null) {
      try (InputStream in = servletContext.getResourceAsStream(ViewRoles.RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(ViewRoles.RESOURCE + " is missing from the WAR");
        }
        read = ViewRoles.read(new InputStreamReader(in, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      roles = read;
    }
    return read;
  }

  /** Whether a page exists in the WAR at that servlet path. */
  public boolean exists(String path) {
    try {
      return servletContext.getResource(path) != null;
    } catch (java.net.MalformedURLException e) {
      return false;
    }
  }
}
