package vn.tcc.sharing.internal.application;

import java.time.Instant;
import java.util.List;
import vn.tcc.sharing.internal.domain.CompulsoryGrant;
import vn.tcc.sharing.internal.domain.Provider;

/**
 * A compulsory grant as shown. For a provider the officers' names are left out (he sees the unit,
 * the decision, the basis, the cameras, the data and the term); {@code inForce} is at the time of
 * reading.
 */
public record GrantView(
    long id,
    String providerCode,
    String providerName,
    String legalBasis,
    String decisionNumber,
    String receivingUnit,
    List<String> cameraCodes,
    List<String> dataTypes,
    List<String> purposes,
    Instant validFrom,
    Instant validUntil,
    String reason,
    String state,
    boolean inForce,
    String requestedBy,
    Instant requestedAt,
    String decidedBy,
    Instant decidedAt,
    String decisionNote) {

  static GrantView of(CompulsoryGrant grant, Provider provider, Instant now, boolean forProvider) {
    return new GrantView(
        grant.id(),
        provider.code(),
        provider.name(),
        grant.legalBasis().name(),
        grant.decisionNumber(),
        grant.receivingUnit().value(),
        grant.cameraCodes().stream().sorted().toList(),
        grant.dataTypes().stream().map(Enum::name).sorted().toList(),
        grant.purposes().stream().map(Enum::name).sorted().toList(),
        grant.validFrom(),
        grant.validUntil(),
        grant.reason(),
        grant.state().name(),
        grant.inForceAt(now),
        forProvider ? null : grant.requestedBy(),
        grant.requestedAt(),
        forProvider ? null : grant.decidedBy(),
        grant.decidedAt(),
        forProvider ? null : grant.decisionNote());
  }
}
