package vn.tcc.retention.internal.domain;

import java.time.Period;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;

/** Why an item is kept: the rule a page names beside the date ("kept by … until …"). */
public sealed interface RetentionReason {

  /** A version of the item's own retention policy. */
  record ByPolicy(RetentionPolicy policy) implements RetentionReason {}

  /** A legal hold reaching the item. */
  record ByHold(LegalHold hold) implements RetentionReason {}

  /**
   * A case the item belongs to: while it is open or under appeal ({@code policy} is then the item's
   * own policy in force today, a preview of what follows the closure, or null when none is), or
   * once closed, by the item's own policy counted from the closure.
   */
  record ByCase(String caseNumber, CaseLink.Standing standing, RetentionPolicy policy)
      implements RetentionReason {}

  /** The data-sharing agreement the item was received under, which sets its own period. */
  record ByAgreement(String agreementId, Period period) implements RetentionReason {}

  /** No policy covers the item yet, so nothing may delete it. */
  record NoPolicy(DataClass dataClass, StorageLevel level, OwnerType ownerType)
      implements RetentionReason {}
}
