package vn.tcc.command.internal.incident.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IncidentLifecycleTest {
  private static final Instant OPENED = Instant.parse("2026-12-07T03:00:00Z");
  private static final Duration TWO_MINUTES = Duration.ofSeconds(120);

  @Test
  void only_an_incident_nobody_took_may_be_acknowledged() {
    assertTrue(IncidentLifecycle.mayBeAcknowledged(IncidentState.NEW));
    assertTrue(IncidentLifecycle.mayBeAcknowledged(IncidentState.ESCALATED));
    assertFalse(IncidentLifecycle.mayBeAcknowledged(IncidentState.ACKNOWLEDGED));
    assertFalse(IncidentLifecycle.mayBeAcknowledged(IncidentState.CLOSED));
  }

  @Test
  void the_acknowledger_records_actions_and_another_operator_may_not() {
    assertDoesNotThrow(
        () ->
            IncidentLifecycle.checkMayRecordAction(
                IncidentState.ACKNOWLEDGED, "operator", "operator", false));
    IncidentRuleException refused =
        assertThrows(
            IncidentRuleException.class,
            () ->
                IncidentLifecycle.checkMayRecordAction(
                    IncidentState.ACKNOWLEDGED, "operator", "operator2", false));
    assertEquals("command.incident.error.notYours", refused.messageKey());
  }

  @Test
  void a_supervisor_records_actions_on_an_incident_another_took() {
    assertDoesNotThrow(
        () ->
            IncidentLifecycle.checkMayRecordAction(
                IncidentState.ACKNOWLEDGED, "operator", "supervisor", true));
  }

  @Test
  void no_action_before_the_incident_is_taken_nor_after_it_is_closed() {
    assertEquals(
        "command.incident.error.notAcknowledged",
        assertThrows(
                IncidentRuleException.class,
                () ->
                    IncidentLifecycle.checkMayRecordAction(
                        IncidentState.NEW, null, "operator", true))
            .messageKey());
    assertEquals(
        "command.incident.error.closed",
        assertThrows(
                IncidentRuleException.class,
                () ->
                    IncidentLifecycle.checkMayRecordAction(
                        IncidentState.CLOSED, "operator", "operator", false))
            .messageKey());
  }

  @Test
  void the_acknowledger_or_a_supervisor_closes() {
    assertDoesNotThrow(
        () ->
            IncidentLifecycle.checkMayClose(
                IncidentState.ACKNOWLEDGED, "operator", "operator", false));
    assertDoesNotThrow(
        () ->
            IncidentLifecycle.checkMayClose(IncidentState.ACKNOWLEDGED, "operator", "boss", true));
    assertThrows(
        IncidentRuleException.class,
        () ->
            IncidentLifecycle.checkMayClose(
                IncidentState.ACKNOWLEDGED, "operator", "operator2", false));
  }

  @Test
  void only_a_supervisor_closes_an_incident_nobody_took() {
    assertDoesNotThrow(
        () -> IncidentLifecycle.checkMayClose(IncidentState.ESCALATED, null, "boss", true));
    assertThrows(
        IncidentRuleException.class,
        () -> IncidentLifecycle.checkMayClose(IncidentState.NEW, null, "operator", false));
  }

  @Test
  void a_closed_incident_stays_closed() {
    assertThrows(
        IncidentRuleException.class,
        () -> IncidentLifecycle.checkMayClose(IncidentState.CLOSED, "operator", "boss", true));
  }

  @Test
  void an_incident_escalates_when_nobody_took_it_within_the_time() {
    assertFalse(
        IncidentLifecycle.escalationDue(
            IncidentState.NEW, OPENED, OPENED.plusSeconds(119), TWO_MINUTES));
    assertTrue(
        IncidentLifecycle.escalationDue(
            IncidentState.NEW, OPENED, OPENED.plusSeconds(120), TWO_MINUTES));
  }

  @Test
  void a_taken_or_already_escalated_incident_does_not_escalate() {
    Instant late = OPENED.plusSeconds(600);
    assertFalse(
        IncidentLifecycle.escalationDue(IncidentState.ACKNOWLEDGED, OPENED, late, TWO_MINUTES));
    assertFalse(
        IncidentLifecycle.escalationDue(IncidentState.ESCALATED, OPENED, late, TWO_MINUTES));
    assertFalse(IncidentLifecycle.escalationDue(IncidentState.CLOSED, OPENED, late, TWO_MINUTES));
  }

  @Test
  void the_cutoff_is_the_escalation_time_before_now() {
    assertEquals(OPENED, IncidentLifecycle.escalationCutoff(OPENED.plusSeconds(120), TWO_MINUTES));
  }
}
