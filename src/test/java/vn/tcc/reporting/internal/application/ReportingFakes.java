package vn.tcc.reporting.internal.application;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tcc.reporting.internal.domain.Forms;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportForms;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.reporting.internal.domain.Syntheses;
import vn.tcc.reporting.internal.domain.Synthesis;
import vn.tcc.reporting.internal.domain.SynthesisLine;
import vn.tcc.reporting.internal.domain.SynthesisRollUp;
import vn.tcc.reporting.internal.domain.SynthesisUnit;
import vn.tcc.reporting.internal.domain.Timeliness;
import vn.tcc.reporting.internal.domain.UnitKind;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/** In-memory collaborators of the dashboard and job tests: one form, three units, a synthesis. */
final class ReportingFakes {
  /** 7 December 2026, 10:00 in Hanoi: inside 2026-M12 (15/11 → 14/12). */
  static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  static final ReportingUnit PLEIKU =
      new ReportingUnit(
          "CA.PLEIKU",
          "Công an phường Pleiku",
          "Pleiku ward police",
          UnitKind.COMMUNE_POLICE,
          new JurisdictionCode("GL.PLEIKU"));

  final List<AuditRecord> audit = new ArrayList<>();
  final List<Timeliness.Filing> filings = new ArrayList<>();
  final Map<Long, Synthesis> syntheses = new HashMap<>();
  final List<Syntheses.StoredTccFigures> stored = new ArrayList<>();
  final MutableClock clock = new MutableClock(NOW);

  static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  ReportForms forms() {
    ReportForm form = Forms.monthly();
    return new ReportForms() {
      @Override
      public List<ReportForm> inForce(LocalDate day) {
        return List.of(form);
      }

      @Override
      public Optional<ReportForm> inForce(String code, LocalDate day) {
        return code.equals(form.code()) ? Optional.of(form) : Optional.empty();
      }

      @Override
      public Optional<ReportForm> byId(long id) {
        return Optional.of(form);
      }
    };
  }

  ReportingUnits units() {
    List<ReportingUnit> all = List.of(Forms.commune(), PLEIKU);
    return new ReportingUnits() {
      @Override
      public Optional<ReportingUnit> find(String code) {
        return all.stream().filter(u -> u.code().equals(code)).findFirst();
      }

      @Override
      public List<ReportingUnit> all() {
        return all;
      }
    };
  }

  Syntheses synthesesPort() {
    return new Syntheses() {
      @Override
      public Optional<Synthesis> find(long id) {
        return Optional.ofNullable(syntheses.get(id));
      }

      @Override
      public List<Synthesis> versions(String formCode, String periodKey) {
        return List.of();
      }

      @Override
      public List<Synthesis> list(String formCode, String periodKey, int limit) {
        return List.of();
      }

      @Override
      public long create(Synthesis synthesis) {
        throw new UnsupportedOperationException();
      }

      @Override
      public void save(Synthesis synthesis) {
        throw new UnsupportedOperationException();
      }

      @Override
      public int nextNumber(int year) {
        throw new UnsupportedOperationException();
      }

      @Override
      public List<SynthesisRollUp.UnitFigures> accepted(String formCode, String periodKey) {
        return List.of();
      }

      @Override
      public Optional<Map<String, BigDecimal>> submittedTotals(String formCode, String periodKey) {
        return Optional.empty();
      }

      @Override
      public List<StoredTccFigures> storedTccFigures(
          List<String> periodKeys, String required, String codePrefix, List<String> others) {
        return stored.stream().filter(s -> periodKeys.contains(s.periodKey())).toList();
      }

      @Override
      public List<Timeliness.Filing> filings(String formCode, List<String> periodKeys) {
        return filings.stream().filter(f -> periodKeys.contains(f.periodKey())).toList();
      }
    };
  }

  SynthesisWorkflow synthesisWorkflow() {
    return new SynthesisWorkflow(
        synthesesPort(),
        forms(),
        units(),
        FigureSources.of(List.of()),
        new ReportingSettings(name -> null),
        null,
        audit::add,
        clock);
  }

  /** A draft synthesis of 2026-M11 over two units, stored under this id. */
  void synthesis(long id) {
    ReportForm form = Forms.monthly();
    List<SynthesisRollUp.UnitFigures> figures =
        List.of(
            new SynthesisRollUp.UnitFigures(
                new SynthesisUnit("CA.QUY_NHON", "Công an phường Quy Nhơn", 1),
                Map.of("DETECTED", new BigDecimal("1234"), "FINES", new BigDecimal("98500000"))),
            new SynthesisRollUp.UnitFigures(
                new SynthesisUnit("CA.PLEIKU", "Công an phường Pleiku", 2),
                Map.of("DETECTED", new BigDecimal("25"))));
    List<SynthesisLine> lines = SynthesisRollUp.lines(form, figures, Map.of(), Map.of(), Map.of());
    syntheses.put(
        id,
        Synthesis.draft(
            form,
            "2026-M11",
            1,
            figures.stream().map(SynthesisRollUp.UnitFigures::unit).toList(),
            lines,
            null,
            new Synthesis.Step("supervisor", "Trần Thị Bình", NOW)));
  }

  static ReportingActor actor(String username, String role, String jurisdiction, String unit) {
    return new ReportingActor(
        new Caller(
            username,
            username,
            Caller.Kind.USER,
            Set.of(role),
            jurisdiction == null ? null : new JurisdictionCode(jurisdiction)),
        unit);
  }

  static ReportingActor supervisor() {
    return actor("supervisor", Role.SUPERVISOR, "GL", null);
  }
}
