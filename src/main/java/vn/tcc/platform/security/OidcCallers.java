package vn.tcc.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wildfly.security.http.oidc.AccessToken;
import org.wildfly.security.http.oidc.OidcPrincipal;
import org.wildfly.security.http.oidc.OidcSecurityContext;
import org.wildfly.security.http.oidc.RealmAccessClaim;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

/**
 * Turns Keycloak's token into a {@link Caller}. A token without TCC's audience is treated as no
 * token at all: WildFly already checks it, this keeps the rule true if that setting is ever lost.
 */
public final class OidcCallers {
  /** The audience TCC's tokens must carry (the client id of the application). */
  public static final String AUDIENCE = System.getenv().getOrDefault("TCC_OIDC_CLIENT_ID", "tcc");

  private OidcCallers() {}

  public static Caller from(HttpServletRequest request) {
    Principal principal = request.getUserPrincipal();
    if (!(principal instanceof OidcPrincipal<?> oidc)) {
      return Caller.ANONYMOUS_CALLER;
    }
    OidcSecurityContext context = oidc.getOidcSecurityContext();
    AccessToken token = context == null ? null : context.getToken();
    if (token == null || !audienceMatches(token.getAudience())) {
      return Caller.ANONYMOUS_CALLER;
    }
    Set<String> roles = new HashSet<>();
    RealmAccessClaim realmAccess = token.getRealmAccessClaim();
    if (realmAccess != null && realmAccess.getRoles() != null) {
      roles.addAll(realmAccess.getRoles());
    }
    String username = token.getClaimValueAsString("preferred_username");
    boolean serviceAccount = username != null && username.startsWith("service-account-");
    String clientId = token.getClaimValueAsString("azp");
    // Vietnamese names read family name first ("Nguyễn Văn An"); Keycloak's "name" puts it last.
    String family = token.getClaimValueAsString("family_name");
    String given = token.getClaimValueAsString("given_name");
    String displayName =
        family != null && given != null
            ? family + " " + given
            : token.getClaimValueAsString("name");
    return new Caller(
        serviceAccount && clientId != null ? clientId : principal.getName(),
        displayName == null || displayName.isBlank() ? principal.getName() : displayName,
        serviceAccount ? Caller.Kind.CLIENT : Caller.Kind.USER,
        roles,
        JurisdictionCode.parseOrNull(token.getClaimValueAsString("jurisdiction")),
        token.getClaimValueAsString("provider"));
  }

  /** One string claim of a token that carries TCC's audience; null otherwise. */
  public static String claim(HttpServletRequest request, String name) {
    if (!(request.getUserPrincipal() instanceof OidcPrincipal<?> oidc)) {
      return null;
    }
    OidcSecurityContext context = oidc.getOidcSecurityContext();
    AccessToken token = context == null ? null : context.getToken();
    if (token == null || !audienceMatches(token.getAudience())) {
      return null;
    }
    return token.getClaimValueAsString(name);
  }

  /** The OpenID provider's end-session endpoint and the id token, for signing out of Keycloak. */
  public static SignOutTarget signOutTarget(HttpServletRequest request) {
    if (request.getUserPrincipal() instanceof OidcPrincipal<?> oidc
        && oidc.getOidcSecurityContext()
            instanceof org.wildfly.security.http.oidc.RefreshableOidcSecurityContext refreshable
        && refreshable.getOidcClientConfiguration() != null) {
      return new SignOutTarget(
          refreshable.getOidcClientConfiguration().getLogoutUrl(), refreshable.getIDTokenString());
    }
    return null;
  }

  public record SignOutTarget(String endSessionUrl, String idToken) {}

  private static boolean audienceMatches(List<String> audience) {
    return audience != null && audience.contains(AUDIENCE);
  }
}
