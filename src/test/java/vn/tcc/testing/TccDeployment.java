package vn.tcc.testing;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The real WAR the build produced, deployed as-is (black-box tests run as clients). */
public final class TccDeployment {
  private TccDeployment() {}

  public static WebArchive war() {
    File war = new File(System.getProperty("tcc.war", "target/tcc.war"));
    if (!war.isFile()) {
      throw new IllegalStateException("Build the WAR first (mvn package): " + war);
    }
    return ShrinkWrap.createFromZipFile(WebArchive.class, war);
  }

  /**
   * The real WAR for a test that runs inside the server (Arquillian's servlet protocol): the same
   * archive, with the protocol's runner servlet among the paths the container does not sign in
   * (beside {@code /api/*} and {@code /public/*}). Without it the sign-in answers the runner's
   * plain HTTP call instead of the test; nothing else of the application changes.
   */
  public static WebArchive inContainer() {
    WebArchive war = war();
    String webXml;
    try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
      webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the WAR's web.xml", e);
    }
    String open = "<url-pattern>/public/*</url-pattern>";
    if (!webXml.contains(open)) {
      throw new IllegalStateException("web.xml no longer has the public paths' constraint");
    }
    war.delete("WEB-INF/web.xml");
    return war.setWebXML(
        new StringAsset(
            webXml.replace(open, open + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
  }

  public static String baseUrl() {
    return System.getProperty("tcc.base.url", "http://localhost:8080/tcc");
  }
}
