package vn.tcc.sharing.internal.application;

import java.util.List;

/**
 * A request for compulsory access as sent (all text, checked by {@link GrantAdministration}):
 * validFrom and validUntil are ISO times with their offset, or local times of Vietnam without one
 * (2026-12-07T18:00); the end is excluded.
 */
public record GrantRequest(
    String providerCode,
    String legalBasis,
    String decisionNumber,
    String receivingUnit,
    List<String> cameraCodes,
    List<String> dataTypes,
    List<String> purposes,
    String validFrom,
    String validUntil,
    String reason) {}
