package vn.tcc.sharing.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeedCursorTest {
  private final FeedCursor cursors =
      new FeedCursor("a test key of enough length".getBytes(StandardCharsets.UTF_8));

  @Test
  void a_cursor_gives_back_its_parts() {
    String cursor =
        cursors.encode("tcc-ioc", FeedDataClass.EVENT_COUNTS, List.of("12", "40", "GL-QN-0001"));
    assertEquals(
        Optional.of(List.of("12", "40", "GL-QN-0001")),
        cursors.decode("tcc-ioc", FeedDataClass.EVENT_COUNTS, cursor));
    assertTrue(cursor.length() < FeedCursor.MAX_LENGTH);
    assertTrue(cursor.matches("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+"), "URL-safe: " + cursor);
  }

  @Test
  void a_changed_cursor_is_refused() {
    String cursor =
        cursors.encode("tcc-ioc", FeedDataClass.CAMERA_LIST_AND_STATUS, List.of("GL-QN-0001"));
    String payload = cursor.substring(0, cursor.indexOf('.'));
    String forged =
        Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString("GL-QN-9999".getBytes(StandardCharsets.UTF_8))
            + cursor.substring(cursor.indexOf('.'));
    assertTrue(cursors.decode("tcc-ioc", FeedDataClass.CAMERA_LIST_AND_STATUS, forged).isEmpty());
    char last = cursor.charAt(cursor.length() - 1);
    String flipped = cursor.substring(0, cursor.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertTrue(cursors.decode("tcc-ioc", FeedDataClass.CAMERA_LIST_AND_STATUS, flipped).isEmpty());
    assertTrue(
        cursors.decode("tcc-ioc", FeedDataClass.CAMERA_LIST_AND_STATUS, payload).isEmpty(),
        "no signature");
  }

  @Test
  void a_cursor_serves_only_its_consumer_class_and_key() {
    String cursor =
        cursors.encode("tcc-ioc", FeedDataClass.CAMERA_LIST_AND_STATUS, List.of("GL-QN-0001"));
    assertTrue(
        cursors
            .decode("tcc-bca-coordination", FeedDataClass.CAMERA_LIST_AND_STATUS, cursor)
            .isEmpty());
    assertTrue(cursors.decode("tcc-ioc", FeedDataClass.EVENT_COUNTS, cursor).isEmpty());
    FeedCursor otherKey =
        new FeedCursor("another key of enough length".getBytes(StandardCharsets.UTF_8));
    assertTrue(otherKey.decode("tcc-ioc", FeedDataClass.CAMERA_LIST_AND_STATUS, cursor).isEmpty());
  }

  @Test
  void garbage_is_refused_without_an_exception() {
    for (String garbage :
        List.of(
            "",
            ".",
            "..",
            "abc",
            "a.b.c",
            "!!!.???",
            "a\u0000b.c",
            "x".repeat(100_000),
            "+999999999-01-01T00:00:00Z")) {
      assertTrue(cursors.decode("tcc-ioc", FeedDataClass.EVENT_COUNTS, garbage).isEmpty(), garbage);
    }
    assertTrue(cursors.decode("tcc-ioc", FeedDataClass.EVENT_COUNTS, null).isEmpty());
  }
}
