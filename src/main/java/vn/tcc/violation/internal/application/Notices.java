package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/** Issued notices, kept as sent. */
public interface Notices {

  /** The next notice number of the year: TB-2026-000123. */
  String nextNumber(int year);

  void save(StoredNotice notice);

  Optional<StoredNotice> ofCase(long caseId);

  /** The notice with this verification code, and the case it belongs to. */
  Optional<PublicNotice> byCode(String code);

  record StoredNotice(
      long caseId,
      String number,
      String verificationCode,
      String evidenceSha256,
      String issuedBy,
      Instant issuedAt,
      LocalDate responseDue,
      byte[] docx,
      byte[] pdf) {}

  /**
   * What the public page may show of a notice: no name, no address, the plate partly hidden; and,
   * once the penalty is decided, the fine and when (what is owed is worked out from them).
   */
  record PublicNotice(
      String number,
      Instant issuedAt,
      String violationType,
      Instant occurredAt,
      String maskedPlate,
      String evidenceSha256,
      String caseState,
      Long fineVnd,
      Instant penaltyDecidedAt,
      boolean paid) {}
}
