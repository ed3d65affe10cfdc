package vn.tcc.identity.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

class IdentityRequestTest {
  @Test
  void a_lookup_needs_case_purpose_officer_plate_and_at_least_one_field() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () -> new IdentityRequest(UUID.randomUUID(), " ", "", null, "", Set.of()));

    assertEquals(
        List.of(
            "identity.error.caseReference.required",
            "identity.error.purpose.required",
            "identity.error.officer.required",
            "identity.error.plate.required",
            "identity.error.fields.required"),
        e.errors().stream().map(FieldError::messageKey).toList());
  }

  @Test
  void a_purpose_longer_than_500_characters_is_refused() {
    ValidationException e =
        assertThrows(
            ValidationException.class,
            () ->
                IdentityRequest.of(
                    "GL-2026-1",
                    "x".repeat(501),
                    "officer",
                    "81A-123.45",
                    Set.of(IdentityField.FULL_NAME)));

    assertEquals("purpose", e.errors().get(0).field());
    assertEquals(List.of(500), e.errors().get(0).args());
  }

  @Test
  void text_is_trimmed_and_the_fields_cannot_change_afterwards() {
    EnumSet<IdentityField> wanted = EnumSet.of(IdentityField.FULL_NAME);
    IdentityRequest request =
        IdentityRequest.of(" GL-2026-1 ", " vượt đèn đỏ ", " officer ", " 81A-123.45 ", wanted);
    wanted.add(IdentityField.PHONE);

    assertEquals("GL-2026-1", request.caseReference());
    assertEquals("81A-123.45", request.plate());
    assertEquals(Set.of(IdentityField.FULL_NAME), request.fields());
    assertThrows(
        UnsupportedOperationException.class, () -> request.fields().add(IdentityField.PHONE));
  }
}
