package vn.tcc.command.internal.incident.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraPlaces.CameraPlace;
import vn.tcc.command.internal.incident.domain.IncidentState;
import vn.tcc.command.internal.incident.domain.Severity;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.EventImage;
import vn.tcc.event.api.EventType;
import vn.tcc.event.api.EventsHandedOver;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/** Opening from handed-over events, taking, handling and escalating, against an in-memory store. */
class IncidentDeskTest {
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final Caller OPERATOR =
      new Caller(
          "operator",
          "Võ Minh Tuấn",
          Caller.Kind.USER,
          Set.of(Role.OPERATOR),
          new JurisdictionCode("GL"));
  private static final Caller OPERATOR2 =
      new Caller(
          "operator2",
          "Đặng Thị Hoa",
          Caller.Kind.USER,
          Set.of(Role.OPERATOR),
          new JurisdictionCode("GL"));
  private static final Caller SUPERVISOR =
      new Caller(
          "supervisor",
          "Trần Thị Bình",
          Caller.Kind.USER,
          Set.of(Role.SUPERVISOR),
          new JurisdictionCode("GL"));
  private static final Caller PLEIKU_OFFICER =
      new Caller(
          "officer2",
          "Võ Thị Giang",
          Caller.Kind.USER,
          Set.of(Role.OFFICER),
          new JurisdictionCode("GL.PLEIKU"));
  private static final Caller AUDITOR =
      new Caller(
          "auditor",
          "Hoàng Văn Em",
          Caller.Kind.USER,
          Set.of(Role.AUDITOR),
          new JurisdictionCode("GL"));

  private final InMemoryIncidents incidents = new InMemoryIncidents();
  private final List<AuditRecord> audit = new ArrayList<>();
  private final IncidentOpening opening = new IncidentOpening();
  private final IncidentDesk desk = new IncidentDesk();
  private final IncidentWatch watch = new IncidentWatch();
  private final List<IncidentsOpened> signalled = new ArrayList<>();

  /** Records the IncidentsOpened fired (the waiting screens' wake-up after the commit). */
  private final class Signalled implements Event<IncidentsOpened> {
    @Override
    public void fire(IncidentsOpened event) {
      signalled.add(event);
    }

    @Override
    public <U extends IncidentsOpened> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends IncidentsOpened> CompletionStage<U> fireAsync(
        U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<IncidentsOpened> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends IncidentsOpened> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends IncidentsOpened> Event<U> select(
        TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  @BeforeEach
  void wire() {
    opening.incidents = incidents;
    opening.auditTrail = audit::add;
    opening.openedSignal = new Signalled();
    opening.places =
        (codes, limit) ->
            Map.of(
                "GL-QN-0004",
                new CameraPlace(
                    "GL-QN-0004",
                    "Bến xe Quy Nhơn",
                    QUY_NHON,
                    new BigDecimal("13.7658"),
                    new BigDecimal("109.2071"),
                    "Tây Sơn",
                    List.of("GL-QNN-0001", "GL-QN-0001", "GL-QN-0003", "GL-QN-0002")));
    desk.incidents = incidents;
    desk.auditTrail = audit::add;
    desk.denials = new IncidentDenials();
    desk.denials.auditTrail = audit::add;
    watch.incidents = incidents;
    watch.auditTrail = audit::add;
    watch.openedSignal = new Signalled();
  }

  private static AcceptedEvent event(long id, EventType type) {
    return new AcceptedEvent(
        id,
        "GL-QN-RSC1",
        "e" + id,
        "GL-QN-0004",
        QUY_NHON,
        OffsetDateTime.of(2026, 12, 7, 8, 0, 0, 0, ZoneOffset.ofHours(7)),
        type,
        null,
        null,
        null,
        null,
        null,
        null,
        List.of(new EventImage("overview", null, null, "ZM-DEMO", "17", "3")),
        Map.of());
  }

  private long openAccident(long eventId) {
    opening.onHandedOver(new EventsHandedOver(List.of(event(eventId, EventType.ACCIDENT))));
    return incidents.rows.values().stream()
        .filter(i -> i.eventId() == eventId)
        .findFirst()
        .orElseThrow()
        .id();
  }

  @Test
  void a_stream_read_waits_up_to_25_seconds_and_an_auditors_never() {
    assertEquals(0, desk.streamWait(OPERATOR, null));
    assertEquals(25, desk.streamWait(OPERATOR, "25"));
    assertEquals(0, desk.streamWait(AUDITOR, "25"), "an auditor's read is audited at once");
    for (String wait : List.of("26", "-1", "soon", "a\u0000b", "9".repeat(100_000))) {
      assertThrows(ValidationException.class, () -> desk.streamWait(OPERATOR, wait));
    }
  }

  @Test
  void an_accident_opens_one_incident_placed_at_its_camera_however_often_it_comes() {
    AcceptedEvent accident = event(1, EventType.ACCIDENT);
    opening.onHandedOver(
        new EventsHandedOver(List.of(accident, accident, event(2, EventType.PLATE_READ))));
    opening.onHandedOver(new EventsHandedOver(List.of(accident)));

    assertEquals(1, incidents.rows.size());
    var incident = incidents.rows.values().iterator().next();
    assertEquals(Severity.CRITICAL, incident.severity());
    assertEquals("GL.QUY_NHON", incident.jurisdiction());
    assertEquals("vms:ZM-DEMO/17#3", incident.evidenceRef());
    assertEquals(4, incident.nearbyCameras().size());
    assertEquals(1, audit.stream().filter(a -> a.action().equals("INCIDENTS_OPENED")).count());
    assertEquals(
        List.of(new IncidentsOpened(List.of(incident.id()))),
        signalled,
        "the waiting screens are signalled once, for the one incident opened");
  }

  @Test
  void violations_plate_reads_and_kinds_without_a_severity_open_nothing() {
    opening.onHandedOver(
        new EventsHandedOver(
            List.of(
                event(1, EventType.RED_LIGHT),
                event(2, EventType.PLATE_READ),
                event(3, EventType.CROWD))));
    assertTrue(
        incidents.rows.isEmpty(), "CROWD has no severity in this store: the center turned it off");
    assertTrue(audit.isEmpty());
  }

  @Test
  void the_new_analytics_types_are_no_violations() {
    for (EventType type :
        List.of(
            EventType.STOPPED_VEHICLE,
            EventType.CONGESTION,
            EventType.ACCIDENT,
            EventType.CROWD,
            EventType.FIRE_SMOKE)) {
      assertTrue(!type.isViolation(), type + " opens no case");
    }
    assertTrue(EventType.WRONG_WAY.isViolation(), "wrong way stays a violation");
  }

  @Test
  void the_first_acknowledgement_wins_and_the_second_is_told_who_took_it() {
    long id = openAccident(1);
    desk.acknowledge(OPERATOR, String.valueOf(id));
    ProblemException second =
        assertThrows(ProblemException.class, () -> desk.acknowledge(OPERATOR2, String.valueOf(id)));
    assertEquals(409, second.status());
    assertEquals("command.incident.error.taken", second.messageKey());
    assertEquals("Võ Minh Tuấn", second.args()[0]);
    assertEquals("operator", incidents.rows.get(id).acknowledgedBy());
    assertTrue(
        audit.stream()
            .anyMatch(
                a ->
                    a.outcome() == AuditOutcome.DENIED
                        && a.action().equals("INCIDENT_ACKNOWLEDGED")));
    // the winner clicking again changes nothing
    assertEquals(
        IncidentState.ACKNOWLEDGED,
        desk.acknowledge(OPERATOR, String.valueOf(id)).incident().state());
  }

  @Test
  void only_the_acknowledger_or_a_supervisor_records_measures_and_closes() {
    long id = openAccident(1);
    desk.acknowledge(OPERATOR, String.valueOf(id));
    ProblemException other =
        assertThrows(
            ProblemException.class,
            () ->
                desk.recordAction(
                    OPERATOR2, String.valueOf(id), new ActionRequest("PATROL_DISPATCHED", null)));
    assertEquals(403, other.status());
    desk.recordAction(OPERATOR, String.valueOf(id), new ActionRequest("PATROL_DISPATCHED", "Tổ 2"));
    desk.recordAction(SUPERVISOR, String.valueOf(id), new ActionRequest("IOC_INFORMED", null));
    assertThrows(
        ProblemException.class,
        () -> desk.close(OPERATOR2, String.valueOf(id), new CloseRequest("RESOLVED", null)));
    var closed = desk.close(OPERATOR, String.valueOf(id), new CloseRequest("RESOLVED", "xong"));
    assertEquals(IncidentState.CLOSED, closed.incident().state());
    assertEquals(2, closed.actions().size());
  }

  @Test
  void another_communes_officer_gets_not_found_and_a_role_without_incidents_forbidden() {
    long id = openAccident(1);
    assertEquals(
        404,
        assertThrows(ProblemException.class, () -> desk.one(PLEIKU_OFFICER, String.valueOf(id)))
            .status());
    assertEquals(
        404,
        assertThrows(
                ProblemException.class, () -> desk.acknowledge(PLEIKU_OFFICER, String.valueOf(id)))
            .status());
    Caller admin =
        new Caller(
            "admin", "Admin", Caller.Kind.USER, Set.of(Role.ADMIN), new JurisdictionCode("GL"));
    assertEquals(
        403,
        assertThrows(ProblemException.class, () -> desk.one(admin, String.valueOf(id))).status());
    assertEquals(IncidentState.NEW, incidents.rows.get(id).state());
  }

  @Test
  void an_auditor_reads_incidents_with_each_read_audited_and_changes_nothing() {
    long id = openAccident(1);
    audit.clear();
    assertEquals(id, desk.one(AUDITOR, String.valueOf(id)).incident().id());
    assertEquals(
        1, desk.list(AUDITOR, new IncidentDesk.Query(null, null, null, null, null, null)).total());
    assertEquals(
        List.of(IncidentDesk.INCIDENT_READ, IncidentDesk.INCIDENTS_READ),
        audit.stream().map(AuditRecord::action).toList());
    assertTrue(audit.get(1).details().contains(String.valueOf(id)));
    for (Runnable change :
        List.<Runnable>of(
            () -> desk.acknowledge(AUDITOR, String.valueOf(id)),
            () ->
                desk.recordAction(
                    AUDITOR, String.valueOf(id), new ActionRequest("IOC_INFORMED", null)),
            () -> desk.close(AUDITOR, String.valueOf(id), new CloseRequest("FALSE_ALARM", null)))) {
      assertEquals(403, assertThrows(ProblemException.class, change::run).status());
    }
    assertEquals(IncidentState.NEW, incidents.rows.get(id).state());
    // An operator's reads are his work, not audited one by one.
    audit.clear();
    desk.one(OPERATOR, String.valueOf(id));
    assertTrue(audit.isEmpty());
  }

  @Test
  void hostile_input_is_a_validation_error() {
    long id = openAccident(1);
    desk.acknowledge(OPERATOR, String.valueOf(id));
    assertThrows(
        ValidationException.class,
        () -> desk.recordAction(OPERATOR, String.valueOf(id), new ActionRequest("OTHER", null)));
    assertThrows(
        ValidationException.class,
        () ->
            desk.recordAction(
                OPERATOR, String.valueOf(id), new ActionRequest("OTHER", "a\u0000b")));
    assertThrows(
        ValidationException.class,
        () ->
            desk.recordAction(
                OPERATOR, String.valueOf(id), new ActionRequest("OTHER", "x".repeat(100_000))));
    assertThrows(
        ValidationException.class, () -> desk.recordAction(OPERATOR, String.valueOf(id), null));
    for (IncidentDesk.Query query :
        List.of(
            new IncidentDesk.Query(null, null, null, null, null, "-1"),
            new IncidentDesk.Query(null, null, null, null, null, "201"),
            new IncidentDesk.Query(null, null, "+999999999-01-01T00:00:00Z", null, null, null),
            new IncidentDesk.Query("\u0000", null, null, null, null, null),
            new IncidentDesk.Query(null, null, null, "maybe", null, null),
            new IncidentDesk.Query(null, null, null, null, "99999999999999999999", null))) {
      assertThrows(ValidationException.class, () -> desk.list(OPERATOR, query), query.toString());
    }
    assertEquals(
        404, assertThrows(ProblemException.class, () -> desk.one(OPERATOR, "abc")).status());
  }

  @Test
  void an_incident_nobody_took_escalates_after_the_configured_time_and_a_taken_one_does_not() {
    long waiting = openAccident(1);
    long taken = openAccident(2);
    desk.acknowledge(OPERATOR, String.valueOf(taken));
    Instant opened = incidents.rows.get(waiting).openedAt();

    assertEquals(0, watch.escalate(opened.plusSeconds(119)));
    assertEquals(1, watch.escalate(opened.plusSeconds(121)));
    assertEquals(IncidentState.ESCALATED, incidents.rows.get(waiting).state());
    assertEquals(IncidentState.ACKNOWLEDGED, incidents.rows.get(taken).state());
    assertEquals(0, watch.escalate(opened.plusSeconds(600)), "escalated once");
    // still taken afterwards
    desk.acknowledge(OPERATOR2, String.valueOf(waiting));
    assertEquals(IncidentState.ACKNOWLEDGED, incidents.rows.get(waiting).state());
  }
}
