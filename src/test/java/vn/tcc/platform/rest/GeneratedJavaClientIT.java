package vn.tcc.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.testing.Database;
import vn.tcc.testing.Keycloak;
import vn.tcc.testing.TccDeployment;

/**
 * Event sources and the IOC generate their clients from TCC's OpenAPI document. This test does what
 * they do: reads the document the running server publishes under {@code /tcc/openapi}, generates a
 * Java client with openapi-generator (from Maven Central, with its spec validation on), compiles it
 * with a small caller, and posts one real event through it as a typed batch; the typed answer and
 * the stored row must agree. The generator runs in its own JVM and the client in its own class
 * loader, apart from the tests' class path.
 */
@ExtendWith(ArquillianExtension.class)
class GeneratedJavaClientIT {
  private static final Path WORK = Path.of("target", "openapi-client");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return TccDeployment.war();
  }

  @Test
  void a_java_client_generated_from_the_served_document_posts_an_event() throws Exception {
    Path tools = Path.of(System.getProperty("tcc.openapi.tools", "target/openapi-tools"));
    assertTrue(
        Files.isRegularFile(tools.resolve("openapi-generator-cli.jar")),
        "openapi-generator is not in " + tools + ": run the tests with Maven (bin/tcc test)");
    deleteRecursively(WORK);
    Files.createDirectories(WORK);

    URI base = URI.create(TccDeployment.baseUrl());
    HttpResponse<String> document =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + "/openapi"))
                    .timeout(Duration.ofSeconds(60))
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertEquals(200, document.statusCode(), "the document under /tcc/openapi");
    Path spec = WORK.resolve("tcc-openapi.yaml");
    Files.writeString(spec, document.body());

    Path generated = WORK.resolve("generated");
    run(
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-jar",
            tools.resolve("openapi-generator-cli.jar").toString(),
            "generate",
            "-g",
            "java",
            "--library",
            "native",
            "-i",
            spec.toString(),
            "-o",
            generated.toString(),
            "--api-package",
            "vn.tcc.client.api",
            "--model-package",
            "vn.tcc.client.model",
            "--invoker-package",
            "vn.tcc.client",
            "--additional-properties",
            "useJakartaEe=true,openApiNullable=false,hideGenerationTimestamp=true",
            "--global-property",
            "apiTests=false,modelTests=false,apiDocs=false,modelDocs=false"));

    Path sources = generated.resolve("src/main/java");
    Path caller = sources.resolve("vn/tcc/client/check/GeneratedClientCall.java");
    Files.createDirectories(caller.getParent());
    Files.copy(Path.of("src/test/resources/openapi-client/GeneratedClientCall.java"), caller);
    List<String> libraries = new ArrayList<>();
    try (Stream<Path> jars = Files.list(tools)) {
      jars.filter(j -> j.toString().endsWith(".jar"))
          .filter(j -> !j.getFileName().toString().startsWith("openapi-generator-cli"))
          .forEach(j -> libraries.add(j.toAbsolutePath().toString()));
    }
    Path classes = WORK.resolve("classes");
    Files.createDirectories(classes);
    List<String> arguments =
        new ArrayList<>(
            List.of(
                "-nowarn",
                "-proc:none",
                "-d",
                classes.toString(),
                "-cp",
                String.join(File.pathSeparator, libraries)));
    try (Stream<Path> files = Files.walk(sources)) {
      files.filter(f -> f.toString().endsWith(".java")).forEach(f -> arguments.add(f.toString()));
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    assertEquals(0, javac.run(null, null, null, arguments.toArray(String[]::new)), "compiled");

    String sourceEventId = "generated-client-" + UUID.randomUUID();
    String occurredAt =
        OffsetDateTime.now(ZoneOffset.ofHours(7))
            .minusMinutes(1)
            .truncatedTo(ChronoUnit.SECONDS)
            .toString();
    List<URL> path = new ArrayList<>(List.of(classes.toUri().toURL()));
    for (String library : libraries) {
      path.add(Path.of(library).toUri().toURL());
    }
    String answer;
    try (URLClassLoader client =
        new URLClassLoader(path.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
      Method post =
          client
              .loadClass("vn.tcc.client.check.GeneratedClientCall")
              .getMethod("postBatch", String.class, String.class, String.class, String.class);
      answer =
          (String)
              post.invoke(
                  null,
                  base.getScheme() + "://" + base.getAuthority(),
                  Keycloak.clientToken("tcc-event-source", "event-source-dev-secret"),
                  sourceEventId,
                  occurredAt);
    }
    String[] parts = answer.split(" ");
    assertEquals("1", parts[0], answer);
    assertEquals("ACCEPTED", parts[1], answer);
    try (Connection db = Database.asApplication();
        PreparedStatement stored =
            db.prepareStatement("SELECT source_event_id FROM vms.event WHERE id = ?")) {
      stored.setLong(1, Long.parseLong(parts[2]));
      try (ResultSet row = stored.executeQuery()) {
        assertTrue(row.next(), "the event the typed answer names is stored");
        assertEquals(sourceEventId, row.getString(1));
      }
    }
  }

  private static void run(List<String> command) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(WORK.resolve("generator.log").toFile())
            .start();
    assertTrue(process.waitFor(5, TimeUnit.MINUTES), "openapi-generator did not end");
    assertEquals(
        0,
        process.exitValue(),
        "openapi-generator refused the document:\n"
            + Files.readString(WORK.resolve("generator.log")));
  }

  private static void deleteRecursively(Path root) throws Exception {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    }
  }
}
