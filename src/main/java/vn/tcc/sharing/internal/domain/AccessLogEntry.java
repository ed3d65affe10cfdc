package vn.tcc.sharing.internal.domain;

import java.time.Instant;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/**
 * One check of an access to a shared camera's data, allowed or refused. The actor is for the
 * auditors; the provider's view leaves it out (the law asks for the unit, not the officer). The
 * grant is the compulsory grant that allowed it (or came closest), when one took part.
 */
public record AccessLogEntry(
    Long id,
    Instant checkedAt,
    Instant dataTime,
    String cameraCode,
    SharedDataType dataType,
    SharingPurpose purpose,
    String unit,
    String actor,
    boolean allowed,
    AccessReason reason,
    Long agreementId,
    Long providerId,
    String requestId,
    Long grantId) {

  /** A check no compulsory grant took part in. */
  public AccessLogEntry(
      Long id,
      Instant checkedAt,
      Instant dataTime,
      String cameraCode,
      SharedDataType dataType,
      SharingPurpose purpose,
      String unit,
      String actor,
      boolean allowed,
      AccessReason reason,
      Long agreementId,
      Long providerId,
      String requestId) {
    this(
        id,
        checkedAt,
        dataTime,
        cameraCode,
        dataType,
        purpose,
        unit,
        actor,
        allowed,
        reason,
        agreementId,
        providerId,
        requestId,
        null);
  }
}
