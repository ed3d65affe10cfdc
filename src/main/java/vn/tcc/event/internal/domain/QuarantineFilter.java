package vn.tcc.event.internal.domain;

import java.time.Instant;

/**
 * What the admin narrowed the held-back events to; a null field does not narrow.
 *
 * @param source part of the sending client's id, the source id or the source's event id
 * @param reasonKey the message key of one of the reasons (e.g. {@code event.reason.camera.unknown})
 * @param from received at or after
 * @param to received before
 */
public record QuarantineFilter(String source, String reasonKey, Instant from, Instant to) {
  public static final QuarantineFilter NONE = new QuarantineFilter(null, null, null, null);
}
