package vn.tcc.sharing.internal.rest;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import vn.tcc.sharing.internal.application.IocFeed.FeedPage;

/**
 * Writes a feed page straight to the response with a JSON-P generator: {@code {"items": [...],
 * "next": ..., "more": ...}}, each item's fields in the profile's order and nulls kept as nulls. A
 * first pull of the event counts is hundreds of pages of thousands of items; building a JSON-P
 * object tree of each page before writing it doubled the work per item (benchmarks/sharing.md).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
public class FeedPageWriter implements MessageBodyWriter<FeedPage> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return type == FeedPage.class;
  }

  @Override
  public void writeTo(
      FeedPage page,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out) {
    // Closing the generator would close the container's stream: flush only.
    JsonGenerator json = JSON.createGenerator(out);
    write(page, json);
    json.flush();
  }

  static void write(FeedPage page, JsonGenerator json) {
    json.writeStartObject().writeStartArray("items");
    for (Map<String, Object> item : page.items()) {
      json.writeStartObject();
      item.forEach((field, value) -> write(json, field, value));
      json.writeEnd();
    }
    json.writeEnd();
    if (page.next() == null) {
      json.writeNull("next");
    } else {
      json.write("next", page.next());
    }
    json.write("more", page.more()).writeEnd();
  }

  /** The same value types the page held as JSON-P objects before: numbers, lists, text. */
  private static void write(JsonGenerator json, String field, Object value) {
    if (value == null) {
      json.writeNull(field);
    } else if (value instanceof BigDecimal number) {
      json.write(field, number);
    } else if (value instanceof Long number) {
      json.write(field, number.longValue());
    } else if (value instanceof List<?> list) {
      json.writeStartArray(field);
      list.forEach(element -> json.write(String.valueOf(element)));
      json.writeEnd();
    } else {
      json.write(field, value.toString());
    }
  }
}
