package vn.tcc.retention.api;

public record HoldPlaced(
    long holdId,
    String cameraCode,
    java.time.Instant from,
    java.time.Instant to,
    String caseNumber,
    String agreementId) {}
