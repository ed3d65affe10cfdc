package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.tcc.sharing.internal.application.SharingFakes.ADMIN;
import static vn.tcc.sharing.internal.application.SharingFakes.TODAY;
import static vn.tcc.sharing.internal.application.SharingFakes.request;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.sharing.internal.domain.ActorKind;
import vn.tcc.sharing.internal.domain.AgreementEvent;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.ExpiryReminder;

class AgreementExpiryTest {
  private final SharingFakes fakes = new SharingFakes();
  private final AgreementAdministration administration = fakes.administration();
  private final AgreementExpiry expiry = fakes.expiry();

  private long active(String last) {
    long id = administration.draft(ADMIN, request("GL-QN-0004", last)).id();
    administration.move(ADMIN, id, AgreementState.ACTIVE, "Đã ký", null);
    return id;
  }

  @Test
  void agreements_past_their_term_expire_by_themselves() {
    long ended = active("2026-12-31");
    fakes.agreements.setTerm(ended, TODAY.minusDays(40), TODAY.minusDays(1));
    long running = active("2026-12-31");

    AgreementExpiry.Outcome outcome = expiry.run();
    assertEquals(1, outcome.expired());
    assertEquals(AgreementState.EXPIRED, fakes.agreements.find(ended).orElseThrow().state());
    assertEquals(AgreementState.ACTIVE, fakes.agreements.find(running).orElseThrow().state());
    List<AgreementEvent> timeline = fakes.agreements.timeline(ended);
    AgreementEvent last = timeline.get(timeline.size() - 1);
    assertEquals(ActorKind.SYSTEM, last.actorKind());
    assertEquals(AgreementState.EXPIRED, last.to());
    assertEquals(0, expiry.run().expired(), "once");
  }

  @Test
  void reminders_come_30_and_7_days_ahead_once_each() {
    long in20 = active(TODAY.plusDays(20).toString());
    long in5 = active(TODAY.plusDays(5).toString());
    active(TODAY.plusDays(31).toString());

    assertEquals(2, expiry.run().reminders());
    assertEquals(0, expiry.run().reminders(), "a reminder is raised once");
    List<ExpiryReminder> raised = fakes.reminders.raised;
    assertEquals(
        ExpiryReminder.Kind.DAYS_30,
        raised.stream().filter(r -> r.agreementId() == in20).findFirst().orElseThrow().kind());
    assertEquals(
        ExpiryReminder.Kind.DAYS_7,
        raised.stream().filter(r -> r.agreementId() == in5).findFirst().orElseThrow().kind());
  }

  @Test
  void only_administrators_run_it_on_demand() {
    assertEquals(
        403,
        assertThrows(ProblemException.class, () -> expiry.runFor(SharingFakes.OFFICER)).status());
    assertEquals(0, expiry.runFor(ADMIN).expired());
  }
}
