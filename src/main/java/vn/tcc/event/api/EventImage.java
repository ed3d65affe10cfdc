package vn.tcc.event.api;

/**
 * An image of an event: either sent inline (kept in the evidence store, named by its SHA-256) or a
 * reference into a VMS (connection code and the VMS's recording id, optionally a frame).
 */
public record EventImage(
    String kind,
    String sha256,
    String mediaType,
    String vmsCode,
    String vmsRecordingId,
    String frame) {

  public boolean isInline() {
    return sha256 != null;
  }
}
