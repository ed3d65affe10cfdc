package vn.tcc.event.internal.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import vn.tcc.retention.api.CameraVolume;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * What this module keeps, as retention lists and deletes it: plate reads, quarantined events and
 * evidence files. Lists run in a stable order (the instant retention counts from, then the id) and
 * continue after a position; deletions join the caller's transaction and say what they removed, so
 * the caller can tell a deletion from an item already gone.
 */
public interface EventRetentionStore {

  /** Where a list continues: after this instant and, at the same instant, after this key. */
  record Position(Instant at, String key) {}

  /** A plate read, with the bytes of the files only it is tied to (deleted with it). */
  record PlateRead(
      long id,
      String cameraCode,
      JurisdictionCode jurisdiction,
      Instant occurredAt,
      long ownFileBytes) {}

  /** A quarantined (refused) event: who sent it, for which camera if it named one, and when. */
  record QuarantinedEvent(
      long id,
      JurisdictionCode clientJurisdiction,
      String cameraCode,
      Instant receivedAt,
      String state,
      long payloadBytes) {}

  /** One event an evidence file is tied to. */
  record LinkedEvent(
      long eventId,
      String cameraCode,
      JurisdictionCode jurisdiction,
      Instant occurredAt,
      String eventType) {}

  /**
   * An evidence file with every event it is tied to, by event id, and where it is kept: {@code
   * PROVINCIAL_CENTER} once a commune's review sent it up, else null (the level of its camera's
   * keeping center).
   */
  record EvidenceFile(
      String sha256,
      String mediaType,
      long sizeBytes,
      Instant capturedAt,
      List<LinkedEvent> events,
      StorageLevel sentTo) {
    public EvidenceFile {
      events = List.copyOf(events);
    }

    public EvidenceFile(
        String sha256,
        String mediaType,
        long sizeBytes,
        Instant capturedAt,
        List<LinkedEvent> events) {
      this(sha256, mediaType, sizeBytes, capturedAt, events, null);
    }
  }

  /** What a deletion of events removed: the ids it deleted, and files no event is tied to now. */
  record EventsDeleted(Set<Long> deletedIds, List<String> untiedFiles) {
    public EventsDeleted {
      deletedIds = Set.copyOf(deletedIds);
      untiedFiles = List.copyOf(untiedFiles);
    }
  }

  List<PlateRead> plateReads(Instant occurredBefore, Position after, int limit);

  /**
   * Deletes these plate reads (events of type PLATE_READ only) with the rows that refer to them:
   * their outbox and capture rows, their ties to files, and the quarantine's pointer to them (a
   * replayed entry keeps its own copy). Files tied to no event afterwards are returned, for the
   * evidence store to delete.
   */
  EventsDeleted deletePlateReads(Collection<Long> ids);

  List<QuarantinedEvent> quarantined(Instant receivedBefore, Position after, int limit);

  /** Deletes these quarantine entries; returns the ids it deleted. */
  Set<Long> deleteQuarantined(Collection<Long> ids);

  /**
   * Evidence files tied to at least one event of these (violation) types and captured before the
   * instant, each with all the events it is tied to.
   */
  List<EvidenceFile> evidenceFiles(
      Collection<String> eventTypes, Instant capturedBefore, Position after, int limit);

  /**
   * Every plate read {@link #plateReads} would list from the start, in the same order with the same
   * bytes, handed to {@code reads} one by one: one query (the files shared with another event found
   * once, by hash) read {@code fetchSize} rows at a time in the caller's transaction, instead of
   * three index look-ups per read.
   */
  void eachPlateRead(Instant occurredBefore, int fetchSize, Consumer<PlateRead> reads);

  /**
   * Every file {@link #evidenceFiles} would list from the start, in the same order and with the
   * same events, handed to {@code files} one by one: one query joining the files to their events by
   * hash, read {@code fetchSize} rows at a time in the caller's transaction, instead of a look-up
   * of every file's events per page.
   */
  void eachEvidenceFile(
      Collection<String> eventTypes,
      Instant capturedBefore,
      int fetchSize,
      Consumer<EvidenceFile> files);

  /** The events a file is tied to now, by id; empty when none (or no such file). */
  List<LinkedEvent> eventsTiedTo(String sha256);

  List<CameraVolume> plateReadVolumes();

  List<CameraVolume> quarantineVolumes();

  /** Files still at the commune store, per camera of their first event of these types. */
  List<CameraVolume> evidenceVolumes(Collection<String> eventTypes);

  /** Files sent up to the provincial store, per jurisdiction of their first event. */
  List<CameraVolume> provincialEvidenceVolumes(Collection<String> eventTypes);
}
