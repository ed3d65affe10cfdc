package vn.tcc.retention.internal.domain;

import java.util.Objects;

/**
 * The rule that made an item due, as a deletion record names it: a version of a retention policy,
 * or the data-sharing agreement whose own period replaced the policy.
 *
 * @param key names the version, {@code DATA_CLASS/LEVEL/OWNER/vN}, or {@code
 *     AGREEMENT/<id>/<period>}: what a first dry run is approved for
 * @param version the policy version, 0 for an agreement
 * @param legalBasis the policy's legal basis, or the agreement's
 */
public record DueRule(String key, int version, String legalBasis) {
  public DueRule {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(legalBasis, "legalBasis");
  }

  static DueRule of(RetentionPolicy policy) {
    return new DueRule(
        policy.dataClass()
            + "/"
            + policy.level()
            + "/"
            + (policy.ownerType() == null ? "ANY" : policy.ownerType().name())
            + "/v"
            + policy.version(),
        policy.version(),
        policy.legalBasis());
  }

  static DueRule of(RetentionReason.ByAgreement agreement) {
    return new DueRule(
        "AGREEMENT/" + agreement.agreementId() + "/" + agreement.period(),
        0,
        "Thỏa thuận chia sẻ dữ liệu "
            + agreement.agreementId()
            + ": thời hạn lưu "
            + agreement.period()
            + " (Luật Dữ liệu 60/2024/QH15, Điều 18).");
  }
}
