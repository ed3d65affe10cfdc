package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.tcc.retention.api.DataClass;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/**
 * A deletion of named items outside the retention schedule (a court order, data captured by
 * mistake), which Circular 67/2024 allows only with a record and which TCC allows only with two
 * people:
 *
 * <pre>
 * REQUESTED  by a supervisor: data class, 1..100 item ids, reason, decision number
 * EXECUTED   approved by another supervisor; the items were deleted and the run recorded and
 *            signed (the record's id is kept)
 * REJECTED   by another supervisor, with a reason; nothing is deleted
 * </pre>
 *
 * Approving takes the supervisor role, not the admin role: an administrator runs the system but
 * does not decide about enforcement data, so an admin who is not also a supervisor can neither
 * request nor approve. The requester can never approve or reject his own request.
 *
 * @param id null until stored
 * @param jurisdiction the requester's jurisdiction: who may see, approve and reject the request,
 *     and the only area whose items it may name
 */
public record ManualDeletion(
    Long id,
    DataClass dataClass,
    List<String> itemIds,
    String reason,
    String decisionNumber,
    JurisdictionCode jurisdiction,
    String requestedBy,
    Instant requestedAt,
    State state,
    String decidedBy,
    Instant decidedAt,
    String rejectionReason,
    Long recordId) {

  /** A manual deletion names at most this many items: it is for a few, the schedule for many. */
  public static final int MAX_ITEMS = 100;

  public static final int MAX_ITEM_ID_LENGTH = 200;

  public enum State {
    REQUESTED,
    EXECUTED,
    REJECTED
  }

  public ManualDeletion {
    Objects.requireNonNull(dataClass, "dataClass");
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(state, "state");
    itemIds = List.copyOf(itemIds);
  }

  /**
   * A new request by {@code by}.
   *
   * @throws RetentionRuleException {@code retention.manual.needsSupervisor} (403), a missing or
   *     invalid field (422)
   */
  public static ManualDeletion request(
      Caller by,
      DataClass dataClass,
      List<String> itemIds,
      String reason,
      String decisionNumber,
      Instant at) {
    requireSupervisor(by);
    if (dataClass == null) {
      throw RetentionRuleException.invalid("retention.manual.dataClassRequired");
    }
    if (itemIds == null || itemIds.isEmpty()) {
      throw RetentionRuleException.invalid("retention.manual.itemsRequired");
    }
    Set<String> distinct = new LinkedHashSet<>();
    for (String itemId : itemIds) {
      if (itemId == null || itemId.isBlank() || itemId.strip().length() > MAX_ITEM_ID_LENGTH) {
        throw RetentionRuleException.invalid("retention.manual.itemIdInvalid");
      }
      distinct.add(itemId.strip());
    }
    if (distinct.size() > MAX_ITEMS) {
      throw RetentionRuleException.invalid("retention.manual.tooManyItems", MAX_ITEMS);
    }
    if (blank(reason) || reason.strip().length() > 1000) {
      throw RetentionRuleException.invalid("retention.manual.reasonRequired");
    }
    if (blank(decisionNumber) || decisionNumber.strip().length() > 100) {
      throw RetentionRuleException.invalid("retention.manual.decisionNumberRequired");
    }
    return new ManualDeletion(
        null,
        dataClass,
        List.copyOf(distinct),
        reason.strip(),
        decisionNumber.strip(),
        by.jurisdiction(),
        by.username(),
        at,
        State.REQUESTED,
        null,
        null,
        null,
        null);
  }

  /**
   * Checks that {@code by} may approve this request now; the deletion then runs and {@link
   * #executed} records it.
   *
   * @throws RetentionRuleException {@code retention.manual.notPending} (409), {@code
   *     retention.manual.needsSupervisor} (403), {@code retention.manual.ownRequest} (403)
   */
  public void checkApprover(Caller by) {
    requirePending();
    requireSupervisor(by);
    requireSecondPerson(by);
  }

  /**
   * This request approved by {@code by} at {@code at}, its items deleted under record {@code
   * recordId}.
   */
  public ManualDeletion executed(Caller by, Instant at, long recordId) {
    checkApprover(by);
    return new ManualDeletion(
        id,
        dataClass,
        itemIds,
        reason,
        decisionNumber,
        jurisdiction,
        requestedBy,
        requestedAt,
        State.EXECUTED,
        by.username(),
        at,
        null,
        recordId);
  }

  /**
   * This request rejected by {@code by}.
   *
   * @throws RetentionRuleException as {@link #checkApprover}, and {@code
   *     retention.manual.rejectionReasonRequired} (422)
   */
  public ManualDeletion reject(Caller by, String why, Instant at) {
    checkApprover(by);
    if (blank(why) || why.strip().length() > 1000) {
      throw RetentionRuleException.invalid("retention.manual.rejectionReasonRequired");
    }
    return new ManualDeletion(
        id,
        dataClass,
        itemIds,
        reason,
        decisionNumber,
        jurisdiction,
        requestedBy,
        requestedAt,
        State.REJECTED,
        by.username(),
        at,
        why.strip(),
        null);
  }

  /** The legal basis a manual deletion's record gives each item: the reason and the decision. */
  public String legalBasis() {
    return reason + " (" + decisionNumber + ")";
  }

  public ManualDeletion withId(long storedId) {
    return new ManualDeletion(
        storedId,
        dataClass,
        itemIds,
        reason,
        decisionNumber,
        jurisdiction,
        requestedBy,
        requestedAt,
        state,
        decidedBy,
        decidedAt,
        rejectionReason,
        recordId);
  }

  private void requirePending() {
    if (state != State.REQUESTED) {
      throw RetentionRuleException.conflict("retention.manual.notPending", id);
    }
  }

  private void requireSecondPerson(Caller by) {
    if (by.username().equals(requestedBy)) {
      throw RetentionRuleException.forbidden("retention.manual.ownRequest");
    }
  }

  private static void requireSupervisor(Caller by) {
    if (by == null
        || by.kind() != Caller.Kind.USER
        || !by.hasRole(Role.SUPERVISOR)
        || by.jurisdiction() == null) {
      throw RetentionRuleException.forbidden("retention.manual.needsSupervisor");
    }
  }

  private static boolean blank(String text) {
    return text == null || text.isBlank();
  }
}
