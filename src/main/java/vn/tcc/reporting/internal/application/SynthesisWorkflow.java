package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tcc.reporting.internal.domain.ReportDataSet;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportForms;
import vn.tcc.reporting.internal.domain.ReportingCalendar;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.reporting.internal.domain.SubmissionState;
import vn.tcc.reporting.internal.domain.Syntheses;
import vn.tcc.reporting.internal.domain.Synthesis;
import vn.tcc.reporting.internal.domain.SynthesisDataSet;
import vn.tcc.reporting.internal.domain.SynthesisLine;
import vn.tcc.reporting.internal.domain.SynthesisRollUp;
import vn.tcc.reporting.internal.domain.SynthesisState;
import vn.tcc.reporting.internal.domain.Timeliness;
import vn.tcc.reporting.internal.domain.UnitKind;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.signing.DocumentSigner;
import vn.tcc.shared.time.TccTime;

/**
 * The provincial synthesis from its build to the PPC (see {@link Synthesis} for the states): a
 * provincial supervisor builds it from the accepted submissions (building again while it is a draft
 * takes the figures again; building after it was submitted opens the next version, which states
 * what changed), a supervisor reviews it, the leader — another supervisor than the preparer —
 * approves it, and submitting numbers, dates and signs it with the center's key. Supervisors and
 * auditors of the province read syntheses; coordinators (and everyone else) are refused: a
 * synthesis shows every unit's figures. Every step and every download is on the audit trail.
 */
@ApplicationScoped
public class SynthesisWorkflow {
  static final String BUILT = "SYNTHESIS_BUILT";
  static final String REVIEWED = "SYNTHESIS_REVIEWED";
  static final String APPROVED = "SYNTHESIS_APPROVED";
  static final String SUBMITTED = "SYNTHESIS_SUBMITTED";
  static final String REFUSED = "SYNTHESIS_REFUSED";
  static final String EXPORTED = "SYNTHESIS_EXPORTED";
  static final String OBJECT = "report_synthesis";
  static final int MAX_LIST = 200;
  static final int MAX_PERIODS = 24;

  private Syntheses syntheses;
  private ReportForms forms;
  private ReportingUnits units;
  private FigureSources figures;
  private ReportingSettings settings;
  private DocumentSigner signer;
  private AuditTrail auditTrail;
  private Clock clock;

  SynthesisWorkflow() {}

  @Inject
  SynthesisWorkflow(
      Syntheses syntheses,
      ReportForms forms,
      ReportingUnits units,
      FigureSources figures,
      ReportingSettings settings,
      DocumentSigner signer,
      AuditTrail auditTrail,
      Clock clock) {
    this.syntheses = syntheses;
    this.forms = forms;
    this.units = units;
    this.figures = figures;
    this.settings = settings;
    this.signer = signer;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** A synthesis as built: {@code created} when this call made a new version. */
  public record Built(SynthesisView synthesis, boolean created) {}

  /**
   * Builds the synthesis of a form for a period: version 1, the draft again, or — after the last
   * version was submitted — the next version with what changed.
   *
   * @throws ReportingRuleException 403 (not a provincial supervisor), 404 (no such form), 409 (a
   *     version is under review or approval), 422 (the period is not of the form's kind)
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public Built build(ReportingActor actor, String formCode, String periodKey) {
    requireSupervisor(actor);
    ReportInput input = new ReportInput();
    String code = input.code("formCode", formCode, true);
    ReportingPeriod period = input.period(calendar(), "period", periodKey, true);
    input.check();
    ReportForm form =
        forms
            .inForce(code, period.lastDay())
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.form.unknown", code));
    if (period.kind() != form.periodKind()) {
      throw new ReportingRuleException(
          422, "reporting.form.otherPeriodKind", code, form.periodKind().name());
    }
    Instant now = clock.instant();
    Synthesis.Step by = new Synthesis.Step(actor.username(), actor.displayName(), now);
    List<Synthesis> versions = syntheses.versions(code, period.key());
    Synthesis latest = versions.isEmpty() ? null : versions.get(versions.size() - 1);
    if (latest != null
        && latest.state() != SynthesisState.DRAFT
        && latest.state() != SynthesisState.SUBMITTED) {
      throw new ReportingRuleException(409, "reporting.synthesis.inProgress", latest.version());
    }
    List<SynthesisRollUp.UnitFigures> accepted = syntheses.accepted(code, period.key());
    List<SynthesisLine> lines = rollUp(form, period, accepted);
    List<vn.tcc.reporting.internal.domain.SynthesisUnit> included =
        accepted.stream().map(SynthesisRollUp.UnitFigures::unit).toList();
    Synthesis lastSubmitted =
        versions.stream()
            .filter(v -> v.state() == SynthesisState.SUBMITTED)
            .reduce((a, b) -> b)
            .orElse(null);
    String changes =
        lastSubmitted == null
            ? null
            : changesText(lastSubmitted, SynthesisRollUp.changes(lastSubmitted.lines(), lines));
    long id;
    boolean created;
    if (latest != null && latest.state() == SynthesisState.DRAFT) {
      latest.rebuild(included, lines, changes, by);
      syntheses.save(latest);
      id = latest.id();
      created = false;
    } else {
      int version = latest == null ? 1 : latest.version() + 1;
      id =
          syntheses.create(
              Synthesis.draft(form, period.key(), version, included, lines, changes, by));
      created = true;
    }
    audit(BUILT, id, code + " " + period.key() + "; " + included.size() + " units");
    return new Built(get(actor, id), created);
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SynthesisView review(ReportingActor actor, long id) {
    requireSupervisor(actor);
    Synthesis s = find(id);
    s.review(step(actor));
    syntheses.save(s);
    audit(REVIEWED, id, s.formCode() + " " + s.periodKey() + " v" + s.version());
    return get(actor, id);
  }

  /** The leader approves; refused (409, audited) when he is the one who prepared it. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SynthesisView approve(ReportingActor actor, long id) {
    requireSupervisor(actor);
    Synthesis s = find(id);
    try {
      s.approve(step(actor));
    } catch (ReportingRuleException e) {
      auditTrail.record(
          new AuditRecord(
              REFUSED,
              OBJECT,
              String.valueOf(id),
              null,
              null,
              false,
              AuditOutcome.DENIED,
              "approve v" + s.version() + " in state " + s.state() + " by " + actor.username()));
      throw e;
    }
    syntheses.save(s);
    audit(APPROVED, id, s.formCode() + " " + s.periodKey() + " v" + s.version());
    return get(actor, id);
  }

  /** Submits to the PPC: the year's next number, today's date, the center's signature. */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public SynthesisView submit(ReportingActor actor, long id) {
    requireSupervisor(actor);
    Synthesis s = find(id);
    if (s.state() != SynthesisState.APPROVED) {
      throw new ReportingRuleException(409, "reporting.synthesis.notApproved");
    }
    sign(s, new Synthesis.Step(actor.username(), actor.displayName(), clock.instant()));
    syntheses.save(s);
    audit(
        SUBMITTED, id, s.number() + " " + s.formCode() + " " + s.periodKey() + " v" + s.version());
    return get(actor, id);
  }

  public SynthesisView get(ReportingActor actor, long id) {
    requireReader(actor);
    return view(actor, find(id));
  }

  /** Every version of the synthesis of a form for a period, oldest first. */
  public List<SynthesisView> versions(ReportingActor actor, long id) {
    requireReader(actor);
    Synthesis s = find(id);
    return syntheses.versions(s.formCode(), s.periodKey()).stream()
        .map(v -> view(actor, v))
        .toList();
  }

  /** A short line per synthesis: newest periods first. */
  public record SynthesisSummary(
      long id,
      String formCode,
      String periodKey,
      int version,
      String state,
      String number,
      LocalDate documentDate) {}

  public List<SynthesisSummary> list(ReportingActor actor, String formCode, String periodKey) {
    requireReader(actor);
    ReportInput input = new ReportInput();
    String code = input.code("form", formCode, false);
    ReportingPeriod period = input.period(calendar(), "period", periodKey, false);
    input.check();
    return syntheses.list(code, period == null ? null : period.key(), MAX_LIST).stream()
        .map(
            s ->
                new SynthesisSummary(
                    s.id(),
                    s.formCode(),
                    s.periodKey(),
                    s.version(),
                    s.state().name(),
                    s.number(),
                    s.documentDate()))
        .toList();
  }

  /** The frozen data set of a synthesis for its files, and the synthesis itself. */
  public record Frozen(Synthesis synthesis, SynthesisDataSet data) {}

  public Frozen frozen(ReportingActor actor, long id, String kind) {
    requireReader(actor);
    Synthesis s = find(id);
    ReportForm form = formOf(s);
    ReportingPeriod period = calendar().parse(s.periodKey());
    SynthesisDataSet data =
        SynthesisDataSet.of(
            s,
            form,
            ReportDataSet.periodLabel(period),
            settings.place(),
            settings.recipients(),
            LocalDate.ofInstant(clock.instant(), TccTime.ZONE),
            settings.letterhead());
    audit(EXPORTED, id, kind + " " + s.formCode() + " " + s.periodKey() + " v" + s.version());
    return new Frozen(s, data);
  }

  /** Whether a submitted synthesis's stored signature still matches its stored text. */
  public boolean signatureValid(Synthesis s) {
    return s.signature() != null
        && signer.verify(
            s.signedContent().getBytes(java.nio.charset.StandardCharsets.UTF_8), s.signature());
  }

  /** Units' reporting rates over the last periods and who has filed for the current one. */
  public record TimelinessView(
      String formCode,
      List<String> periods,
      List<Timeliness.UnitRate> rates,
      String currentPeriod,
      LocalDate currentDueOn,
      List<CurrentFiling> current) {}

  /** A unit's report for the current period: its state (null: not opened) and whether late. */
  public record CurrentFiling(String unitCode, String nameVi, String state, boolean late) {}

  public TimelinessView timeliness(ReportingActor actor, String formCode, String count) {
    requireReader(actor);
    ReportInput input = new ReportInput();
    String code = input.code("form", formCode, true);
    int periods = input.number("count", count, 6, 1, MAX_PERIODS);
    input.check();
    return timeliness(code, periods, unit -> true);
  }

  /**
   * The rates and current filings of the units that file the form and that {@code shown} keeps (the
   * dashboard keeps a coordinator's own unit, or the units of a commune); no access check.
   */
  TimelinessView timeliness(
      String code, int periods, java.util.function.Predicate<ReportingUnit> shown) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, TccTime.ZONE);
    ReportForm form =
        forms
            .inForce(code, today)
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.form.unknown", code));
    ReportingPeriod current = calendar().containing(form.periodKind(), now);
    List<ReportingPeriod> due = new ArrayList<>();
    ReportingPeriod p = current;
    // The periods whose due day has passed, newest first (DHIS2 expects no report before it).
    for (int guard = 0; due.size() < periods && guard < periods + 3; guard++) {
      if (p.dueOn().isBefore(today)) {
        due.add(p);
      }
      p = calendar().previous(p);
    }
    List<ReportingUnit> expected =
        units.all().stream().filter(u -> form.isFiledBy(u.kind())).filter(shown).toList();
    List<String> keys = new ArrayList<>(due.stream().map(ReportingPeriod::key).toList());
    keys.add(current.key());
    List<Timeliness.Filing> filings = syntheses.filings(code, keys);
    Map<String, Timeliness.Filing> currentByUnit = new HashMap<>();
    filings.stream()
        .filter(f -> f.periodKey().equals(current.key()))
        .forEach(f -> currentByUnit.put(f.unitCode(), f));
    List<CurrentFiling> currentFilings = new ArrayList<>();
    for (ReportingUnit unit : expected) {
      Timeliness.Filing f = currentByUnit.get(unit.code());
      boolean filed =
          f != null
              && (f.state() == SubmissionState.SUBMITTED || f.state() == SubmissionState.ACCEPTED);
      currentFilings.add(
          new CurrentFiling(
              unit.code(),
              unit.nameVi(),
              f == null ? null : f.state().name(),
              !filed && current.dueOn().isBefore(today)));
    }
    return new TimelinessView(
        code,
        due.stream().map(ReportingPeriod::key).toList(),
        Timeliness.rates(expected, due, filings),
        current.key(),
        current.dueOn(),
        currentFilings);
  }

  private SynthesisView view(ReportingActor actor, Synthesis s) {
    boolean supervisor = isSupervisor(actor);
    return SynthesisView.of(
        s,
        formOf(s),
        ReportDataSet.periodLabel(calendar().parse(s.periodKey())),
        supervisor && s.state() == SynthesisState.DRAFT && !s.units().isEmpty(),
        supervisor
            && s.state() == SynthesisState.REVIEWED
            && !s.prepared().actor().equals(actor.username()),
        supervisor && s.state() == SynthesisState.APPROVED);
  }

  private List<SynthesisLine> rollUp(
      ReportForm form, ReportingPeriod period, List<SynthesisRollUp.UnitFigures> accepted) {
    return SynthesisRollUp.lines(
        form,
        accepted,
        tccFigures(period),
        comparison(form, calendar().previous(period)),
        comparison(form, sameLastYear(period)));
  }

  /** Numbers, dates and signs an approved synthesis (the year's next number, today's date). */
  private void sign(Synthesis s, Synthesis.Step by) {
    LocalDate date = LocalDate.ofInstant(by.at(), TccTime.ZONE);
    String number = settings.letterhead().number(syntheses.nextNumber(date.getYear()));
    byte[] content = s.canonicalBytes(number, date);
    DocumentSigner.SignedDocument signed = signer.sign(content);
    s.submit(
        number,
        date,
        new String(content, java.nio.charset.StandardCharsets.UTF_8),
        signed.signature(),
        signed.signerSubject(),
        signed.signerFingerprint(),
        by);
  }

  /**
   * Demo data only ({@code DemoSyntheses}): the synthesis of a period built, reviewed, approved by
   * the leader and submitted, signed with the center's key like any other. Not audited: demo setup
   * is not a person's change. Does nothing when the period already has a synthesis or no accepted
   * report.
   */
  @Transactional
  public boolean submitForDemo(
      String formCode, ReportingPeriod period, Synthesis.Step preparer, Synthesis.Step leader) {
    if (!syntheses.versions(formCode, period.key()).isEmpty()) {
      return false;
    }
    ReportForm form = forms.inForce(formCode, period.lastDay()).orElse(null);
    List<SynthesisRollUp.UnitFigures> accepted = syntheses.accepted(formCode, period.key());
    if (form == null || accepted.isEmpty()) {
      return false;
    }
    Synthesis draft =
        Synthesis.draft(
            form,
            period.key(),
            1,
            accepted.stream().map(SynthesisRollUp.UnitFigures::unit).toList(),
            rollUp(form, period, accepted),
            null,
            preparer);
    long id = syntheses.create(draft);
    Synthesis s = find(id);
    s.review(preparer);
    s.approve(leader);
    sign(s, leader);
    syntheses.save(s);
    return true;
  }

  private Map<String, BigDecimal> tccFigures(ReportingPeriod period) {
    // TCC's own figures for the whole province: those of the provincial police's unit.
    return units.all().stream()
        .filter(u -> u.kind() == UnitKind.PROVINCIAL_POLICE && u.jurisdiction() != null)
        .filter(u -> u.jurisdiction().isProvince())
        .findFirst()
        .map(u -> figures.compute(u, period))
        .orElse(Map.of());
  }

  /** A period's totals: what the PPC received for it, else the roll-up of its accepted reports. */
  private Map<String, BigDecimal> comparison(ReportForm form, ReportingPeriod period) {
    if (period == null) {
      return Map.of();
    }
    return syntheses
        .submittedTotals(form.code(), period.key())
        .orElseGet(
            () -> {
              Map<String, BigDecimal> totals = new HashMap<>();
              for (SynthesisLine line :
                  SynthesisRollUp.lines(
                      form,
                      syntheses.accepted(form.code(), period.key()),
                      Map.of(),
                      Map.of(),
                      Map.of())) {
                if (line.total() != null) {
                  totals.put(line.indicatorCode(), line.total());
                }
              }
              return totals;
            });
  }

  private ReportingPeriod sameLastYear(ReportingPeriod period) {
    if (period.year() <= ReportingCalendar.FIRST_YEAR) {
      return null;
    }
    return calendar().period(period.kind(), period.year() - 1, period.number());
  }

  private static String changesText(Synthesis before, List<String> changes) {
    String head =
        "Thay thế phiên bản "
            + before.version()
            + (before.number() == null ? "" : " (số " + before.number() + ")");
    return changes.isEmpty()
        ? head + ": không thay đổi số liệu."
        : head + ":\n" + String.join("\n", changes);
  }

  private Synthesis find(long id) {
    return syntheses
        .find(id)
        .orElseThrow(() -> new ReportingRuleException(404, "reporting.synthesis.unknown"));
  }

  private ReportForm formOf(Synthesis s) {
    return forms
        .byId(s.formId())
        .orElseThrow(() -> new IllegalStateException("Form gone: " + s.formId()));
  }

  private Synthesis.Step step(ReportingActor actor) {
    return new Synthesis.Step(actor.username(), actor.displayName(), clock.instant());
  }

  static boolean isSupervisor(ReportingActor actor) {
    return ReportingAccess.isReviewer(actor);
  }

  static boolean isReader(ReportingActor actor) {
    return isSupervisor(actor)
        || (actor.caller().hasRole(Role.AUDITOR)
            && actor.caller().jurisdiction() != null
            && actor.caller().jurisdiction().isProvince());
  }

  private void requireSupervisor(ReportingActor actor) {
    if (!isSupervisor(actor)) {
      refuse(actor);
    }
  }

  private void requireReader(ReportingActor actor) {
    if (!isReader(actor)) {
      refuse(actor);
    }
  }

  private void refuse(ReportingActor actor) {
    auditTrail.record(
        new AuditRecord(
            REFUSED,
            OBJECT,
            null,
            actor.caller().jurisdiction(),
            null,
            false,
            AuditOutcome.DENIED,
            "role refused for " + actor.username()));
    throw new ReportingRuleException(403, "problem.403.role");
  }

  private void audit(String action, long id, String details) {
    auditTrail.record(
        new AuditRecord(
            action, OBJECT, String.valueOf(id), null, null, false, AuditOutcome.SUCCESS, details));
  }

  private ReportingCalendar calendar() {
    return settings.calendar();
  }
}
