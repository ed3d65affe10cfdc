package vn.tcc.event.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class QuarantinePayloadTest {

  @Test
  void a_small_item_is_kept_as_sent() {
    JsonObject item =
        JSON.createObjectBuilder().add("sourceEventId", "e-1").add("plate", "77A12345").build();
    assertEquals(item.toString(), QuarantinePayload.bounded(item));
  }

  @Test
  void an_inline_image_is_replaced_by_its_length() {
    String image = "A".repeat(2_800_000);
    JsonObject item =
        JSON.createObjectBuilder()
            .add("sourceEventId", "e-1")
            .add(
                "images",
                JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("data", image)))
            .build();
    String kept = QuarantinePayload.bounded(item);
    JsonObject read = JSON.createReader(new StringReader(kept)).readObject();
    assertEquals("e-1", read.getString("sourceEventId"));
    assertEquals(
        "…(2800000 characters not kept)",
        read.getJsonArray("images").getJsonObject(0).getString("data"));
  }

  @Test
  void many_short_values_are_capped_as_the_start_of_the_text() {
    var many = JSON.createArrayBuilder();
    for (int i = 0; i < 20_000; i++) {
      many.add("value-" + i);
    }
    String kept = QuarantinePayload.bounded(JSON.createObjectBuilder().add("a", many).build());
    assertTrue(kept.length() <= QuarantinePayload.MAX_CHARS, "at most the cap");
    JsonObject read = JSON.createReader(new StringReader(kept)).readObject();
    assertTrue(read.getInt("notKeptWhole") > QuarantinePayload.MAX_CHARS);
    assertTrue(read.getString("start").startsWith("{\"a\":[\"value-0\""));
  }

  @Test
  void no_item_is_kept_as_json_null() {
    assertEquals("null", QuarantinePayload.bounded(null));
  }
}
