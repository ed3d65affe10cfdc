package vn.tcc.sharing.internal.domain;

import java.time.Instant;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/**
 * One check of an access to a shared camera's data, allowed or refused. The actor is for the
 * auditors; the provider's view leaves it out (the law asks for the unit, not the officer).
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
    String requestId) {}
