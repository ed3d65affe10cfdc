package vn.tcc.retention.internal.domain;

import java.util.Objects;

/** One rule's claim on an item: why it keeps it and until when. */
public record RetentionClaim(RetentionReason reason, KeepUntil until) {
  public RetentionClaim {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(until, "until");
  }
}
