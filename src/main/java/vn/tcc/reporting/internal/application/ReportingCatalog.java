package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.reporting.internal.domain.PeriodKind;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportForms;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.shared.time.TccTime;

/** What the reporting regime offers: its periods, the forms in force and the filing units. */
@ApplicationScoped
public class ReportingCatalog {
  static final int MAX_PERIODS = 60;

  private ReportForms forms;
  private ReportingUnits units;
  private ReportingSettings settings;
  private Clock clock;

  ReportingCatalog() {}

  @Inject
  ReportingCatalog(
      ReportForms forms, ReportingUnits units, ReportingSettings settings, Clock clock) {
    this.forms = forms;
    this.units = units;
    this.settings = settings;
    this.clock = clock;
  }

  /** A unit as the API shows it. */
  public record UnitView(
      String code, String nameVi, String nameEn, String kind, String jurisdiction) {
    static UnitView of(ReportingUnit unit) {
      return new UnitView(
          unit.code(),
          unit.nameVi(),
          unit.nameEn(),
          unit.kind().name(),
          unit.jurisdiction() == null ? null : unit.jurisdiction().value());
    }
  }

  /**
   * The current period of each kind (or of one) and those before it, newest first.
   *
   * @param count periods per kind, 1 to {@value #MAX_PERIODS} (default 6)
   */
  public List<PeriodView> periods(ReportingActor actor, String kind, String count) {
    ReportingAccess.requireReader(actor);
    ReportInput input = new ReportInput();
    PeriodKind wanted = input.choice("kind", kind, PeriodKind.class);
    int n = input.number("count", count, 6, 1, MAX_PERIODS);
    input.check();
    Instant now = clock.instant();
    List<PeriodView> periods = new ArrayList<>();
    for (PeriodKind k : PeriodKind.values()) {
      if (wanted == null || wanted == k) {
        settings.calendar().recent(k, now, n).forEach(p -> periods.add(PeriodView.of(p, now)));
      }
    }
    return periods;
  }

  /** One period by its key. */
  public PeriodView period(ReportingActor actor, String key) {
    ReportingAccess.requireReader(actor);
    ReportInput input = new ReportInput();
    ReportingPeriod period = input.period(settings.calendar(), "key", key, true);
    input.check();
    return PeriodView.of(period, clock.instant());
  }

  /** The version of each form in force on a day (today when none), yyyy-MM-dd. */
  public List<FormView> forms(ReportingActor actor, String at) {
    ReportingAccess.requireReader(actor);
    return forms.inForce(day(at)).stream().map(FormView::of).toList();
  }

  public FormView form(ReportingActor actor, String code, String at) {
    ReportingAccess.requireReader(actor);
    ReportInput input = new ReportInput();
    String formCode = input.code("code", code, true);
    input.check();
    ReportForm form =
        forms
            .inForce(formCode, day(at))
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.form.unknown", formCode));
    return FormView.of(form);
  }

  /** The filing units: every one for the province's staff, his own for a coordinator. */
  public List<UnitView> units(ReportingActor actor) {
    ReportingAccess.requireReader(actor);
    return units.all().stream()
        .filter(u -> ReportingAccess.mayRead(actor, u.code()))
        .map(UnitView::of)
        .toList();
  }

  private LocalDate day(String at) {
    if (at == null || at.isBlank()) {
      return LocalDate.ofInstant(clock.instant(), TccTime.ZONE);
    }
    try {
      if (at.length() == 10) {
        LocalDate day = LocalDate.parse(at);
        if (day.getYear() >= 2000 && day.getYear() <= 2200) {
          return day;
        }
      }
    } catch (java.time.format.DateTimeParseException e) {
      // answered below
    }
    throw new vn.tcc.shared.error.ValidationException(
        List.of(vn.tcc.shared.error.FieldError.of("at", "reporting.input.date", 2000, 2200)));
  }
}
