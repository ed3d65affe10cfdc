package vn.tcc.platform.security.identitycenter;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdentityCenterProbeTest {
  private final IdentityCenterProbe probe =
      new IdentityCenterProbe(Duration.ofMillis(200), Duration.ofSeconds(1));

  @Test
  void a_realm_that_refuses_connections_is_seen_as_down_after_two_checks() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    String realm = "http://127.0.0.1:" + closedPort + "/realms/tcc";
    assertTrue(probe.answering(realm), "not checked yet: counts as answering, never waits");
    assertTrue(eventually(() -> !probe.answering(realm)), "down once two checks have failed");
  }

  @Test
  void a_realm_that_answers_its_discovery_stays_up_and_is_asked_at_most_once_per_period()
      throws Exception {
    AtomicInteger asked = new AtomicInteger();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/realms/tcc/.well-known/openid-configuration",
        exchange -> {
          asked.incrementAndGet();
          byte[] discovery = "{}".getBytes();
          exchange.sendResponseHeaders(200, discovery.length);
          exchange.getResponseBody().write(discovery);
          exchange.close();
        });
    server.start();
    try {
      String realm = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/tcc";
      for (int i = 0; i < 50; i++) {
        assertTrue(probe.answering(realm));
      }
      assertTrue(eventually(() -> asked.get() == 1), "one check for 50 questions in a period");
      assertTrue(
          eventually(() -> probe.answering(realm) && asked.get() == 2),
          "checked again once the period is over");
      assertTrue(asked.get() == 2, "not more than once per period: " + asked.get());
      server.stop(0);
      assertTrue(eventually(() -> !probe.answering(realm)), "down once it stops answering");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void an_address_that_is_not_one_is_never_checked_and_never_fails_the_caller() {
    assertTrue(probe.answering("not a url"));
    assertTrue(probe.answering("not a url"), "asked again: still no exception, still no check");
  }

  private static boolean eventually(java.util.function.BooleanSupplier condition)
      throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }
}
