package vn.tcc.event.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.event.internal.rest.EventResource.BatchAnswer;
import vn.tcc.event.internal.rest.EventResource.ItemAnswer;
import vn.tcc.event.internal.rest.EventResource.ReasonAnswer;

class BatchAnswerWriterTest {
  private static final BatchAnswer ANSWER =
      new BatchAnswer(
          1,
          1,
          1,
          List.of(
              new ItemAnswer(0, "GL-QN-RSC1", "e-1", "ACCEPTED", 41L, null, List.of()),
              new ItemAnswer(1, "GL-QN-RSC1", "e-0", "DUPLICATE", null, null, List.of()),
              new ItemAnswer(
                  2,
                  null,
                  "e-2",
                  "REJECTED",
                  null,
                  7L,
                  List.of(
                      new ReasonAnswer(
                          "cameraCode", "event.reason.camera.unknown", "Camera không tồn tại"),
                      new ReasonAnswer("", "event.reason.not.object", null)))));

  private static byte[] written(BatchAnswer answer) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new BatchAnswerWriter()
        .writeTo(answer, BatchAnswer.class, BatchAnswer.class, null, null, null, out);
    return out.toByteArray();
  }

  private static JsonObject parse(byte[] bytes) {
    return Json.createReader(new ByteArrayInputStream(bytes)).readObject();
  }

  @Test
  void writes_what_json_b_wrote_for_the_same_answer() throws Exception {
    String jsonb;
    try (var binding = JsonbBuilder.create()) {
      jsonb = binding.toJson(ANSWER);
    }
    assertEquals(parse(jsonb.getBytes(StandardCharsets.UTF_8)), parse(written(ANSWER)));
  }

  @Test
  void leaves_absent_values_out_and_keeps_vietnamese_in_utf8() {
    byte[] bytes = written(ANSWER);
    JsonObject json = parse(bytes);
    JsonObject accepted = json.getJsonArray("items").getJsonObject(0);
    assertEquals(41, accepted.getJsonNumber("eventId").longValue());
    assertFalse(accepted.containsKey("quarantineId"));
    JsonObject rejected = json.getJsonArray("items").getJsonObject(2);
    assertFalse(rejected.containsKey("sourceId"));
    assertEquals(7, rejected.getJsonNumber("quarantineId").longValue());
    assertEquals(
        "Camera không tồn tại",
        rejected.getJsonArray("reasons").getJsonObject(0).getString("message"));
    assertFalse(rejected.getJsonArray("reasons").getJsonObject(1).containsKey("message"));
    assertEquals(true, new String(bytes, StandardCharsets.UTF_8).contains("Camera không tồn tại"));
  }

  @Test
  void writes_only_batch_answers() {
    BatchAnswerWriter writer = new BatchAnswerWriter();
    assertEquals(
        true,
        writer.isWriteable(
            BatchAnswer.class, BatchAnswer.class, null, MediaType.APPLICATION_JSON_TYPE));
    assertFalse(
        writer.isWriteable(
            ItemAnswer.class, ItemAnswer.class, null, MediaType.APPLICATION_JSON_TYPE));
  }
}
