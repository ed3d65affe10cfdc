package vn.tcc.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SecurityHeadersFilterTest {
  @Test
  void without_a_tile_server_images_come_from_this_origin_only() {
    String policy =
        SecurityHeadersFilter.contentSecurityPolicy(null, "http://localhost:8180/realms/tcc");
    assertTrue(policy.contains("img-src 'self' data: blob:;"), policy);
    assertTrue(policy.contains("frame-ancestors 'self'"), policy);
    assertTrue(policy.contains("object-src 'none'"), policy);
    assertTrue(
        policy.contains("form-action 'self' http://localhost:8180;"),
        "signing out reaches Keycloak: " + policy);
  }

  @Test
  void the_provinces_tile_server_is_allowed_for_images_and_nothing_else() {
    String policy =
        SecurityHeadersFilter.contentSecurityPolicy(
            "https://tiles.gialai.gov.vn:8443/{z}/{x}/{y}.png",
            "https://sso.gialai.gov.vn/realms/tcc");
    assertTrue(
        policy.contains("img-src 'self' data: blob: https://tiles.gialai.gov.vn:8443;"), policy);
    assertTrue(policy.contains("connect-src 'self';"), policy);
    assertTrue(policy.contains("form-action 'self' https://sso.gialai.gov.vn;"), policy);
  }

  @Test
  void leaflet_subdomains_become_a_wildcard_and_junk_is_ignored() {
    assertEquals(
        "https://*.tile.example.org",
        SecurityHeadersFilter.originOf("https://{s}.tile.example.org/{z}/{x}/{y}.png"));
    assertEquals("", SecurityHeadersFilter.originOf("javascript:alert(1)"));
    assertEquals("", SecurityHeadersFilter.originOf("https://evil.example; script-src *"));
    assertFalse(
        SecurityHeadersFilter.contentSecurityPolicy("https://a.example/x'; default-src *", null)
            .contains("default-src *"));
  }
}
