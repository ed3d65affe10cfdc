package vn.tcc.retention.internal.application;

import java.time.LocalDate;
import java.time.Period;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.RetentionPolicy;

/**
 * One policy version as the API and the page show it.
 *
 * @param ownerType the owner type it is for, or {@code ANY}
 * @param period ISO-8601 ({@code P30D}, {@code P5Y})
 * @param inForce true for the version of its class × level × owner in force on the day asked
 */
public record PolicyVersionView(
    DataClass dataClass,
    StorageLevel level,
    String ownerType,
    String period,
    int periodYears,
    int periodMonths,
    int periodDays,
    EndAction endAction,
    String legalBasis,
    LocalDate effectiveFrom,
    int version,
    String reason,
    String changedBy,
    boolean inForce)
    implements java.io.Serializable {
  public static final String ANY_OWNER = "ANY";

  static PolicyVersionView of(RetentionPolicy policy, boolean inForce) {
    Period period = policy.period();
    return new PolicyVersionView(
        policy.dataClass(),
        policy.level(),
        policy.ownerType() == null ? ANY_OWNER : policy.ownerType().name(),
        period.toString(),
        period.getYears(),
        period.getMonths(),
        period.getDays(),
        policy.endAction(),
        policy.legalBasis(),
        policy.effectiveFrom(),
        policy.version(),
        policy.reason(),
        policy.changedBy(),
        inForce);
  }

  /** The key of the policy this is a version of: class, level and owner. */
  public String subject() {
    return dataClass + "/" + level + "/" + ownerType;
  }
}
