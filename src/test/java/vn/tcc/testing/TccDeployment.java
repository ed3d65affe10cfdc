package vn.tcc.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
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

  public static String baseUrl() {
    return System.getProperty("tcc.base.url", "http://localhost:8080/tcc");
  }
}
