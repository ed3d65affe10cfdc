package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.util.Optional;

/** Appeals against penalties and their decisions. */
public interface Appeals {

  void file(long caseId, String grounds, String filedBy, Instant at);

  void decide(long caseId, String decision, String reason, String decidedBy, Instant at);

  Optional<Appeal> of(long caseId);

  /** Adds a document to the case's appeal; returns its id. */
  long addDocument(
      long caseId, String fileName, String mediaType, String sha256, byte[] content, String by);

  java.util.List<Document> documents(long caseId);

  Optional<byte[]> content(long caseId, long documentId);

  /** A document the violator filed with the appeal (a sale contract, a photo…). */
  record Document(
      long id, String fileName, String mediaType, long sizeBytes, String sha256, Instant at) {}

  record Appeal(
      String grounds,
      String filedBy,
      Instant filedAt,
      String decision,
      String decisionReason,
      String decidedBy,
      Instant decidedAt) {}
}
