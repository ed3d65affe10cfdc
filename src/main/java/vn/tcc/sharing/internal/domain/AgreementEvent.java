package vn.tcc.sharing.internal.domain;

import java.time.Instant;

/**
 * One line of an agreement's timeline: a move from one state to another (from null when drafted),
 * who made it, as what kind of actor, why, and when.
 */
public record AgreementEvent(
    Long id,
    long agreementId,
    AgreementState from,
    AgreementState to,
    String actor,
    ActorKind actorKind,
    String reason,
    Instant at) {}
