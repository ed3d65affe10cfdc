package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.HoldPlaced;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

class HoldAdministrationTest {
  private final Fakes.Holds holds = new Fakes.Holds();
  private final Fakes.Audit audit = new Fakes.Audit();
  private final Fakes.Fired<HoldPlaced> fired = new Fakes.Fired<>();
  private final HoldAdministration administration =
      new HoldAdministration(holds, holds, new Fakes.Cameras(), audit, fired, Fakes.CLOCK);

  private final Caller quyNhonOfficer = Fakes.user("officer", Role.OFFICER, "GL.QUY_NHON");
  private final Caller pleikuOfficer = Fakes.user("officer2", Role.OFFICER, "GL.PLEIKU");
  private final Caller supervisor = Fakes.user("supervisor", Role.SUPERVISOR, "GL");
  private final Caller supervisor2 = Fakes.user("supervisor2", Role.SUPERVISOR, "GL");

  private static HoldRequest onCamera(String camera) {
    return new HoldRequest(
        null,
        camera,
        "2026-03-01T08:00:00+07:00",
        "2026-03-01T11:00:00+07:00",
        null,
        "Điều tra va chạm",
        "12/QĐ-CAP",
        null);
  }

  private static HoldRequest onCase(String number) {
    return new HoldRequest(number, null, null, null, null, "Khởi kiện", "07/TB-TAND", "2026-12-31");
  }

  @Test
  void an_officer_holds_a_camera_of_his_commune_and_the_owning_modules_are_told() {
    HoldView placed = administration.place(quyNhonOfficer, onCamera("GL-QN-0001"));

    assertEquals("CAMERA", placed.scope());
    assertEquals("IN_FORCE", placed.state());
    assertEquals("GL.QUY_NHON", placed.jurisdiction());
    HoldPlaced event = fired.events.get(0);
    assertEquals(placed.id(), event.holdId());
    assertEquals("GL-QN-0001", event.cameraCode());
    assertEquals(placed.from(), event.cameraFrom());
    assertEquals(null, event.caseNumber());
    assertEquals(HoldAdministration.PLACED, audit.records.get(0).action());
    assertEquals("GL.QUY_NHON", audit.records.get(0).jurisdiction().value());
  }

  @Test
  void another_communes_camera_does_not_exist_for_the_officer() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> administration.place(pleikuOfficer, onCamera("GL-QN-0001")));

    assertEquals(404, refused.status());
    assertTrue(holds.stored.isEmpty());
    assertTrue(fired.events.isEmpty());
    assertEquals(AuditOutcome.DENIED, audit.records.get(0).outcome());
    assertEquals(
        404,
        assertThrows(
                ProblemException.class,
                () -> administration.place(quyNhonOfficer, onCamera("GL-XX-0404")))
            .status());
  }

  @Test
  void case_holds_are_the_provinces() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> administration.place(quyNhonOfficer, onCase("VP-2026-1")));
    assertEquals(403, refused.status());
    assertEquals("retention.hold.provinceOnly", refused.messageKey());

    HoldView placed = administration.place(supervisor, onCase("VP-2026-1"));
    assertEquals("VP-2026-1", fired.events.get(0).caseNumber());
    assertEquals(
        List.of(placed.id()),
        administration.visible(supervisor, null).stream().map(HoldView::id).toList());
    assertTrue(administration.visible(quyNhonOfficer, null).isEmpty());
  }

  @Test
  void a_hold_covers_exactly_one_thing_and_hostile_fields_are_422() {
    HoldRequest both =
        new HoldRequest(
            "VP-2026-1",
            "GL-QN-0001",
            "2026-03-01T08:00:00+07:00",
            "2026-03-01T09:00:00+07:00",
            null,
            "r",
            "d",
            null);
    assertEquals("retention.hold.oneScope", firstError(both).messageKey());
    HoldRequest none = new HoldRequest(null, null, null, null, null, "r", "d", null);
    assertEquals("retention.hold.oneScope", firstError(none).messageKey());
    assertEquals(
        "retention.input.tooLong",
        firstError(new HoldRequest("VP-" + "9".repeat(40), null, null, null, null, "r", "d", null))
            .messageKey());
    assertEquals(
        "retention.input.controlCharacter",
        firstError(new HoldRequest("VP-1", null, null, null, null, "r\0", "d", null)).messageKey());
    assertEquals(
        "retention.input.yearOutOfRange",
        firstError(
                new HoldRequest(
                    null,
                    "GL-QN-0001",
                    "+999999999-01-01T00:00:00Z",
                    "2026-03-01T09:00:00Z",
                    null,
                    "r",
                    "d",
                    null))
            .messageKey());
    assertEquals(
        "retention.input.code",
        firstError(new HoldRequest("VP 1; DROP", null, null, null, null, "r", "d", null))
            .messageKey());
    assertTrue(holds.stored.isEmpty());
  }

  @Test
  void a_range_that_ends_before_it_starts_is_422() {
    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () ->
                administration.place(
                    quyNhonOfficer,
                    new HoldRequest(
                        null,
                        "GL-QN-0001",
                        "2026-03-02T00:00:00Z",
                        "2026-03-01T00:00:00Z",
                        null,
                        "r",
                        "d",
                        null)));
    assertEquals(422, refused.status());
  }

  @Test
  void the_placer_cannot_lift_his_hold_another_supervisor_can_once() {
    HoldView placed = administration.place(supervisor, onCamera("GL-QN-0002"));

    ProblemException own =
        assertThrows(
            ProblemException.class, () -> administration.lift(supervisor, placed.id(), "Đã xong"));
    assertEquals(403, own.status());
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () -> administration.lift(quyNhonOfficer, placed.id(), "Đã xong"))
            .status(),
        "an officer does not lift holds");
    assertEquals(
        "retention.input.required",
        assertThrows(
                ValidationException.class, () -> administration.lift(supervisor2, placed.id(), " "))
            .errors()
            .get(0)
            .messageKey());

    HoldView lifted = administration.lift(supervisor2, placed.id(), "Vụ việc đã xử lý xong");
    assertEquals("LIFTED", lifted.state());
    assertEquals("supervisor2", lifted.liftedBy());
    assertEquals(HoldAdministration.LIFTED, audit.records.get(audit.records.size() - 1).action());
    assertEquals(
        409,
        assertThrows(
                ProblemException.class, () -> administration.lift(supervisor2, placed.id(), "lại"))
            .status());
    assertEquals(
        404,
        assertThrows(ProblemException.class, () -> administration.lift(supervisor2, 999, "r"))
            .status());
  }

  @Test
  void the_list_is_scoped_to_the_callers_area_and_its_paging_is_checked() {
    administration.place(quyNhonOfficer, onCamera("GL-QN-0001"));
    administration.place(supervisor, onCamera("GL-PK-0001"));
    administration.place(supervisor, onCase("VP-2026-7"));

    assertEquals(1, administration.list(quyNhonOfficer, null, null, null).total());
    assertEquals(1, administration.list(pleikuOfficer, "IN_FORCE", "0", "10").total());
    HoldAdministration.HoldPage page = administration.list(supervisor, null, "1", "2");
    assertEquals(3, page.total());
    assertEquals(1, page.items().size());

    for (String[] bad :
        new String[][] {
          {"0", "0"}, {"0", "201"}, {"-1", "10"}, {"0", "abc"}, {"0", "99999999999"}
        }) {
      ValidationException invalid =
          assertThrows(
              ValidationException.class,
              () -> administration.list(supervisor, null, bad[0], bad[1]));
      assertEquals("retention.input.numberRange", invalid.errors().get(0).messageKey());
    }
    assertEquals(
        "retention.input.unknownValue",
        assertThrows(
                ValidationException.class,
                () -> administration.list(supervisor, "GONE", null, null))
            .errors()
            .get(0)
            .messageKey());
  }

  @Test
  void the_camera_page_shows_only_holds_the_caller_may_see() {
    administration.place(quyNhonOfficer, onCamera("GL-QN-0001"));

    assertEquals(1, administration.onCamera(quyNhonOfficer, "GL-QN-0001").size());
    assertTrue(administration.onCamera(pleikuOfficer, "GL-QN-0001").isEmpty());
    assertTrue(administration.onCamera(quyNhonOfficer, "GL-QN-0002").isEmpty());
  }

  private FieldError firstError(HoldRequest request) {
    return assertThrows(ValidationException.class, () -> administration.place(supervisor, request))
        .errors()
        .get(0);
  }
}
