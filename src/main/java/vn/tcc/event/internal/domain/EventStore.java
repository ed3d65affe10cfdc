package vn.tcc.event.internal.domain;

import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** Where accepted events, their handover and the quarantine are kept. */
public interface EventStore {

  /**
   * Writes the events this client has not sent before and, in the same transaction, their outbox
   * rows (events of an {@code urgent} type in the urgent lane); returns the new events' ids by
   * {@link IncomingEvent#key()}. Events already stored are left alone and are absent from the
   * answer.
   */
  Map<String, Long> insertNew(String clientId, List<EventToStore> events, Set<EventType> urgent);

  /**
   * Keeps rejected items; a resend of an item still waiting there counts again instead of adding a
   * copy. Returns the quarantine ids in the order given.
   */
  List<Long> quarantine(
      String clientId, JurisdictionCode clientJurisdiction, List<Rejection> items);

  /** Waiting quarantine entries of these events are resolved: a resend got them accepted. */
  void resolveQuarantinedByResend(String clientId, Map<String, Long> acceptedByKey);
}
