package vn.tcc.retention.internal.application;

/**
 * A legal hold as asked for, every field as text: exactly one scope (a case number; a camera code
 * with a time range; or an agreement id), the reason, the decision that orders it and, optionally,
 * its last day ({@code yyyy-MM-dd}; none: until lifted). Times are ISO-8601 with an offset.
 */
public record HoldRequest(
    String caseNumber,
    String cameraCode,
    String from,
    String to,
    String agreementId,
    String reason,
    String decisionNumber,
    String heldThrough) {}
