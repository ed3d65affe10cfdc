package vn.tcc.platform.rest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
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

  @Test
  void a_chunked_body_is_read_up_to_one_byte_past_the_limit_and_no_further() throws Exception {
    byte[] small = "{\"events\":[]}".getBytes();
    assertArrayEquals(
        small, UnreadableRequestFilter.readAtMost(new ByteArrayInputStream(small), 1_000));

    // An endless body: the read stops at the limit instead of taking everything the client sends.
    InputStream endless =
        new InputStream() {
          @Override
          public int read() {
            return 'a';
          }
        };
    assertEquals(
        UnreadableRequestFilter.MAX_BODY_BYTES + 1,
        UnreadableRequestFilter.readAtMost(endless, UnreadableRequestFilter.MAX_BODY_BYTES + 1)
            .length);
  }
}
