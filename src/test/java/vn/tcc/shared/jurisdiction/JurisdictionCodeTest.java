package vn.tcc.shared.jurisdiction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JurisdictionCodeTest {
  private static final JurisdictionCode PROVINCE = new JurisdictionCode("GL");
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final JurisdictionCode PLEIKU = new JurisdictionCode("GL.PLEIKU");

  @Test
  void province_covers_itself_and_its_communes() {
    assertTrue(PROVINCE.covers(PROVINCE));
    assertTrue(PROVINCE.covers(QUY_NHON));
    assertTrue(PROVINCE.covers(PLEIKU));
  }

  @Test
  void commune_covers_only_itself() {
    assertTrue(QUY_NHON.covers(QUY_NHON));
    assertFalse(QUY_NHON.covers(PLEIKU));
    assertFalse(QUY_NHON.covers(PROVINCE));
  }

  @Test
  void province_does_not_cover_another_province_sharing_a_prefix() {
    assertFalse(new JurisdictionCode("G").covers(QUY_NHON));
    assertFalse(PROVINCE.covers(new JurisdictionCode("GLX.QUY_NHON")));
  }

  @Test
  void commune_with_a_name_that_extends_another_is_not_inside_it() {
    assertFalse(QUY_NHON.covers(new JurisdictionCode("GL.QUY_NHON_NAM")));
  }

  @Test
  void malformed_codes_are_refused() {
    assertThrows(IllegalArgumentException.class, () -> new JurisdictionCode("gl"));
    assertThrows(IllegalArgumentException.class, () -> new JurisdictionCode("GL."));
    assertThrows(IllegalArgumentException.class, () -> new JurisdictionCode("GL.A.B"));
    assertThrows(IllegalArgumentException.class, () -> new JurisdictionCode("GL.%"));
    assertNull(JurisdictionCode.parseOrNull(null));
    assertNull(JurisdictionCode.parseOrNull("GL' OR '1'='1"));
  }

  @Test
  void children_pattern_escapes_like_wildcards() {
    assertEquals("GL.%", PROVINCE.childrenLikePattern());
    assertEquals("H!_N.%", new JurisdictionCode("H_N").childrenLikePattern());
    assertEquals("", QUY_NHON.childrenLikePattern());
  }
}
