package vn.tcc.identity.internal.center;

import static vn.tcc.shared.json.JsonFactory.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.identity.api.IdentityRequest;
import vn.tcc.identity.api.OwnerLookup;
import vn.tcc.identity.api.RegisteredVehicle;

/**
 * The center's JSON: the lookup TCC sends, the answer it reads back, and the two things it takes
 * from a problem answer (the problem's short code and the refused field). Field names on the wire
 * are the center's camelCase names ({@code fullName}, {@code personalIdNumber}, ...).
 */
final class CenterJson {
  private static final Logger LOG = Logger.getLogger(CenterJson.class.getName());

  /** A problem code as the center writes it; anything else is not repeated into TCC's messages. */
  private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private static final Map<IdentityField, String> WIRE_NAMES = new EnumMap<>(IdentityField.class);

  static {
    WIRE_NAMES.put(IdentityField.FULL_NAME, "fullName");
    WIRE_NAMES.put(IdentityField.DATE_OF_BIRTH, "dateOfBirth");
    WIRE_NAMES.put(IdentityField.PERSONAL_ID_NUMBER, "personalIdNumber");
    WIRE_NAMES.put(IdentityField.PERMANENT_ADDRESS, "permanentAddress");
    WIRE_NAMES.put(IdentityField.CURRENT_ADDRESS, "currentAddress");
    WIRE_NAMES.put(IdentityField.PHONE, "phone");
  }

  /** The center's answer broke its contract; the message is ours, never the center's text. */
  static final class UnreadableAnswer extends RuntimeException {
    UnreadableAnswer(String message) {
      super(message);
    }

    UnreadableAnswer(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private CenterJson() {}

  static String wireName(IdentityField field) {
    return WIRE_NAMES.get(field);
  }

  static Optional<IdentityField> field(String wireName) {
    return WIRE_NAMES.entrySet().stream()
        .filter(e -> e.getValue().equals(wireName))
        .map(Map.Entry::getKey)
        .findFirst();
  }

  /** The body of {@code POST /v1/vehicle-owner-lookups}. */
  static byte[] lookupBody(IdentityRequest request) {
    JsonArrayBuilder fields = JSON.createArrayBuilder();
    request.fields().forEach(f -> fields.add(wireName(f)));
    return JSON.createObjectBuilder()
        .add("plate", request.plate())
        .add("fields", fields)
        .add("caseReference", request.caseReference())
        .add("purpose", request.purpose())
        .add("officer", request.officer())
        .build()
        .toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The answer to {@code request}, keeping of the owner only the fields the request asked for: a
   * center that sends more breaks minimisation, and TCC does not take what it did not ask for.
   */
  static OwnerLookup lookup(byte[] body, IdentityRequest request) {
    JsonObject answer = object(body);
    String requestId = text(answer, "requestId");
    if (requestId != null && !requestId.equals(request.accessRequestId().toString())) {
      throw new UnreadableAnswer("the answer is for another access request");
    }
    String accessId = text(answer, "accessId");
    if (accessId == null || accessId.isBlank()) {
      throw new UnreadableAnswer("the answer has no access id");
    }
    Instant answeredAt;
    try {
      answeredAt = Instant.parse(required(answer, "answeredAt"));
    } catch (DateTimeParseException e) {
      throw new UnreadableAnswer("answeredAt is not an ISO instant", e);
    }
    JsonObject vehicle = member(answer, "vehicle");
    if (vehicle == null || text(vehicle, "plate") == null) {
      throw new UnreadableAnswer("the answer has no registered vehicle");
    }
    Map<IdentityField, String> owner = new EnumMap<>(IdentityField.class);
    JsonObject fields = member(answer, "owner");
    if (fields != null) {
      for (String name : fields.keySet()) {
        Optional<IdentityField> field = field(name);
        if (field.isEmpty() || !request.fields().contains(field.get())) {
          LOG.warning(
              () ->
                  "The identity center answered field '"
                      + name
                      + "', which access "
                      + accessId
                      + " did not ask for; it is dropped");
          continue;
        }
        String value = text(fields, name);
        if (value != null) {
          owner.put(field.get(), value);
        }
      }
    }
    return new OwnerLookup(
        accessId,
        request.accessRequestId(),
        new RegisteredVehicle(
            text(vehicle, "plate"),
            text(vehicle, "vehicleClass"),
            text(vehicle, "brand"),
            text(vehicle, "colour")),
        owner,
        answeredAt,
        answer.getBoolean("replayed", false));
  }

  /**
   * The short code of a problem answer: the last segment of its {@code type} (e.g. {@code
   * bad-signature} of {@code urn:identity-center:problem:bad-signature}); {@code unknown} when the
   * body is not a problem TCC can read.
   */
  static String problemCode(byte[] body) {
    try {
      String type = text(object(body), "type");
      if (type != null) {
        String code = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
        if (CODE.matcher(code).matches()) {
          return code;
        }
      }
    } catch (UnreadableAnswer e) {
      // not a problem document: the status alone speaks
    }
    return "unknown";
  }

  /** The field a {@code field-not-permitted} problem names, if TCC knows it. */
  static Optional<IdentityField> problemField(byte[] body) {
    try {
      String name = text(object(body), "field");
      return name == null ? Optional.empty() : field(name);
    } catch (UnreadableAnswer e) {
      return Optional.empty();
    }
  }

  private static JsonObject object(byte[] body) {
    if (body == null || body.length == 0) {
      throw new UnreadableAnswer("the answer is empty");
    }
    try (JsonReader reader = JSON.createReader(new ByteArrayInputStream(body))) {
      JsonValue value = reader.readValue();
      if (value.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new UnreadableAnswer("the answer is not a JSON object");
      }
      return value.asJsonObject();
    } catch (JsonException e) {
      throw new UnreadableAnswer("the answer is not JSON", e);
    }
  }

  private static JsonObject member(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.OBJECT) {
      throw new UnreadableAnswer(name + " is not an object");
    }
    return value.asJsonObject();
  }

  private static String text(JsonObject object, String name) {
    JsonValue value = object.get(name);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() != JsonValue.ValueType.STRING) {
      throw new UnreadableAnswer(name + " is not a string");
    }
    return ((JsonString) value).getString();
  }

  private static String required(JsonObject object, String name) {
    String value = text(object, name);
    if (value == null) {
      throw new UnreadableAnswer("the answer has no " + name);
    }
    return value;
  }
}
