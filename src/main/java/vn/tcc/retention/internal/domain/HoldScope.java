package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * What a legal hold covers: everything of one case, one camera's data over a time range, or
 * everything received under one data-sharing agreement.
 */
public sealed interface HoldScope {

  /** True when the item is inside this scope. */
  boolean reaches(RetainedItem item);

  /** Everything tied to the case with this number (evidence, documents, identity answers). */
  record OfCase(String caseNumber) implements HoldScope {
    public OfCase {
      requireText(caseNumber, "retention.hold.caseNumberRequired");
    }

    @Override
    public boolean reaches(RetainedItem item) {
      return item.cases().stream().anyMatch(c -> c.caseNumber().equals(caseNumber));
    }
  }

  /**
   * Whatever the camera captured from {@code from} to {@code to}, both included: an item reaches
   * when its capture span overlaps the range even by an instant, so footage that straddles an edge
   * of the range is kept whole rather than cut.
   */
  record OfCamera(String cameraCode, Instant from, Instant to) implements HoldScope {
    public OfCamera {
      requireText(cameraCode, "retention.hold.cameraCodeRequired");
      if (from == null || to == null || from.isAfter(to)) {
        throw RetentionRuleException.invalid("retention.hold.timeRangeInvalid", from, to);
      }
    }

    @Override
    public boolean reaches(RetainedItem item) {
      return cameraCode.equals(item.cameraCode())
          && item.capturedFrom() != null
          && !item.capturedFrom().isAfter(to)
          && !item.capturedTo().isBefore(from);
    }
  }

  /** Everything received under this data-sharing agreement. */
  record OfAgreement(String agreementId) implements HoldScope {
    public OfAgreement {
      requireText(agreementId, "retention.hold.agreementRequired");
    }

    @Override
    public boolean reaches(RetainedItem item) {
      return Objects.equals(agreementId, item.agreementId());
    }
  }

  private static void requireText(String text, String messageKey) {
    if (text == null || text.isBlank()) {
      throw RetentionRuleException.invalid(messageKey);
    }
  }
}
