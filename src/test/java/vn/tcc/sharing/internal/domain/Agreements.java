package vn.tcc.sharing.internal.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.Set;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.time.TccTime;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/** Agreements for the tests: a voluntary one on GL-QN-0004 for Quy Nhon, 2026, all day. */
final class Agreements {
  static final String SHA = "a".repeat(64);
  static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  static final JurisdictionCode PLEIKU = new JurisdictionCode("GL.PLEIKU");
  static final JurisdictionCode PROVINCE = new JurisdictionCode("GL");

  private Agreements() {}

  /** A local time in Vietnam as an instant. */
  static Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(TccTime.ZONE).toInstant();
  }

  static SharingAgreement draft(SharingWindow window) {
    return SharingAgreement.draft(
            7,
            "Camera bến xe",
            QUY_NHON,
            Set.of("GL-QN-0004"),
            EnumSet.of(SharedDataType.LIVE_VIEW, SharedDataType.RECORDINGS),
            EnumSet.of(SharingPurpose.SECURITY_AND_ORDER, SharingPurpose.INCIDENT_INVESTIGATION),
            window,
            LegalBasis.VOLUNTARY_ART18,
            null,
            StoragePlace.COMMUNE_CENTER,
            30,
            new AgreementTerm(LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31")),
            SHA,
            "admin",
            local("2025-12-20T09:00"))
        .withId(1);
  }

  static SharingAgreement active(SharingWindow window) {
    return draft(window)
        .moveTo(AgreementState.ACTIVE, ActorKind.ADMIN, local("2025-12-21T09:00"), null);
  }

  static SharingAgreement active() {
    return active(SharingWindow.ALWAYS);
  }

  static SharingWindow hours(String from, String to, DayOfWeek... days) {
    return new SharingWindow(
        LocalTime.parse(from),
        LocalTime.parse(to),
        days.length == 0 ? EnumSet.allOf(DayOfWeek.class) : EnumSet.of(days[0], days));
  }

  /** A compulsory grant (a disaster) for ten days from 2026-03-01. */
  static SharingAgreement compulsory() {
    return SharingAgreement.draft(
            7,
            "Bão số 3",
            PROVINCE,
            Set.of("GL-QN-0004"),
            EnumSet.of(SharedDataType.LIVE_VIEW),
            EnumSet.of(SharingPurpose.SEARCH_AND_RESCUE),
            SharingWindow.ALWAYS,
            LegalBasis.DISASTER,
            "15/QĐ-UBND",
            StoragePlace.COMMUNE_CENTER,
            7,
            new AgreementTerm(LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-10")),
            SHA,
            "admin",
            local("2026-03-01T06:00"))
        .withId(2)
        .moveTo(AgreementState.ACTIVE, ActorKind.ADMIN, local("2026-03-01T06:05"), null);
  }
}
