package vn.tcc.violation.internal.application;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.EventsHandedOver;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.violation.internal.application.CaseOpeningStore.GroupProbe;
import vn.tcc.violation.internal.application.CaseOpeningStore.Joining;
import vn.tcc.violation.internal.application.CaseOpeningStore.NewCase;
import vn.tcc.violation.internal.domain.CaseDeadlines;
import vn.tcc.violation.internal.domain.Detection;
import vn.tcc.violation.internal.domain.DetectionGroup;
import vn.tcc.violation.internal.domain.DetectionGrouping;

/**
 * Accepted violation events become cases, in the handover's transaction: a batch either opens its
 * cases and is marked handed over, or neither. Repeated detections of one vehicle and violation at
 * one camera within the grouping window join one case, also across batches; an event handed over a
 * second time is recognised and adds nothing. Works a batch at a time in a few statements, because
 * cases must open as fast as events arrive (5,000 a second).
 */
@ApplicationScoped
public class CaseOpening {
  static final String CASES_OPENED = "VIOLATION_CASES_OPENED";
  private static final DetectionGrouping GROUPING = DetectionGrouping.withDefaultWindow();

  @Inject CaseOpeningStore store;
  @Inject AuditTrail auditTrail;

  // Last of the handover's observers: its audit entry is then the handover's last write, and the
  // audit chain, appended one transaction at a time, is held only until the commit.
  void onHandedOver(
      @Observes @Priority(Interceptor.Priority.APPLICATION + 900) EventsHandedOver handedOver) {
    List<AcceptedEvent> violations =
        handedOver.events().stream().filter(event -> event.type().isViolation()).toList();
    if (violations.isEmpty()) {
      return;
    }
    Set<Long> known = store.alreadyInCases(violations.stream().map(AcceptedEvent::id).toList());
    Map<Long, AcceptedEvent> fresh = new HashMap<>();
    List<Detection> detections = new ArrayList<>();
    for (AcceptedEvent event : violations) {
      if (!known.contains(event.id()) && fresh.putIfAbsent(event.id(), event) == null) {
        detections.add(
            new Detection(
                event.id(),
                event.occurredAt().toInstant(),
                event.type(),
                event.plate(),
                event.cameraCode(),
                null));
      }
    }
    if (detections.isEmpty()) {
      return;
    }
    List<DetectionGroup> groups = GROUPING.group(detections);
    List<GroupProbe> probes = new ArrayList<>();
    List<Integer> probed = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      Detection first = groups.get(i).first();
      if (first.hasPlate()) {
        probed.add(i);
        probes.add(
            new GroupProbe(
                first.normalisedPlate(),
                first.type().name(),
                first.cameraCode(),
                first.occurredAt(),
                last(groups.get(i)).occurredAt()));
      }
    }
    Map<Integer, Long> matches = store.matchingCases(probes, GROUPING.window());
    Map<Integer, Long> caseOfGroup = new HashMap<>();
    matches.forEach((probe, caseId) -> caseOfGroup.put(probed.get(probe), caseId));

    List<Joining> joinings = new ArrayList<>();
    List<NewCase> newCases = new ArrayList<>();
    for (int i = 0; i < groups.size(); i++) {
      List<AcceptedEvent> events =
          groups.get(i).detections().stream().map(d -> fresh.get(d.eventId())).toList();
      Long existing = caseOfGroup.get(i);
      if (existing != null) {
        joinings.add(new Joining(existing, events));
      } else {
        Detection first = groups.get(i).first();
        newCases.add(
            new NewCase(
                fresh.get(first.eventId()),
                first.hasPlate() ? first.normalisedPlate() : null,
                events,
                CaseDeadlines.identificationDue(first.occurredAt())));
      }
    }
    store.join(joinings);
    List<String> numbers = store.open(newCases);
    auditTrail.record(
        new AuditRecord(
            CASES_OPENED,
            "violation_case",
            numbers.isEmpty() ? null : numbers.get(0),
            null,
            null,
            false,
            AuditOutcome.SUCCESS,
            "opened="
                + numbers.size()
                + " joined="
                + joinings.size()
                + " events="
                + detections.size()
                + (numbers.isEmpty() ? "" : " last=" + numbers.get(numbers.size() - 1))));
  }

  private static Detection last(DetectionGroup group) {
    return group.detections().get(group.detections().size() - 1);
  }
}
