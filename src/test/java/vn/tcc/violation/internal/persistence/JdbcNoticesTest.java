package vn.tcc.violation.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JdbcNoticesTest {

  @Test
  void the_public_page_shows_a_plate_with_its_middle_hidden() {
    assertEquals("81A***45", JdbcNotices.masked("81A12345"));
    assertEquals("77H****48", JdbcNotices.masked("77H107148"));
    assertEquals("***", JdbcNotices.masked("81A1"), "too short to show any of it");
    assertEquals("***", JdbcNotices.masked(null));
  }
}
