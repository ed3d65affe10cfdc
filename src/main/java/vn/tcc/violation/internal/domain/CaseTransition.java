package vn.tcc.violation.internal.domain;

import java.time.Instant;

/**
 * A line on a case's timeline: a move from one state to another, or a note that does not move the
 * case ({@code from == to}, e.g. the penalty decision or a passed deadline), with who made it, why
 * and when.
 */
public record CaseTransition(
    CaseState from, CaseState to, String actor, String actorName, String reason, Instant at) {

  /** A line that records something without moving the case. */
  public boolean isNote() {
    return from == to;
  }
}
