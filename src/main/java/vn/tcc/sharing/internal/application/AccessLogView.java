package vn.tcc.sharing.internal.application;

import java.time.Instant;
import vn.tcc.sharing.internal.domain.AccessLogEntry;

/**
 * One access check as shown. For a provider {@code actor} is null: he sees which unit looked, when,
 * at what and why, not which officer (the law asks for no more).
 */
public record AccessLogView(
    long id,
    Instant checkedAt,
    Instant dataTime,
    String cameraCode,
    String dataType,
    String purpose,
    String unit,
    String actor,
    boolean allowed,
    String reason,
    Long agreementId,
    Long grantId) {

  static AccessLogView of(AccessLogEntry entry, boolean withActor) {
    return new AccessLogView(
        entry.id(),
        entry.checkedAt(),
        entry.dataTime(),
        entry.cameraCode(),
        entry.dataType().name(),
        entry.purpose().name(),
        entry.unit(),
        withActor ? entry.actor() : null,
        entry.allowed(),
        entry.reason().name(),
        entry.agreementId(),
        entry.grantId());
  }
}
