package vn.tcc.event.internal.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.tcc.event.api.EventEvidence.EvidenceItem;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** The record of which stored files are the evidence of which event, and where events belong. */
public interface EventEvidenceRecords {
  /**
   * Where an event belongs, for access checks; when it happened (a shared camera's agreed hours
   * apply to the data's time).
   */
  record EventPlace(
      long eventId, String cameraCode, JurisdictionCode jurisdiction, Instant occurredAt) {}

  /** Ties a stored file to the event (once; a later lock in the VMS is added to the record). */
  void link(
      long eventId,
      String sha256,
      String kind,
      String vmsCode,
      String vmsRecordingId,
      boolean lockedInVms);

  List<EvidenceItem> itemsOf(long eventId);

  Optional<EventPlace> place(long eventId);

  /** The events a stored file belongs to. */
  List<EventPlace> placesHolding(String sha256);
}
