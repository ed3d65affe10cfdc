package vn.tcc.shared.security;

import java.util.Set;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * Who is calling: a signed-in person or a machine client, with the roles and the jurisdiction the
 * token gave. A caller without a jurisdiction may see nothing that is scoped to one.
 *
 * @param provider for a data provider's representative (role {@code provider}), the code of the
 *     provider organisation the token names (claim {@code provider}); null for everyone else
 */
public record Caller(
    String username,
    String displayName,
    Kind kind,
    Set<String> roles,
    JurisdictionCode jurisdiction,
    String provider) {

  public enum Kind {
    USER,
    CLIENT,
    SYSTEM,
    ANONYMOUS
  }

  public static final Caller ANONYMOUS_CALLER =
      new Caller("anonymous", "anonymous", Kind.ANONYMOUS, Set.of(), null);
  public static final Caller SYSTEM_CALLER =
      new Caller("system", "TCC", Kind.SYSTEM, Set.of(), null);

  public Caller {
    roles = Set.copyOf(roles);
  }

  /** A caller who represents no data provider: staff, machine clients, the system. */
  public Caller(
      String username,
      String displayName,
      Kind kind,
      Set<String> roles,
      JurisdictionCode jurisdiction) {
    this(username, displayName, kind, roles, jurisdiction, null);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(Iterable<String> wanted) {
    for (String role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  public boolean isAuthenticated() {
    return kind == Kind.USER || kind == Kind.CLIENT;
  }

  /** True when this caller's jurisdiction includes the given one (the province includes all). */
  public boolean mayAccess(JurisdictionCode target) {
    return jurisdiction != null && target != null && jurisdiction.covers(target);
  }
}
