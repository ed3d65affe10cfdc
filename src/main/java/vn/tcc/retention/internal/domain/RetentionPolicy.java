package vn.tcc.retention.internal.domain;

import java.time.LocalDate;
import java.time.Period;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;

/**
 * One version of the retention policy for a data class at a storage level (and, when it says so,
 * for one owner type): how long the data is kept, what happens at the end, and on what legal basis.
 * No law found sets these periods; they are the province's policy, and the legal basis text says so
 * where that is the case, beside the laws that bound it (no arbitrary deletion of enforcement data,
 * Circular 67/2024/TT-BCA; personal data no longer than the purpose needs, Law 91/2025/QH15).
 *
 * <p>Versions are never edited: an administrator changes a policy by adding a version, with a
 * reason, that takes effect on a day not in the past ({@link PolicyBook#admit}). Which version an
 * item follows is {@link PolicyBook#versionsReaching}'s rule.
 *
 * @param ownerType the owner type the policy is for, or {@code null} for any owner: a policy for
 *     one owner type replaces the any-owner policy for that owner (a household's footage may be
 *     kept shorter than the police's own), see {@link PolicyBook#inForce}
 * @param period in days, months and/or years; positive. The audit trail never under {@link
 *     #AUDIT_TRAIL_FLOOR}
 * @param legalBasis the legal basis, in Vietnamese, as users read it beside the period
 * @param effectiveFrom the first local day (Asia/Ho_Chi_Minh) the version is in force
 * @param version 1 for the first version of its (data class, level, owner type), then 2, 3...
 * @param reason why this version was made
 * @param changedBy the username of the administrator, or {@code system:migration}
 */
public record RetentionPolicy(
    DataClass dataClass,
    StorageLevel level,
    OwnerType ownerType,
    Period period,
    EndAction endAction,
    String legalBasis,
    LocalDate effectiveFrom,
    int version,
    String reason,
    String changedBy) {

  /**
   * The audit trail is kept at least 5 years: it is the proof of who read personal data and who
   * deleted enforcement data (Circular 67/2024 requires a signed record of every deletion), so it
   * must outlive the data it speaks of (closed cases are kept 5 years) and cover the 5-year
   * limitation period for prosecuting less serious offences (Penal Code 2015 Art. 27) such as
   * unlawful use of personal data. Counted in whole months so that no count of days can pass for 5
   * years on one start date and fall short on another.
   */
  public static final Period AUDIT_TRAIL_FLOOR = Period.ofYears(5);

  /** The length of the legal basis column. */
  public static final int LEGAL_BASIS_MAX_LENGTH = 2000;

  public RetentionPolicy {
    require(dataClass != null, "retention.policy.dataClassRequired");
    require(level != null, "retention.policy.levelRequired");
    require(endAction != null, "retention.policy.endActionRequired");
    require(effectiveFrom != null, "retention.policy.effectiveFromRequired");
    require(!blank(legalBasis), "retention.policy.legalBasisRequired");
    require(legalBasis.length() <= LEGAL_BASIS_MAX_LENGTH, "retention.policy.legalBasisTooLong");
    require(!blank(reason), "retention.policy.reasonRequired");
    require(!blank(changedBy), "retention.policy.changedByRequired");
    require(version > 0, "retention.policy.versionPositive");
    require(
        period != null && !period.isNegative() && !period.isZero(),
        "retention.policy.periodNotPositive");
    if (endAction == EndAction.REVIEW_AND_TRANSFER && level != StorageLevel.COMMUNE_CENTER) {
      throw RetentionRuleException.invalid("retention.policy.reviewOnlyAtCommune", dataClass);
    }
    if (dataClass == DataClass.AUDIT_TRAIL
        && period.toTotalMonths() < AUDIT_TRAIL_FLOOR.toTotalMonths()) {
      throw RetentionRuleException.invalid(
          "retention.policy.auditTrailFloor", AUDIT_TRAIL_FLOOR.getYears());
    }
  }

  /** True when the policy is for any owner type, not one. */
  public boolean isForAnyOwner() {
    return ownerType == null;
  }

  /** The last day an item whose retention started on {@code startDay} is kept under this policy. */
  public LocalDate lastDayFrom(LocalDate startDay) {
    return RetentionCalendar.lastDay(startDay, period);
  }

  /** True when this version and {@code other} are versions of the same policy. */
  public boolean sameSubjectAs(RetentionPolicy other) {
    return dataClass == other.dataClass && level == other.level && ownerType == other.ownerType;
  }

  private static void require(boolean condition, String messageKey) {
    if (!condition) {
      throw RetentionRuleException.invalid(messageKey);
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
