package vn.tcc.violation.internal.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.violation.internal.application.CaseDashboard;
import vn.tcc.violation.internal.application.CaseStatistics;
import vn.tcc.violation.internal.application.DeadlineStore;
import vn.tcc.violation.internal.application.DeadlineWatch;
import vn.tcc.violation.internal.domain.CaseState;

/** The violation dashboard and the overdue list of the signed-in user's jurisdiction. */
@Named
@RequestScoped
public class CaseDashboardView {
  @Inject CaseDashboard dashboard;
  @Inject DeadlineWatch deadlines;
  @Inject CurrentRequest currentRequest;

  private CaseDashboard.Figures figures;
  private List<DeadlineStore.Breach> overdue;

  public void load() {
    try {
      figures = dashboard.figures(currentRequest.caller());
      overdue = deadlines.overdue(currentRequest.caller(), 100);
    } catch (ProblemException refused) {
      PageMessages.refusedPage(refused);
    }
  }

  public CaseDashboard.Figures getFigures() {
    return figures;
  }

  public List<DeadlineStore.Breach> getOverdue() {
    return overdue == null ? List.of() : overdue;
  }

  public List<CaseState> getStates() {
    return Arrays.asList(CaseState.values());
  }

  public long count(CaseState state) {
    return figures == null ? 0 : figures.byState().getOrDefault(state.name(), 0L);
  }

  /** The bar's width for a day, against the busiest day shown. */
  public long barPercent(CaseStatistics.DayCount day) {
    long max =
        figures.verifiedPerDay().stream().mapToLong(CaseStatistics.DayCount::count).max().orElse(1);
    return Math.max(2, Math.round(100.0 * day.count() / Math.max(max, 1)));
  }
}
