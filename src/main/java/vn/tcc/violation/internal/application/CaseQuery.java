package vn.tcc.violation.internal.application;

import java.time.Instant;

/**
 * A search over cases; every filter may be null. {@code plate} matches the detected or the verified
 * plate, compared normalised; {@code area} is the place: a commune/ward (or the province) inside
 * the searcher's jurisdiction. Pages start at 0.
 */
public record CaseQuery(
    String plate,
    String cameraCode,
    String area,
    String state,
    String violationType,
    Instant from,
    Instant to,
    int page,
    int size) {

  public static final int MAX_SIZE = 100;

  public CaseQuery {
    page = Math.max(page, 0);
    size = size <= 0 ? 25 : Math.min(size, MAX_SIZE);
  }
}
