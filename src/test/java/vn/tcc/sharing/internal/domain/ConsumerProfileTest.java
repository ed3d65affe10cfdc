package vn.tcc.sharing.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConsumerProfileTest {
  private static ConsumerProfile profile(
      boolean active, List<String> cameras, List<String> counts) {
    return new ConsumerProfile(
        1L, "tcc-ioc", "IOC", active, cameras, counts, List.of(), 0, "migration", Instant.EPOCH);
  }

  private static Map<String, Object> everything() {
    Map<String, Object> item = new HashMap<>();
    for (String field : FeedDataClass.CAMERA_LIST_AND_STATUS.fields()) {
      item.put(field, "value of " + field);
    }
    item.put("plates", List.of("81A-123.45"));
    item.put("images", List.of("overview.jpg"));
    item.put("address", "12 Lê Lợi");
    return item;
  }

  @Test
  void only_the_profiles_fields_leave_in_its_order() {
    ConsumerProfile ioc = profile(true, List.of("name", "code", "health"), List.of("count"));
    Map<String, Object> out = ioc.project(FeedDataClass.CAMERA_LIST_AND_STATUS, everything());
    assertEquals(List.of("name", "code", "health"), List.copyOf(out.keySet()));
    assertEquals("value of code", out.get("code"));
  }

  @Test
  void a_listed_field_the_item_lacks_is_there_as_null() {
    ConsumerProfile ioc = profile(true, List.of("code", "healthSince"), List.of());
    Map<String, Object> item = new HashMap<>();
    item.put("code", "GL-QN-0001");
    Map<String, Object> out = ioc.project(FeedDataClass.CAMERA_LIST_AND_STATUS, item);
    assertEquals(List.of("code", "healthSince"), List.copyOf(out.keySet()));
    assertEquals(null, out.get("healthSince"));
  }

  @Test
  void plates_leave_only_when_the_profile_lists_them() {
    Map<String, Object> count = new HashMap<>(Map.of("camera", "GL-QN-0001", "count", 3L));
    count.put("plates", List.of("81A-123.45"));
    assertFalse(
        profile(true, List.of(), List.of("camera", "count"))
            .project(FeedDataClass.EVENT_COUNTS, count)
            .containsKey("plates"));
    assertTrue(
        profile(true, List.of(), List.of("camera", "count", "plates"))
            .project(FeedDataClass.EVENT_COUNTS, count)
            .containsKey("plates"));
  }

  @Test
  void a_class_without_fields_or_an_inactive_profile_receives_nothing() {
    assertFalse(
        profile(true, List.of(), List.of("count")).receives(FeedDataClass.CAMERA_LIST_AND_STATUS));
    assertTrue(profile(true, List.of(), List.of("count")).receives(FeedDataClass.EVENT_COUNTS));
    assertFalse(
        profile(false, List.of("code"), List.of("count")).receives(FeedDataClass.EVENT_COUNTS));
  }

  @Test
  void a_field_outside_the_class_is_refused_and_duplicates_are_one() {
    assertThrows(SharingRuleException.class, () -> profile(true, List.of("plates"), List.of()));
    assertThrows(SharingRuleException.class, () -> profile(true, List.of(), List.of("images")));
    assertEquals(
        List.of("code", "name"),
        profile(true, List.of("code", "name", "code"), List.of()).cameraFields());
  }
}
