package vn.tcc.sharing.internal.domain;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Who may move an agreement from which state to which. Every move carries a reason and goes on the
 * agreement's timeline.
 *
 * <pre>
 * DRAFT      → ACTIVE             admin, with the signed document's SHA-256, before the term ends
 * ACTIVE     → SUSPENDED          admin (a breach, the provider's request, a camera fault)
 * SUSPENDED  → ACTIVE             admin
 * ACTIVE, SUSPENDED → EXPIRED     the timer only, once the term is over
 * DRAFT, ACTIVE, SUSPENDED → REVOKED   the provider at any time (Art. 18: sharing is voluntary),
 *                                      or an admin on the provider's written request
 * EXPIRED, REVOKED → DATA_DESTROYED    admin, once the data received under it is destroyed
 * DATA_DESTROYED → PROVIDER_NOTIFIED   admin, once the provider was told
 * </pre>
 *
 * A provider can only end sharing, never start or resume it: those need the police's side too.
 */
public final class AgreementLifecycle {
  private static final Map<AgreementState, Map<AgreementState, Set<ActorKind>>> MOVES =
      Map.of(
          AgreementState.DRAFT,
              Map.of(
                  AgreementState.ACTIVE, EnumSet.of(ActorKind.ADMIN),
                  AgreementState.REVOKED, EnumSet.of(ActorKind.PROVIDER, ActorKind.ADMIN)),
          AgreementState.ACTIVE,
              Map.of(
                  AgreementState.SUSPENDED, EnumSet.of(ActorKind.ADMIN),
                  AgreementState.EXPIRED, EnumSet.of(ActorKind.SYSTEM),
                  AgreementState.REVOKED, EnumSet.of(ActorKind.PROVIDER, ActorKind.ADMIN)),
          AgreementState.SUSPENDED,
              Map.of(
                  AgreementState.ACTIVE, EnumSet.of(ActorKind.ADMIN),
                  AgreementState.EXPIRED, EnumSet.of(ActorKind.SYSTEM),
                  AgreementState.REVOKED, EnumSet.of(ActorKind.PROVIDER, ActorKind.ADMIN)),
          AgreementState.EXPIRED,
              Map.of(AgreementState.DATA_DESTROYED, EnumSet.of(ActorKind.ADMIN)),
          AgreementState.REVOKED,
              Map.of(AgreementState.DATA_DESTROYED, EnumSet.of(ActorKind.ADMIN)),
          AgreementState.DATA_DESTROYED,
              Map.of(AgreementState.PROVIDER_NOTIFIED, EnumSet.of(ActorKind.ADMIN)),
          AgreementState.PROVIDER_NOTIFIED, Map.of());

  private AgreementLifecycle() {}

  /**
   * @throws SharingRuleException {@code sharing.lifecycle.notAllowed} (409) when no such move
   *     exists from this state, {@code sharing.lifecycle.notYours} (403) when it exists but not for
   *     this kind of actor
   */
  public static void check(AgreementState from, AgreementState to, ActorKind by) {
    Set<ActorKind> who = MOVES.getOrDefault(from, Map.of()).get(to);
    if (who == null) {
      throw SharingRuleException.conflict("sharing.lifecycle.notAllowed", from, to);
    }
    if (!who.contains(by)) {
      throw SharingRuleException.forbidden("sharing.lifecycle.notYours", from, to);
    }
  }

  /** The states this kind of actor may move an agreement to from {@code from}. */
  public static Set<AgreementState> next(AgreementState from, ActorKind by) {
    Set<AgreementState> next = EnumSet.noneOf(AgreementState.class);
    MOVES
        .getOrDefault(from, Map.of())
        .forEach(
            (to, who) -> {
              if (who.contains(by)) {
                next.add(to);
              }
            });
    return next;
  }
}
