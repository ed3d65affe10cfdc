package vn.tcc.platform.rest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class UnreadableRequestFilterTest {
  @Test
  void paths_whose_escapes_are_utf8_pass() {
    assertTrue(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/GL-QN-0001"));
    assertTrue(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/sites/Ng%C3%A3%20t%C6%B0"));
    assertTrue(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/a%00b"));
  }

  @Test
  void escapes_that_are_not_utf8_or_not_escapes_are_refused() {
    assertFalse(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/%C3%28"));
    assertFalse(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/%FF%FE"));
    assertFalse(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/%C0%AF")); // overlong
    assertFalse(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/%ED%A0%80")); // half
    assertFalse(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/%ZZ"));
    assertFalse(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/%C3"));
    assertFalse(UnreadableRequestFilter.escapesAreUtf8("/tcc/api/v1/cameras/%"));
  }
}
