package vn.tcc.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tcc.platform.security.ViewRoles.Decision;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * The table of who opens which page: every view of the WAR has its line (a new page without one
 * fails here, and would be refused to everyone), and the decisions the issue named.
 */
class ViewRolesTest {
  static final Path WEBAPP = Path.of("webapp");
  static final JurisdictionCode PROVINCE = new JurisdictionCode("GL");
  static final JurisdictionCode WARD = new JurisdictionCode("GL.QUY_NHON");

  static ViewRoles table() throws IOException {
    try (Reader text = Files.newBufferedReader(WEBAPP.resolve("WEB-INF/view-roles.properties"))) {
      return ViewRoles.read(text);
    }
  }

  /** Every .xhtml a browser can ask for: all but templates, includes (WEB-INF) and error pages. */
  static List<String> viewsOfTheWar() throws IOException {
    try (Stream<Path> files = Files.walk(WEBAPP)) {
      return files
          .filter(file -> file.toString().endsWith(".xhtml"))
          .map(file -> "/" + WEBAPP.relativize(file).toString().replace('\\', '/'))
          .filter(view -> !view.startsWith("/WEB-INF/") && !view.startsWith("/error/"))
          .filter(view -> !view.startsWith("/resources/"))
          .sorted()
          .toList();
    }
  }

  static Caller user(String role, JurisdictionCode where) {
    return new Caller(role, role, Caller.Kind.USER, Set.of(role), where);
  }

  @Test
  void every_view_of_the_war_says_who_may_open_it() throws IOException {
    ViewRoles table = table();
    List<String> undeclared =
        viewsOfTheWar().stream().filter(view -> !table.declares(view)).toList();
    assertEquals(List.of(), undeclared, "views without a line in WEB-INF/view-roles.properties");
  }

  @Test
  void every_line_names_a_view_of_the_war() throws IOException {
    List<String> views = viewsOfTheWar();
    List<String> stale = table().views().stream().filter(view -> !views.contains(view)).toList();
    assertEquals(List.of(), stale, "lines of view-roles.properties without their page");
  }

  @Test
  void an_officer_may_not_open_the_vms_connections() throws IOException {
    assertEquals(
        Decision.FORBIDDEN, table().decide("/vms/connections.xhtml", user(Role.OFFICER, WARD)));
    assertEquals(
        Decision.ALLOWED, table().decide("/vms/connections.xhtml", user(Role.ADMIN, PROVINCE)));
  }

  @Test
  void an_admin_may_open_neither_a_case_nor_the_statistics() throws IOException {
    ViewRoles table = table();
    Caller admin = user(Role.ADMIN, PROVINCE);
    assertEquals(Decision.FORBIDDEN, table.decide("/violation/case.xhtml", admin));
    assertEquals(Decision.FORBIDDEN, table.decide("/violation/dashboard.xhtml", admin));
  }

  @Test
  void a_province_only_page_is_refused_to_a_ward() throws IOException {
    ViewRoles table = table();
    assertTrue(table.mayOpen("/retention/records.xhtml", user(Role.AUDITOR, PROVINCE)));
    assertFalse(table.mayOpen("/retention/records.xhtml", user(Role.AUDITOR, WARD)));
  }

  @Test
  void a_view_not_in_the_table_is_refused_and_a_public_one_needs_no_one() throws IOException {
    ViewRoles table = table();
    assertEquals(
        Decision.FORBIDDEN, table.decide("/command/new.xhtml", user(Role.ADMIN, PROVINCE)));
    assertEquals(Decision.PUBLIC, table.decide("/public/notice.xhtml", Caller.ANONYMOUS_CALLER));
    assertFalse(table.mayOpen("/index.xhtml", Caller.ANONYMOUS_CALLER));
    assertFalse(table.mayOpen("/index.xhtml", user(Role.PROVIDER, null)));
  }

  @Test
  void a_fragment_declared_for_no_one_is_not_found() throws IOException {
    ViewRoles table = ViewRoles.read(new StringReader("/x/part.xhtml = none\n"));
    assertEquals(Decision.NOT_FOUND, table.decide("/x/part.xhtml", user(Role.ADMIN, PROVINCE)));
  }

  @Test
  void a_misspelt_role_or_a_view_twice_stops_the_start() {
    assertThrows(
        IllegalArgumentException.class,
        () -> ViewRoles.read(new StringReader("/a.xhtml = admn\n")));
    assertThrows(
        IllegalArgumentException.class,
        () -> ViewRoles.read(new StringReader("/a.xhtml = admin\n/a.xhtml = officer\n")));
  }
}
