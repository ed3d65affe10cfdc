package vn.tcc.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {
  @Test
  void a_well_formed_id_from_the_client_is_kept() {
    assertEquals("cluster-7:batch-000123", RequestIds.acceptOrCreate("cluster-7:batch-000123"));
  }

  @Test
  void a_missing_or_hostile_id_is_replaced() {
    String fresh = RequestIds.acceptOrCreate(null);
    assertTrue(fresh.matches("[0-9a-f-]{36}"));
    assertNotEquals("x\r\nSet-Cookie: a=b", RequestIds.acceptOrCreate("x\r\nSet-Cookie: a=b"));
    assertNotEquals("<script>", RequestIds.acceptOrCreate("<script>"));
    assertEquals(36, RequestIds.acceptOrCreate("a".repeat(65)).length());
  }
}
