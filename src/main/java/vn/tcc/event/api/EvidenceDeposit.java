package vn.tcc.event.api;

/**
 * Where files fetched from a VMS for an accepted event enter the evidence store: the bytes are
 * stored once (named by their SHA-256, taken on arrival) and tied to the event. Joins the caller's
 * transaction.
 */
public interface EvidenceDeposit {
  /** Stores the file and ties it to the event; a second deposit of the same bytes adds nothing. */
  DepositedFile deposit(long eventId, FileFromVms file);

  /**
   * A file a VMS gave for an event: its kind ({@code snapshot}, {@code clip}), bytes and type, the
   * VMS and recording it came from, and whether that recording is now locked there.
   */
  record FileFromVms(
      String kind,
      byte[] content,
      String mediaType,
      String vmsCode,
      String vmsRecordingId,
      boolean lockedInVms) {}

  /** What the store now holds for the file. */
  record DepositedFile(String sha256, long sizeBytes) {}
}
