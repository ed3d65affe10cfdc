package vn.tcc.identity.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

/**
 * One question to the authentication center: who owns the vehicle with this plate, for which case
 * and purpose, asked by which officer, and which fields of the owner's record are needed.
 *
 * <p>{@code accessRequestId} is TCC's own id of this access, generated once per request and kept
 * with the case: it is the idempotency key, so asking again with the same request (after a timeout
 * or an outage) gets the same answer and the same access id and is not counted twice.
 *
 * @param accessRequestId TCC's unique id of this access (the {@code X-Request-Id} sent)
 * @param caseReference the violation case number the lookup is made for
 * @param purpose why the data is needed, in words; required by the center for every access
 * @param officer the user name of the officer who asks
 * @param plate the plate as read or typed; the center normalises it
 * @param fields the owner's fields wanted; at least one
 */
public record IdentityRequest(
    UUID accessRequestId,
    String caseReference,
    String purpose,
    String officer,
    String plate,
    Set<IdentityField> fields) {
  public static final int MAX_PURPOSE_LENGTH = 500;
  public static final int MAX_TEXT_LENGTH = 64;

  public IdentityRequest {
    Objects.requireNonNull(accessRequestId, "accessRequestId");
    List<FieldError> errors = new ArrayList<>();
    requireText(errors, "caseReference", caseReference, MAX_TEXT_LENGTH);
    requireText(errors, "purpose", purpose, MAX_PURPOSE_LENGTH);
    requireText(errors, "officer", officer, MAX_TEXT_LENGTH);
    requireText(errors, "plate", plate, MAX_TEXT_LENGTH);
    if (fields == null || fields.isEmpty()) {
      errors.add(FieldError.of("fields", "identity.error.fields.required"));
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    caseReference = caseReference.strip();
    purpose = purpose.strip();
    officer = officer.strip();
    plate = plate.strip();
    fields = Collections.unmodifiableSet(EnumSet.copyOf(fields));
  }

  /** A new access (a new access request id) for a case. */
  public static IdentityRequest of(
      String caseReference,
      String purpose,
      String officer,
      String plate,
      Set<IdentityField> fields) {
    return new IdentityRequest(UUID.randomUUID(), caseReference, purpose, officer, plate, fields);
  }

  private static void requireText(List<FieldError> errors, String field, String value, int max) {
    if (value == null || value.isBlank()) {
      errors.add(FieldError.of(field, "identity.error." + field + ".required"));
    } else if (value.strip().length() > max) {
      errors.add(FieldError.of(field, "identity.error.tooLong", max));
    }
  }
}
