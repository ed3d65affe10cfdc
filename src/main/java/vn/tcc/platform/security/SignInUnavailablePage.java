package vn.tcc.platform.security;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.time.Duration;
import vn.tcc.platform.security.identitycenter.IdentityCenterProbe;

/**
 * Keycloak down (issue 21): a visitor who is not signed in is sent by the OIDC mechanism to the
 * identity center's sign-in, which his browser then cannot reach ("site can't be reached" or a page
 * that never loads). When the identity center has not answered TCC's last check, that redirect goes
 * to TCC's own page instead, which says sign-in is briefly unavailable, that whoever is signed in
 * can go on, and when to try again.
 *
 * <p>An Undertow extension rather than a servlet filter: the sign-in redirect is written by the
 * security handler, before any filter runs. Signed-in sessions never pass here: they are not
 * redirected.
 */
public class SignInUnavailablePage implements ServletExtension {
  static final String PAGE = "/public/sign-in-unavailable.xhtml";
  private static final String SIGN_IN_PATH = "/protocol/openid-connect/auth";
  private static final IdentityCenterProbe PROBE =
      new IdentityCenterProbe(Duration.ofSeconds(3), Duration.ofSeconds(3));

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    String page = context.getContextPath() + PAGE;
    deployment.addInitialHandlerChainWrapper(
        next ->
            exchange -> {
              exchange.addResponseCommitListener(
                  committing -> sendToOwnPageIfIdentityCenterIsDown(committing, page));
              next.handleRequest(exchange);
            });
  }

  static void sendToOwnPageIfIdentityCenterIsDown(HttpServerExchange exchange, String page) {
    if (exchange.getStatusCode() / 100 != 3) {
      return;
    }
    String location = exchange.getResponseHeaders().getFirst(Headers.LOCATION);
    int signIn = location == null ? -1 : location.indexOf(SIGN_IN_PATH);
    if (signIn < 0 || PROBE.answering(location.substring(0, signIn))) {
      return;
    }
    exchange.getResponseHeaders().put(Headers.LOCATION, page);
  }
}
