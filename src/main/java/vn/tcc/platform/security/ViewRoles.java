package vn.tcc.platform.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * Who may open which page, as declared in {@code WEB-INF/view-roles.properties}: one line per view,
 * its path and the roles that may open it. One table serves the check of every page request and the
 * menu, so a link shows exactly when its page opens, and a page nobody declared is refused.
 */
public final class ViewRoles {
  /** Where the table is in the WAR. */
  public static final String RESOURCE = "/WEB-INF/view-roles.properties";

  private static final String STAFF = "staff";
  private static final String PUBLIC = "public";
  private static final String NONE = "none";
  private static final String PROVINCE = "@province";
  private static final Set<String> KNOWN_ROLES = knownRoles();

  /** What a request for a view gets. */
  public enum Decision {
    /** Nothing to check: a public page, or no page of the table (a resource, an error page). */
    PUBLIC,
    ALLOWED,
    FORBIDDEN,
    /** A fragment that is only included; as an address it does not exist. */
    NOT_FOUND
  }

  private record Rule(Set<String> roles, boolean isPublic, boolean provinceOnly) {}

  private final Map<String, Rule> rules;

  private ViewRoles(Map<String, Rule> rules) {
    this.rules = rules;
  }

  /**
   * Reads the table; a role it does not know, a duplicate or a line without "=" is an error at
   * startup rather than a page silently open or closed.
   */
  public static ViewRoles read(Reader text) throws IOException {
    Map<String, Rule> rules = new LinkedHashMap<>();
    BufferedReader lines = new BufferedReader(text);
    String line;
    int number = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      String content = line.strip();
      if (content.isEmpty() || content.startsWith("#")) {
        continue;
      }
      int equals = content.indexOf('=');
      if (equals < 0 || !content.startsWith("/")) {
        throw new IllegalArgumentException("view-roles line " + number + ": path = roles");
      }
      String path = content.substring(0, equals).strip();
      Set<String> roles = new LinkedHashSet<>();
      boolean isPublic = false;
      boolean provinceOnly = false;
      for (String word : content.substring(equals + 1).strip().split("\\s+")) {
        switch (word) {
          case STAFF -> roles.addAll(Role.STAFF);
          case PUBLIC -> isPublic = true;
          case NONE -> {}
          case PROVINCE -> provinceOnly = true;
          default -> {
            if (!KNOWN_ROLES.contains(word)) {
              throw new IllegalArgumentException(
                  "view-roles line " + number + ": unknown role " + word);
            }
            roles.add(word);
          }
        }
      }
      if (rules.put(path, new Rule(Set.copyOf(roles), isPublic, provinceOnly)) != null) {
        throw new IllegalArgumentException("view-roles line " + number + ": " + path + " twice");
      }
    }
    return new ViewRoles(rules);
  }

  /** The declared views, in the table's order. */
  public List<String> views() {
    return new ArrayList<>(rules.keySet());
  }

  public boolean declares(String path) {
    return rules.containsKey(path);
  }

  /**
   * What a caller asking for {@code path} (the servlet path, e.g. {@code /vms/connections.xhtml})
   * gets. A path the table does not name is {@link Decision#FORBIDDEN} here; the filter lets
   * through those that are no view of the WAR (the 404 of the Faces servlet).
   */
  public Decision decide(String path, Caller caller) {
    Rule rule = rules.get(path);
    if (rule == null) {
      return Decision.FORBIDDEN;
    }
    if (rule.isPublic()) {
      return Decision.PUBLIC;
    }
    if (rule.roles().isEmpty()) {
      return Decision.NOT_FOUND;
    }
    boolean roleFits = caller != null && rule.roles().stream().anyMatch(caller::hasRole);
    boolean placeFits =
        !rule.provinceOnly()
            || (caller != null
                && caller.jurisdiction() != null
                && caller.jurisdiction().isProvince());
    return roleFits && placeFits ? Decision.ALLOWED : Decision.FORBIDDEN;
  }

  public boolean mayOpen(String path, Caller caller) {
    Decision decision = decide(path, caller);
    return decision == Decision.ALLOWED || decision == Decision.PUBLIC;
  }

  private static Set<String> knownRoles() {
    Set<String> roles = new LinkedHashSet<>(Role.STAFF);
    roles.add(Role.PROVIDER);
    return Collections.unmodifiableSet(roles);
  }
}
