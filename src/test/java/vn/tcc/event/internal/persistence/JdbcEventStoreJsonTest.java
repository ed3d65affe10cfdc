package vn.tcc.event.internal.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.event.api.EventImage;

class JdbcEventStoreJsonTest {

  @Test
  void images_keep_what_each_kind_of_image_has() {
    String json =
        JdbcEventStore.imagesJson(
            List.of(
                new EventImage("overview", "ab".repeat(32), "image/jpeg", null, null, null),
                new EventImage("plate", null, null, "ZM-DEMO", "42", null),
                new EventImage("plate", null, null, "ZM-DEMO", "42", "7")));
    assertEquals(
        Json.createReader(
                new StringReader(
                    "[{\"kind\":\"overview\",\"sha256\":\""
                        + "ab".repeat(32)
                        + "\",\"mediaType\":\"image/jpeg\"},"
                        + "{\"kind\":\"plate\",\"vms\":\"ZM-DEMO\",\"recordingId\":\"42\"},"
                        + "{\"kind\":\"plate\",\"vms\":\"ZM-DEMO\",\"recordingId\":\"42\","
                        + "\"frame\":\"7\"}]"))
            .readArray(),
        Json.createReader(new StringReader(json)).readArray());
    assertEquals("[]", JdbcEventStore.imagesJson(List.of()));
  }

  @Test
  void attributes_are_escaped_and_keep_vietnamese() {
    Map<String, String> attributes = new LinkedHashMap<>();
    attributes.put("hướng", "Bắc \"1\"");
    attributes.put("night", "false");
    String json = JdbcEventStore.attributesJson(attributes);
    var read = Json.createReader(new StringReader(json)).readObject();
    assertEquals("Bắc \"1\"", read.getString("hướng"));
    assertEquals("false", read.getString("night"));
    assertEquals("{}", JdbcEventStore.attributesJson(Map.of()));
  }
}
