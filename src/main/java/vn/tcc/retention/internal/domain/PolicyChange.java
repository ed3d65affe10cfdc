package vn.tcc.retention.internal.domain;

import java.time.LocalDate;
import java.time.Period;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;

/**
 * An administrator's change to a retention policy, before {@link PolicyBook#admit} checks it and
 * numbers it as a new version. The fields are those of {@link RetentionPolicy}.
 */
public record PolicyChange(
    DataClass dataClass,
    StorageLevel level,
    OwnerType ownerType,
    Period period,
    EndAction endAction,
    String legalBasis,
    LocalDate effectiveFrom,
    String reason,
    String changedBy) {

  RetentionPolicy asVersion(int version) {
    return new RetentionPolicy(
        dataClass,
        level,
        ownerType,
        period,
        endAction,
        legalBasis,
        effectiveFrom,
        version,
        reason,
        changedBy);
  }
}
