package vn.tcc.sharing.internal.application;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.ActorKind;
import vn.tcc.sharing.internal.domain.AgreementEvent;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.Provider;
import vn.tcc.sharing.internal.domain.SharingAgreement;

/**
 * An agreement as shown to a reader: its content, state, days left in its term, its timeline (on
 * the detail only) and the moves the reader may make now.
 */
public record AgreementView(
    long id,
    String providerCode,
    String providerName,
    String providerKind,
    String title,
    String receivingUnit,
    Set<String> cameraCodes,
    Set<SharedDataType> dataTypes,
    Set<SharingPurpose> purposes,
    String startTime,
    String endTime,
    Set<DayOfWeek> daysOfWeek,
    String legalBasis,
    boolean compulsory,
    String decisionNumber,
    String storagePlace,
    int retentionDays,
    LocalDate startsOn,
    LocalDate endsOn,
    long daysLeft,
    String documentSha256,
    AgreementState state,
    AgreementState endedAs,
    String createdBy,
    Instant createdAt,
    List<TimelineLine> timeline,
    Set<AgreementState> actions) {

  /**
   * One move on the timeline. {@code actor} is null for a provider reading it: he learns that the
   * police moved it and why, not which officer.
   */
  public record TimelineLine(
      AgreementState from,
      AgreementState to,
      String actor,
      ActorKind actorKind,
      String reason,
      Instant at) {}

  static AgreementView of(
      SharingAgreement agreement,
      Provider provider,
      LocalDate today,
      List<AgreementEvent> timeline,
      boolean forProvider,
      Set<AgreementState> actions) {
    return new AgreementView(
        agreement.id(),
        provider.code(),
        provider.name(),
        provider.kind().name(),
        agreement.title(),
        agreement.receivingUnit().value(),
        agreement.cameraCodes(),
        agreement.dataTypes(),
        agreement.purposes(),
        agreement.window().start().toString(),
        agreement.window().end().toString(),
        agreement.window().days(),
        agreement.legalBasis().name(),
        agreement.isCompulsory(),
        agreement.decisionNumber(),
        agreement.storagePlace().name(),
        agreement.retentionDays(),
        agreement.term().startsOn(),
        agreement.term().endsOn(),
        agreement.term().daysLeftFrom(today),
        agreement.documentSha256(),
        agreement.state(),
        agreement.endedAs(),
        forProvider ? null : agreement.createdBy(),
        agreement.createdAt(),
        timeline == null
            ? null
            : timeline.stream()
                .map(
                    e ->
                        new TimelineLine(
                            e.from(),
                            e.to(),
                            forProvider && e.actorKind() != ActorKind.PROVIDER ? null : e.actor(),
                            e.actorKind(),
                            e.reason(),
                            e.at()))
                .toList(),
        actions);
  }
}
