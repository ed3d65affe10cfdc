package vn.tcc.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.TccDeployment;

/**
 * The OpenAPI document the running server publishes, linted by Redocly CLI with its recommended
 * rules (installed by {@code bin/tcc test}): a structural error, an operation without a summary or
 * an id, an empty server list fails the build; warnings are printed.
 */
@ExtendWith(ArquillianExtension.class)
class OpenApiLintIT {
  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void the_served_openapi_document_passes_redocly_lint() throws Exception {
    URI base = URI.create(TccDeployment.baseUrl());
    URI document = base.resolve("/openapi");
    HttpResponse<String> answer =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(document).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, answer.statusCode());
    assertTrue(answer.body().startsWith("---") || answer.body().startsWith("openapi"));
    Path file = Path.of("target", "openapi", "tcc-openapi.yaml");
    Files.createDirectories(file.getParent());
    Files.writeString(file, answer.body());

    String redocly = System.getProperty("tcc.redocly", "");
    assertTrue(
        !redocly.isBlank() && Files.isExecutable(Path.of(redocly)),
        "Redocly CLI is not installed at '" + redocly + "': run the tests with bin/tcc test");
    Process lint =
        new ProcessBuilder(redocly, "lint", file.toString(), "--format=stylish")
            .redirectErrorStream(true)
            .start();
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(lint.waitFor(3, TimeUnit.MINUTES), "Redocly lint did not end");
    System.out.println("Redocly lint of " + document + ":\n" + output);
    assertEquals(0, lint.exitValue(), "Redocly lint found errors:\n" + output);
  }
}
