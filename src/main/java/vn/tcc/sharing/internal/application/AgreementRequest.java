package vn.tcc.sharing.internal.application;

import java.util.List;

/**
 * A draft agreement as the API or a page sends it: codes and names as text, so every mistake comes
 * back as a field error. {@code startTime}/{@code endTime} are HH:mm in Vietnam's time; days are
 * MONDAY..SUNDAY; dates yyyy-MM-dd.
 */
public record AgreementRequest(
    String providerCode,
    String title,
    String receivingUnit,
    List<String> cameraCodes,
    List<String> dataTypes,
    List<String> purposes,
    String startTime,
    String endTime,
    List<String> daysOfWeek,
    String legalBasis,
    String decisionNumber,
    String storagePlace,
    Integer retentionDays,
    String startsOn,
    String endsOn,
    String documentSha256) {}
