package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.sharing.internal.application.SharingFakes.ADMIN;
import static vn.tcc.sharing.internal.application.SharingFakes.OFFICER;
import static vn.tcc.sharing.internal.application.SharingFakes.request;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.sharing.internal.domain.ActorKind;
import vn.tcc.sharing.internal.domain.AgreementState;

class AgreementAdministrationTest {
  private final SharingFakes fakes = new SharingFakes();
  private final AgreementAdministration service = fakes.administration();
  private static final Caller PROVIDER = SharingFakes.provider("provider", "GL-VTVH");
  private static final Caller HOUSEHOLD = SharingFakes.provider("an", "GL-PK-HGD01");

  private long drafted(String camera) {
    return service.draft(ADMIN, request(camera, "2026-12-31")).id();
  }

  private static Set<String> fields(ValidationException invalid) {
    return invalid.errors().stream().map(FieldError::field).collect(Collectors.toSet());
  }

  @Test
  void an_administrator_drafts_others_may_not() {
    AgreementView view = service.draft(ADMIN, request("GL-QN-0004", "2026-12-31"));
    assertEquals(AgreementState.DRAFT, view.state());
    assertEquals("GL-VTVH", view.providerCode());
    assertEquals(1, view.timeline().size());
    assertEquals(Set.of(AgreementState.ACTIVE, AgreementState.REVOKED), view.actions());
    assertTrue(fakes.audit.actions().contains("SHARING_AGREEMENT_DRAFTED"));
    for (Caller who : List.of(OFFICER, PROVIDER)) {
      ProblemException refused =
          assertThrows(
              ProblemException.class,
              () -> service.draft(who, request("GL-QN-0004", "2026-12-31")));
      assertEquals(403, refused.status());
    }
  }

  @Test
  void every_bad_field_is_reported_at_once_and_nothing_stored() {
    AgreementRequest hostile =
        new AgreementRequest(
            "GL-VTVH",
            "a\u0000b",
            "GL.QUY_NHON",
            List.of("x".repeat(100_000)),
            List.of("TELEPATHY"),
            List.of(),
            "25:99",
            "06:00",
            List.of("FUNDAY"),
            "BECAUSE",
            null,
            "MOON",
            -5,
            "+999999999-12-31",
            "2026-13-45",
            "NOT-A-HASH");
    ValidationException invalid =
        assertThrows(ValidationException.class, () -> service.draft(ADMIN, hostile));
    assertEquals(
        Set.of(
            "title",
            "cameraCodes",
            "dataTypes",
            "purposes",
            "startTime",
            "daysOfWeek",
            "legalBasis",
            "storagePlace",
            "retentionDays",
            "startsOn",
            "endsOn",
            "documentSha256"),
        fields(invalid));
    assertTrue(fakes.agreements.rows.isEmpty());
  }

  @Test
  void only_the_providers_own_registered_cameras_are_shared() {
    for (String camera : List.of("GL-QN-0001", "GL-PK-0003", "GL-QN-0005", "GL-XX-0000")) {
      ValidationException refused =
          assertThrows(
              ValidationException.class,
              () -> service.draft(ADMIN, request(camera, "2026-12-31")),
              camera);
      assertEquals("cameraCodes", refused.errors().get(0).field());
    }
    ValidationException past =
        assertThrows(
            ValidationException.class,
            () -> service.draft(ADMIN, request("GL-QN-0004", "2026-06-09")));
    assertEquals("sharing.agreement.endsInPast", past.errors().get(0).messageKey());
  }

  @Test
  void a_provider_sees_and_revokes_only_his_own() {
    long own = drafted("GL-QN-0004");
    service.move(ADMIN, own, AgreementState.ACTIVE, "Đã ký", null);
    var household =
        new AgreementRequest(
            "GL-PK-HGD01",
            "Cửa hàng",
            "GL.PLEIKU",
            List.of("GL-PK-0003"),
            List.of("LIVE_VIEW"),
            List.of("SECURITY_AND_ORDER"),
            "22:00",
            "06:00",
            List.of("MONDAY"),
            "VOLUNTARY_ART18",
            null,
            "COMMUNE_CENTER",
            15,
            "2026-01-01",
            "2026-12-31",
            SharingFakes.SHA);
    long theirs = service.draft(ADMIN, household).id();

    List<AgreementView> mine = service.list(PROVIDER, null, "GL-PK-HGD01", null, null).items();
    assertEquals(List.of(own), mine.stream().map(AgreementView::id).toList());
    assertEquals(
        List.of(theirs),
        service.list(HOUSEHOLD, null, null, null, null).items().stream()
            .map(AgreementView::id)
            .toList());

    ProblemException notHis =
        assertThrows(ProblemException.class, () -> service.one(PROVIDER, theirs));
    assertEquals(404, notHis.status());
    assertTrue(fakes.audit.actions().contains("SHARING_ACCESS_DENIED"));
    assertEquals(
        404,
        assertThrows(
                ProblemException.class,
                () -> service.move(PROVIDER, theirs, AgreementState.REVOKED, "x", null))
            .status());
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () -> service.move(PROVIDER, own, AgreementState.SUSPENDED, "x", null))
            .status());

    AgreementView revoked =
        service.move(PROVIDER, own, AgreementState.REVOKED, "Không chia sẻ nữa", null);
    assertEquals(AgreementState.REVOKED, revoked.state());
    var line = revoked.timeline().get(revoked.timeline().size() - 1);
    assertEquals(ActorKind.PROVIDER, line.actorKind());
    assertEquals("provider", line.actor());
    assertNull(
        revoked.timeline().get(1).actor(), "the provider does not learn which officer activated");
    assertNull(revoked.createdBy());
  }

  @Test
  void a_commune_sees_its_own_and_the_provinces_agreements_not_anothers() {
    long quyNhon = drafted("GL-QN-0004");
    assertEquals(quyNhon, service.one(OFFICER, quyNhon).id());
    Caller pleiku = SharingFakes.user("officer2", "officer", "GL.PLEIKU");
    assertEquals(
        404, assertThrows(ProblemException.class, () -> service.one(pleiku, quyNhon)).status());
    assertTrue(service.list(pleiku, null, null, null, null).items().isEmpty());
    assertEquals(1, service.list(ADMIN, null, null, null, null).total());
  }

  @Test
  void moves_need_a_reason_and_activation_the_signed_document() {
    long id = drafted("GL-QN-0004");
    ValidationException noReason =
        assertThrows(
            ValidationException.class,
            () -> service.move(ADMIN, id, AgreementState.ACTIVE, " ", null));
    assertEquals("reason", noReason.errors().get(0).field());
    assertEquals(
        AgreementState.ACTIVE, service.move(ADMIN, id, AgreementState.ACTIVE, "Ký", null).state());
    assertEquals(
        409,
        assertThrows(
                ProblemException.class,
                () -> service.move(ADMIN, id, AgreementState.DATA_DESTROYED, "x", null))
            .status());
  }

  @Test
  void paging_is_bounded() {
    for (String size : List.of("-1", "0", "201", "99999999999", "x")) {
      assertThrows(
          ValidationException.class, () -> service.list(ADMIN, null, null, "0", size), size);
    }
    assertThrows(ValidationException.class, () -> service.list(ADMIN, "NOPE", null, null, null));
    assertThrows(ValidationException.class, () -> service.list(ADMIN, null, null, "-1", null));
  }
}
