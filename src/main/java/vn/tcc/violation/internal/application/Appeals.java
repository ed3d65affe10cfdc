package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.util.Optional;

/** Appeals against penalties and their decisions. */
public interface Appeals {

  void file(long caseId, String grounds, String filedBy, Instant at);

  void decide(long caseId, String decision, String reason, String decidedBy, Instant at);

  Optional<Appeal> of(long caseId);

  record Appeal(
      String grounds,
      String filedBy,
      Instant filedAt,
      String decision,
      String decisionReason,
      String decidedBy,
      Instant decidedAt) {}
}
