package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import vn.tcc.reporting.internal.domain.Reminder;
import vn.tcc.reporting.internal.domain.Reminders;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportForms;
import vn.tcc.reporting.internal.domain.ReportingPeriod;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.reporting.internal.domain.SubmissionState;
import vn.tcc.reporting.internal.domain.Syntheses;
import vn.tcc.reporting.internal.domain.Timeliness;
import vn.tcc.shared.time.TccTime;

/**
 * Reminds the units that have not submitted: {@value #DAYS_BEFORE} days before a period's due day
 * and once it is overdue (until the period locks), for the current and the previous period of each
 * form in force. The timer ({@code ReminderSchedule}) calls {@link #remind}; coordinators read
 * their unit's reminders on their page and through the API.
 */
@ApplicationScoped
public class ReportReminders {
  static final int DAYS_BEFORE = 3;
  static final int MAX_LIST = 50;

  private Reminders reminders;
  private ReportForms forms;
  private ReportingUnits units;
  private Syntheses syntheses;
  private ReportingSettings settings;

  ReportReminders() {}

  @Inject
  ReportReminders(
      Reminders reminders,
      ReportForms forms,
      ReportingUnits units,
      Syntheses syntheses,
      ReportingSettings settings) {
    this.reminders = reminders;
    this.forms = forms;
    this.units = units;
    this.syntheses = syntheses;
    this.settings = settings;
  }

  /** Records the reminders due at {@code now}; how many were new. */
  @Transactional
  public int remind(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, TccTime.ZONE);
    int added = 0;
    List<ReportingUnit> all = units.all();
    for (ReportForm form : forms.inForce(today)) {
      ReportingPeriod current = settings.calendar().containing(form.periodKind(), now);
      for (ReportingPeriod period : List.of(settings.calendar().previous(current), current)) {
        Reminder.Kind kind = Reminder.due(period, today, DAYS_BEFORE);
        if (kind == null) {
          continue;
        }
        Set<String> filed =
            syntheses.filings(form.code(), List.of(period.key())).stream()
                .filter(
                    f ->
                        f.state() == SubmissionState.SUBMITTED
                            || f.state() == SubmissionState.ACCEPTED)
                .map(Timeliness.Filing::unitCode)
                .collect(Collectors.toSet());
        for (ReportingUnit unit : all) {
          if (form.isFiledBy(unit.kind())
              && !filed.contains(unit.code())
              && reminders.record(unit.code(), form.code(), period, kind, now)) {
            added++;
          }
        }
      }
    }
    return added;
  }

  /** A coordinator's unit's reminders; every unit's for provincial supervisors and auditors. */
  public List<Reminder> recent(ReportingActor actor) {
    if (ReportingAccess.isCoordinator(actor)) {
      return reminders.recent(actor.unitCode(), MAX_LIST);
    }
    if (SynthesisWorkflow.isReader(actor)) {
      return reminders.recent(null, MAX_LIST);
    }
    throw new ReportingRuleException(403, "problem.403.role");
  }
}
