package vn.tcc.event.internal.domain;

/**
 * An image as a source sent it: inline bytes (checked to be JPEG or PNG) or a reference into a VMS
 * (connection code, the VMS's recording/event id and an optional frame).
 */
public record IncomingImage(
    String kind,
    byte[] content,
    String mediaType,
    String vmsCode,
    String vmsRecordingId,
    String frame) {

  public boolean isInline() {
    return content != null;
  }
}
