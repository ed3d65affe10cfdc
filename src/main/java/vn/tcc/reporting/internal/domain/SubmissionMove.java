package vn.tcc.reporting.internal.domain;

import java.time.Instant;

/** One line of a submission's timeline: who moved it from which state to which, why and when. */
public record SubmissionMove(
    SubmissionState from,
    SubmissionState to,
    String actor,
    String actorName,
    String reason,
    Instant at) {}
