package vn.tcc.retention.internal.domain;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
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

  /** What the document says before its items: the run, its people and times, the counts. */
  public record Header(
      long runId,
      boolean manual,
      String requestedBy,
      String approvedBy,
      Instant startedAt,
      Instant finishedAt,
      long itemCount,
      long deletedCount,
      long bytesDeleted) {

    public static Header of(DeletionRecordContent content) {
      return new Header(
          content.runId(),
          content.manual(),
          content.requestedBy(),
          content.approvedBy(),
          content.startedAt(),
          content.finishedAt(),
          content.items().size(),
          DeletionRecordDocument.deletedCount(content),
          DeletionRecordDocument.bytesDeleted(content));
    }
  }

  /** The canonical bytes of {@code content}. */
  public static byte[] canonical(DeletionRecordContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(Header.of(content), content.items()::forEach, out);
    return out.toByteArray();
  }

  /**
   * Writes the canonical document to {@code out} as the items stream by (the same bytes as {@link
   * #canonical} for the same content), and closes {@code out}. The counts come first in the format,
   * so the header carries them; items that do not add up to them fail the writing.
   *
   * @throws IllegalStateException when the items are not {@code header.itemCount()} many
   */
  public static void write(Header header, RecordItems items, OutputStream out) {
    long[] written = {0};
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartObject()
          .write("format", FORMAT)
          .write("runId", header.runId())
          .write("kind", header.manual() ? "MANUAL" : "SCHEDULED");
      text(json, "requestedBy", header.requestedBy());
      text(json, "approvedBy", header.approvedBy());
      text(json, "startedAt", instant(header.startedAt()));
      text(json, "finishedAt", instant(header.finishedAt()));
      json.write("itemCount", header.itemCount())
          .write("deletedCount", header.deletedCount())
          .write("bytesDeleted", header.bytesDeleted())
          .writeStartArray("items");
      items.forEach(
          item -> {
            writeItem(json, item);
            written[0]++;
          });
      json.writeEnd().writeEnd();
    }
    if (written[0] != header.itemCount()) {
      throw new IllegalStateException(
          "The record of run "
              + header.runId()
              + " counted "
              + header.itemCount()
              + " items but listed "
              + written[0]);
    }
  }

  private static void writeItem(JsonGenerator json, DeletedItem item) {
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

  /** True for the outcomes a record counts as deleted: deleted now, or already gone. */
  public static boolean isGone(DeletionOutcome.Result outcome) {
    return outcome == DeletionOutcome.Result.DELETED
        || outcome == DeletionOutcome.Result.ALREADY_GONE;
  }

  private static boolean isGone(DeletedItem item) {
    return isGone(item.outcome());
  }

  /**
   * What a pass over a document found: the run it names, how many items it lists (counted to the
   * end only when asked), and the items of the page asked for.
   */
  public record Scan(long runId, boolean manual, long itemsListed, List<DeletedItem> page) {}

  /**
   * Reads a document as it streams by, keeping only the items from {@code offset} on, at most
   * {@code limit} of them; the rest are skipped unread. With {@code toTheEnd} it reads every item
   * to count them (verification), else it stops after the page ({@code itemsListed} is then the
   * items seen so far).
   *
   * @throws IllegalArgumentException when the bytes are not a record of this format
   */
  public static Scan scan(InputStream document, long offset, int limit, boolean toTheEnd) {
    try (JsonParser json =
        JSON.createParserFactory(null).createParser(document, StandardCharsets.UTF_8)) {
      if (json.next() != JsonParser.Event.START_OBJECT) {
        throw new IllegalArgumentException("Not a deletion record: no JSON object");
      }
      String format = null;
      Long runId = null;
      Boolean manual = null;
      long seen = 0;
      List<DeletedItem> page = new ArrayList<>();
      while (json.hasNext()) {
        JsonParser.Event event = json.next();
        if (event == JsonParser.Event.END_OBJECT) {
          break;
        }
        String key = json.getString();
        JsonParser.Event value = json.next();
        switch (key) {
          case "format" ->
              format = value == JsonParser.Event.VALUE_STRING ? json.getString() : null;
          case "runId" -> runId = json.getBigDecimal().longValueExact();
          case "kind" -> manual = "MANUAL".equals(json.getString());
          case "items" -> {
            if (!FORMAT.equals(format) || runId == null || manual == null) {
              throw new IllegalArgumentException("Not a " + FORMAT + " document");
            }
            while (json.next() == JsonParser.Event.START_OBJECT) {
              if (seen >= offset && page.size() < limit) {
                page.add(item(json.getObject()));
              } else if (!toTheEnd && page.size() >= limit) {
                return new Scan(runId, manual, seen, page);
              } else {
                json.skipObject();
              }
              seen++;
            }
          }
          default -> {
            if (value == JsonParser.Event.START_OBJECT) {
              json.skipObject();
            } else if (value == JsonParser.Event.START_ARRAY) {
              json.skipArray();
            }
          }
        }
      }
      if (!FORMAT.equals(format) || runId == null || manual == null) {
        throw new IllegalArgumentException("Not a " + FORMAT + " document");
      }
      return new Scan(runId, manual, seen, page);
    } catch (JsonException
        | IllegalStateException
        | ClassCastException
        | NullPointerException
        | ArithmeticException
        | NumberFormatException
        | DateTimeParseException e) {
      throw new IllegalArgumentException("Not a readable deletion record: " + e.getMessage(), e);
    }
  }

  private static DeletedItem item(JsonObject item) {
    return new DeletedItem(
        enumOf(DataClass.class, textOf(item, "dataClass")),
        textOf(item, "itemId"),
        enumOf(StorageLevel.class, textOf(item, "level")),
        textOf(item, "sha256"),
        item.getJsonNumber("sizeBytes").longValueExact(),
        item.getJsonNumber("policyVersion").intValueExact(),
        textOf(item, "legalBasis"),
        enumOf(DeletionOutcome.Result.class, textOf(item, "outcome")),
        textOf(item, "detail"));
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
        items.add(item(value.asJsonObject()));
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
