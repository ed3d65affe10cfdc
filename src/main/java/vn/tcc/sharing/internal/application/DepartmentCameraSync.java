package vn.tcc.sharing.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.camera.api.DepartmentCameras;
import vn.tcc.camera.api.DepartmentCameras.DepartmentCamera;
import vn.tcc.camera.api.DepartmentCameras.Outcome;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * The IOC's list of department cameras into the registry. Each camera is read, checked and
 * registered on its own (the registry runs each in its own transaction), so a bad item is answered
 * alone and the good ones go in; the same list twice changes nothing the second time.
 */
@ApplicationScoped
public class DepartmentCameraSync {
  static final String SYNCED = "SHARING_DEPARTMENT_CAMERAS_SYNCED";
  static final int MAX_ITEMS = 1000;

  private static final Logger LOG = Logger.getLogger(DepartmentCameraSync.class.getName());

  @Inject DepartmentCameras registry;
  @Inject AuditTrail trail;

  /** One camera's answer: its place in the list, its code as sent, what happened, why not. */
  public record ItemAnswer(int index, String code, Outcome outcome, List<ItemError> errors) {}

  public record ItemError(String field, String code, String message) {}

  public record SyncAnswer(
      int created, int updated, int unchanged, int rejected, List<ItemAnswer> items) {}

  public SyncAnswer sync(Caller caller, JsonObject body, Locale locale) {
    if (caller == null
        || caller.jurisdiction() == null
        || !caller.hasAnyRole(List.of(Role.IOC, Role.ADMIN))) {
      throw new ProblemException(403, "problem.403.role");
    }
    JsonValue list = body == null ? null : body.get("cameras");
    if (!(list instanceof JsonArray cameras) || cameras.isEmpty()) {
      throw new ValidationException(List.of(FieldError.of("cameras", "sharing.input.required")));
    }
    if (cameras.size() > MAX_ITEMS) {
      throw new ValidationException(
          List.of(FieldError.of("cameras", "sharing.input.tooMany", MAX_ITEMS)));
    }
    List<ItemAnswer> answers = new ArrayList<>();
    int[] counts = new int[Outcome.values().length];
    for (int i = 0; i < cameras.size(); i++) {
      ItemAnswer answer = one(caller, i, cameras.get(i), locale);
      counts[answer.outcome().ordinal()]++;
      answers.add(answer);
    }
    SyncAnswer answer =
        new SyncAnswer(
            counts[Outcome.CREATED.ordinal()],
            counts[Outcome.UPDATED.ordinal()],
            counts[Outcome.UNCHANGED.ordinal()],
            counts[Outcome.REJECTED.ordinal()],
            answers);
    trail.record(
        new AuditRecord(
            SYNCED,
            "consumer",
            caller.username(),
            null,
            null,
            false,
            AuditOutcome.SUCCESS,
            "created=%d updated=%d unchanged=%d rejected=%d"
                .formatted(
                    answer.created(), answer.updated(), answer.unchanged(), answer.rejected())));
    return answer;
  }

  private ItemAnswer one(Caller caller, int index, JsonValue value, Locale locale) {
    SharingInput input = new SharingInput();
    if (!(value instanceof JsonObject item)) {
      input.add(FieldError.of("cameras[" + index + "]", "sharing.input.required"));
      return rejected(index, null, input, locale);
    }
    String code = input.code("code", string(input, item, "code"), true);
    String name = input.required("name", string(input, item, "name"), 300);
    BigDecimal latitude = number(input, item, "latitude");
    BigDecimal longitude = number(input, item, "longitude");
    String commune = input.required("commune", string(input, item, "commune"), 64);
    String department = input.code("department", string(input, item, "department"), true);
    String departmentName =
        input.text("departmentName", string(input, item, "departmentName"), 300);
    String vmsLink = input.text("vmsLinkUrl", string(input, item, "vmsLinkUrl"), 500);
    if (input.hasErrors()) {
      return rejected(index, code, input, locale);
    }
    try {
      DepartmentCameras.Result result =
          registry.upsert(
              caller,
              new DepartmentCamera(
                  code, name, latitude, longitude, commune, department, departmentName, vmsLink));
      return new ItemAnswer(index, code, result.outcome(), errors(result.errors(), locale));
    } catch (ValidationException invalid) {
      return new ItemAnswer(index, code, Outcome.REJECTED, errors(invalid.errors(), locale));
    } catch (ProblemException refused) {
      return new ItemAnswer(
          index,
          code,
          Outcome.REJECTED,
          List.of(
              new ItemError(
                  "code",
                  refused.messageKey(),
                  Messages.text(refused.messageKey(), locale, refused.args()))));
    } catch (RuntimeException failed) {
      // E.g. two lists registering the same new code at once: this item fails, the rest go on.
      LOG.log(Level.WARNING, "department camera " + code + " not registered", failed);
      return new ItemAnswer(
          index,
          code,
          Outcome.REJECTED,
          List.of(
              new ItemError(
                  "code",
                  "sharing.feed.itemFailed",
                  Messages.text("sharing.feed.itemFailed", locale))));
    }
  }

  private static ItemAnswer rejected(int index, String code, SharingInput input, Locale locale) {
    try {
      input.check();
    } catch (ValidationException invalid) {
      return new ItemAnswer(index, code, Outcome.REJECTED, errors(invalid.errors(), locale));
    }
    return new ItemAnswer(index, code, Outcome.REJECTED, List.of());
  }

  // The registry names fields as its forms do; the IOC's answer names them as the IOC sent them.
  private static final java.util.Map<String, String> IOC_NAMES =
      java.util.Map.of(
          "communeCode", "commune",
          "ownerCode", "department",
          "mainStreamUrl", "vmsLinkUrl");

  private static List<ItemError> errors(List<FieldError> errors, Locale locale) {
    return errors.stream()
        .map(
            e ->
                new ItemError(
                    IOC_NAMES.getOrDefault(e.field(), e.field()),
                    e.messageKey(),
                    Messages.text(e.messageKey(), locale, e.args().toArray())))
        .toList();
  }

  private static String string(SharingInput input, JsonObject item, String field) {
    JsonValue value = item.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString text) {
      return text.getString();
    }
    input.add(FieldError.of(field, "sharing.input.unknownValue", value.getValueType()));
    return null;
  }

  /** A coordinate: a JSON number (or a number in a string), required. */
  private static BigDecimal number(SharingInput input, JsonObject item, String field) {
    JsonValue value = item.get(field);
    BigDecimal number = null;
    try {
      if (value instanceof JsonNumber json) {
        number = json.bigDecimalValue();
      } else if (value instanceof JsonString text && text.getString().length() <= 20) {
        number = new BigDecimal(text.getString().strip());
      }
    } catch (NumberFormatException notANumber) {
      // answered below
    }
    // Bounded before anything rescales it: 1e999999999 is a valid JSON number.
    if (number != null
        && number.compareTo(BigDecimal.valueOf(-180)) >= 0
        && number.compareTo(BigDecimal.valueOf(180)) <= 0) {
      return number;
    }
    input.add(
        FieldError.of(
            field,
            value == null ? "sharing.input.required" : "sharing.input.numberRange",
            -180,
            180));
    return null;
  }
}
