package vn.tcc.violation.internal.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.tcc.violation.internal.domain.CaseFine;

/**
 * A case as one caller may see it: the reviews are only those the blind rule lets him see, and the
 * moves are those he may make now.
 */
public record CaseView(
    String caseNumber,
    String state,
    String escalatedFrom,
    String jurisdiction,
    String cameraCode,
    String detectedType,
    String detectedPlate,
    BigDecimal plateConfidence,
    String vehicleClass,
    BigDecimal speedKmh,
    BigDecimal speedLimitKmh,
    Instant occurredAt,
    Instant lastDetectedAt,
    int detections,
    String verifiedPlate,
    String verifiedType,
    CaseFine fine,
    LocalDate identificationDue,
    Instant openedAt,
    Owner owner,
    NoticeSummary notice,
    Settlement settlement,
    List<ReviewView> reviews,
    List<CaseHistory.Transition> timeline,
    List<CaseHistory.CaseEvent> events,
    boolean awaitsYourReview,
    boolean awaitsYourResolution,
    Set<String> moves) {

  public CaseView {
    reviews = List.copyOf(reviews);
    timeline = List.copyOf(timeline);
    events = List.copyOf(events);
    moves = Set.copyOf(moves);
  }

  /** The owner found for the case: the fields asked for, by access id. */
  public record Owner(
      String centerAccessId,
      Map<String, String> fields,
      Map<String, String> vehicle,
      String identifiedBy,
      Instant identifiedAt) {}

  /** The notice as issued: its number, the code the recipient checks, and the response date. */
  public record NoticeSummary(
      String number,
      String verificationCode,
      String evidenceSha256,
      Instant issuedAt,
      LocalDate responseDue,
      String issuedBy) {}

  /**
   * The penalty and what has been paid: {@code owedNowVnd} is the fine plus the late fee as of now
   * while unpaid.
   */
  public record Settlement(
      Long fineVnd,
      LocalDate paymentDue,
      long lateFeeNowVnd,
      long owedNowVnd,
      List<Payments.Payment> payments,
      Appeals.Appeal appeal,
      List<Appeals.Document> appealDocuments) {}

  public record ReviewView(
      String round,
      String reviewer,
      String reviewerName,
      String verdict,
      String plate,
      String violationType,
      String reason,
      Instant at) {}
}
