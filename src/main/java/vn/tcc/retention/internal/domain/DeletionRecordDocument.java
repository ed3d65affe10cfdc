package vn.tcc.retention.internal.domain;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.StorageLevel;

/**
 * The canonical document of a deletion record: the bytes that are signed, stored and handed to
 * anyone who verifies the record with {@code openssl cms -verify}. JSON in UTF-8, written by a
 * JSON-P generator with no spaces, the fields always in the order below and every field always
 * present (absent values as {@code null}), so the same content gives the same bytes:
 *
 * <pre>
 * {"format":"tcc-deletion-record/1","runId":7,"kind":"SCHEDULED"|"MANUAL",
 *  "requestedBy":…,"approvedBy":…,"startedAt":"2026-…Z","finishedAt":"…Z",
 *  "itemCount":n,"deletedCount":m,"bytesDeleted":b,
 *  "items":[{"dataClass":…,"itemId":…,"level":…,"sha256":…,"sizeBytes":…,
 *            "policyVersion":…,"legalBasis":…,"outcome":…,"detail":…},…]}
 * </pre>
 *
 * Items keep the order the run gave them. Vietnamese text is written as UTF-8, not escaped, so a
 * person reading the file sees the legal basis as written.
 */
public final class DeletionRecordDocument {
  /** Names the shape, so a later shape can be told apart by whoever reads an old record. */
  public static final String FORMAT = "tcc-deletion-record/1";

  private DeletionRecordDocument() {}

  /** The canonical bytes of {@code content}. */
  public static byte[] canonical(DeletionRecordContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject()
          .write("format", FORMAT)
          .write("runId", content.runId())
          .write("kind", content.manual() ? "MANUAL" : "SCHEDULED");
      text(json, "requestedBy", content.requestedBy());
      text(json, "approvedBy", content.approvedBy());
      text(json, "startedAt", instant(content.startedAt()));
      text(json, "finishedAt", instant(content.finishedAt()));
      json.write("itemCount", content.items().size())
          .write("deletedCount", deletedCount(content))
          .write("bytesDeleted", bytesDeleted(content))
          .writeStartArray("items");
      for (DeletedItem item : content.items()) {
        json.writeStartObject();
        text(json, "dataClass", item.dataClass() == null ? null : item.dataClass().name());
        text(json, "itemId", item.itemId());
        text(json, "level", item.level() == null ? null : item.level().name());
        text(json, "sha256", item.sha256());
        json.write("sizeBytes", item.sizeBytes()).write("policyVersion", item.policyVersion());
        text(json, "legalBasis", item.legalBasis());
        text(json, "outcome", item.outcome() == null ? null : item.outcome().name());
        text(json, "detail", item.detail());
        json.writeEnd();
      }
      json.writeEnd().writeEnd();
    }
    return out.toByteArray();
  }

  /** Items that are gone after the run (deleted now or already gone). */
  public static int deletedCount(DeletionRecordContent content) {
    return (int) content.items().stream().filter(DeletionRecordDocument::isGone).count();
  }

  private static long bytesDeleted(DeletionRecordContent content) {
    return content.items().stream()
        .filter(DeletionRecordDocument::isGone)
        .mapToLong(DeletedItem::sizeBytes)
        .sum();
  }

  private static boolean isGone(DeletedItem item) {
    return item.outcome() == DeletionOutcome.Result.DELETED
        || item.outcome() == DeletionOutcome.Result.ALREADY_GONE;
  }

  /**
   * The content a stored document says, to show it (what was signed, not what the database's other
   * columns say).
   *
   * @throws IllegalArgumentException when the bytes are not a record of this format
   */
  public static DeletionRecordContent read(byte[] document) {
    try (JsonReader reader =
        JSON.createReader(
            new InputStreamReader(new ByteArrayInputStream(document), StandardCharsets.UTF_8))) {
      JsonObject json = reader.readObject();
      if (!FORMAT.equals(textOf(json, "format"))) {
        throw new IllegalArgumentException("Not a " + FORMAT + " document");
      }
      List<DeletedItem> items = new ArrayList<>();
      for (JsonValue value : json.getJsonArray("items")) {
        JsonObject item = value.asJsonObject();
        items.add(
            new DeletedItem(
                enumOf(DataClass.class, textOf(item, "dataClass")),
                textOf(item, "itemId"),
                enumOf(StorageLevel.class, textOf(item, "level")),
                textOf(item, "sha256"),
                item.getJsonNumber("sizeBytes").longValueExact(),
                item.getJsonNumber("policyVersion").intValueExact(),
                textOf(item, "legalBasis"),
                enumOf(DeletionOutcome.Result.class, textOf(item, "outcome")),
                textOf(item, "detail")));
      }
      return new DeletionRecordContent(
          number(json, "runId").longValueExact(),
          "MANUAL".equals(textOf(json, "kind")),
          textOf(json, "requestedBy"),
          textOf(json, "approvedBy"),
          instantOf(textOf(json, "startedAt")),
          instantOf(textOf(json, "finishedAt")),
          items);
    } catch (JsonException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | DateTimeParseException e) {
      // A parsing failure is a JsonException; a missing or mistyped field one of the others.
      throw new IllegalArgumentException("Not a readable deletion record: " + e.getMessage(), e);
    }
  }

  private static void text(JsonGenerator json, String name, String value) {
    if (value == null) {
      json.writeNull(name);
    } else {
      json.write(name, value);
    }
  }

  private static String instant(Instant at) {
    return at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at);
  }

  private static Instant instantOf(String text) {
    return text == null ? null : Instant.parse(text);
  }

  private static JsonNumber number(JsonObject json, String name) {
    return json.getJsonNumber(name);
  }

  private static String textOf(JsonObject json, String name) {
    JsonValue value = json.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    return ((JsonString) value).getString();
  }

  private static <E extends Enum<E>> E enumOf(Class<E> type, String name) {
    return name == null ? null : Enum.valueOf(type, name);
  }
}
