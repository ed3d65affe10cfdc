package vn.tcc.event.internal.domain;

import java.time.Instant;
import java.util.List;

/**
 * A held-back event as its list shows it: the start of the payload and its length, not the payload,
 * which is read one at a time when the admin asks for it.
 */
public record QuarantineSummary(
    long id,
    String clientId,
    String sourceId,
    String sourceEventId,
    String cameraCode,
    String payloadStart,
    int payloadLength,
    List<Reason> reasons,
    Instant receivedAt,
    int timesReceived)
    implements java.io.Serializable {
  /** Characters of the payload the list shows. */
  public static final int SHOWN_CHARS = 300;

  public QuarantineSummary {
    reasons = List.copyOf(reasons);
  }

  public boolean payloadCut() {
    return payloadLength > payloadStart.length();
  }
}
