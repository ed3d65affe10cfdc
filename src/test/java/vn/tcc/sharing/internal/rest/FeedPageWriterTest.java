package vn.tcc.sharing.internal.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.json.JsonFactory;
import vn.tcc.sharing.internal.application.IocFeed.FeedPage;

class FeedPageWriterTest {

  private static String written(FeedPage page) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FeedPageWriter().writeTo(page, FeedPage.class, FeedPage.class, null, null, null, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void items_keep_their_fields_order_types_and_nulls() throws Exception {
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("camera", "BSP-000001");
    item.put("commune", null);
    item.put("count", 42L);
    item.put("latitude", new BigDecimal("10.7769"));
    item.put("plates", List.of("51A-12345", "\"quoted\""));
    String json = written(new FeedPage(List.of(item, Map.of()), "next-token", true));

    var answer = JsonFactory.JSON.createReader(new StringReader(json)).readObject();
    var first = answer.getJsonArray("items").getJsonObject(0);
    assertEquals(
        List.of("camera", "commune", "count", "latitude", "plates"), List.copyOf(first.keySet()));
    assertEquals("BSP-000001", first.getString("camera"));
    assertEquals(true, first.isNull("commune"));
    assertEquals(42L, first.getJsonNumber("count").longValueExact());
    assertEquals(new BigDecimal("10.7769"), first.getJsonNumber("latitude").bigDecimalValue());
    assertEquals("\"quoted\"", first.getJsonArray("plates").getString(1));
    assertEquals(0, answer.getJsonArray("items").getJsonObject(1).size());
    assertEquals("next-token", answer.getString("next"));
    assertEquals(true, answer.getBoolean("more"));
  }

  @Test
  void the_last_page_has_a_null_next() throws Exception {
    var answer =
        JsonFactory.JSON
            .createReader(new StringReader(written(new FeedPage(List.of(), null, false))))
            .readObject();
    assertEquals(0, answer.getJsonArray("items").size());
    assertEquals(true, answer.isNull("next"));
    assertEquals(false, answer.getBoolean("more"));
  }
}
