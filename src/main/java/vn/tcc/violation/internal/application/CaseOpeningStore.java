package vn.tcc.violation.internal.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.event.api.AcceptedEvent;

/** Where opening cases from handed-over events reads and writes, a batch at a time. */
public interface CaseOpeningStore {

  /** The events among these that already belong to a case (a handover seen twice). */
  Set<Long> alreadyInCases(Collection<Long> eventIds);

  /**
   * For each probe, the case its detections join, if any: same normalised plate, violation type and
   * camera, and the case with the probe's detections would span no more than the window.
   *
   * @return probe index → case id
   */
  Map<Integer, Long> matchingCases(List<GroupProbe> probes, Duration window);

  /** Adds the events to their existing cases. */
  void join(List<Joining> joinings);

  /** Opens one case per group; returns the case numbers in the same order. */
  List<String> open(List<NewCase> cases);

  record GroupProbe(
      String plateKey, String type, String cameraCode, Instant firstAt, Instant lastAt) {}

  /** Events that join an existing case. */
  record Joining(long caseId, List<AcceptedEvent> events) {}

  /** A new case: its first event describes it, all its events are linked to it. */
  record NewCase(
      AcceptedEvent first,
      String plateKey,
      List<AcceptedEvent> events,
      LocalDate identificationDue) {}
}
