package vn.tcc.event.internal.domain;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Map;

/**
 * What the quarantine keeps of a rejected item. The ingestion API accepts items with up to four
 * inline images of 2 MB each (about 11 MB of base64), and a rejected item's image is of no use to
 * the admin who reads why it was refused; kept whole, a few such items made the quarantine page
 * megabytes long. So long text values (images, mostly) are replaced by a note of their length, and
 * what remains is capped: an item still over {@link #MAX_CHARS} is kept as the start of its text. A
 * replayed item whose image was not kept is rejected again for it; the source must resend it.
 */
public final class QuarantinePayload {
  /** Longest text value kept as sent; an identifier, plate or time is far shorter. */
  public static final int MAX_TEXT_VALUE = 2_000;

  /** Longest payload kept, in characters of its JSON text. */
  public static final int MAX_CHARS = 64 * 1024;

  private QuarantinePayload() {}

  /** The item as the quarantine stores it: JSON text at most {@link #MAX_CHARS} long. */
  public static String bounded(JsonValue item) {
    if (item == null) {
      return "null";
    }
    String text = shortened(item).toString();
    if (text.length() <= MAX_CHARS) {
      return text;
    }
    // Quoted again, the start grows with its escapes; halve it until it fits.
    int startLength = MAX_CHARS - 100;
    while (true) {
      String capped =
          JSON.createObjectBuilder()
              .add("notKeptWhole", text.length())
              .add("start", text.substring(0, startLength))
              .build()
              .toString();
      if (capped.length() <= MAX_CHARS) {
        return capped;
      }
      startLength /= 2;
    }
  }

  private static JsonValue shortened(JsonValue value) {
    switch (value.getValueType()) {
      case STRING -> {
        String text = ((JsonString) value).getString();
        return text.length() <= MAX_TEXT_VALUE
            ? value
            : JSON.createValue("…(" + text.length() + " characters not kept)");
      }
      case OBJECT -> {
        JsonObjectBuilder copy = JSON.createObjectBuilder();
        for (Map.Entry<String, JsonValue> field : ((JsonObject) value).entrySet()) {
          String name =
              field.getKey().length() <= MAX_TEXT_VALUE
                  ? field.getKey()
                  : field.getKey().substring(0, MAX_TEXT_VALUE);
          copy.add(name, shortened(field.getValue()));
        }
        return copy.build();
      }
      case ARRAY -> {
        JsonArrayBuilder copy = JSON.createArrayBuilder();
        for (JsonValue element : (JsonArray) value) {
          copy.add(shortened(element));
        }
        return copy.build();
      }
      default -> {
        return value;
      }
    }
  }
}
