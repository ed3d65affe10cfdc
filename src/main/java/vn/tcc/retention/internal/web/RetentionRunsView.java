package vn.tcc.retention.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.primefaces.model.LazyDataModel;
import vn.tcc.retention.internal.application.PurgeRunService;
import vn.tcc.retention.internal.application.PurgeRunViews;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.LazyRows;
import vn.tcc.shared.web.LazyRows.ColumnSort;
import vn.tcc.shared.web.PageMessages;

/**
 * The purge runs page: every run newest first, paged; one run's plan per class and level and its
 * lines, paged (a run may list a million); approval of a dry run by a person other than the one who
 * asked for it; the progress of a run under way, polled without its summary; the link to its signed
 * deletion record.
 */
@Named
@ViewScoped
public class RetentionRunsView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final int MAX_PAGE = 200;
  private static final Set<String> ACTIVE = Set.of("PLANNING", "APPROVED", "RUNNING");

  @Inject transient PurgeRunService runs;
  @Inject transient CurrentRequest currentRequest;

  private Long runId;
  private PurgeRunViews.RunView current;
  private List<String> currentPolicies = List.of();
  private LazyDataModel<PurgeRunViews.RunView> rows;
  private LazyDataModel<PurgeRunViews.ItemView> items;
  private Map<Long, List<String>> policies = new HashMap<>();

  @PostConstruct
  void init() {
    rows = new LazyRows<>(this::countRuns, this::runPage, run -> Long.toString(run.id()));
    items = new LazyRows<>(this::countItems, this::itemPage, item -> Integer.toString(item.seq()));
  }

  /** Opens the run of the {@code id} parameter, if one was given. */
  public void load() {
    if (runId == null) {
      return;
    }
    try {
      current = runs.view(currentRequest.caller(), runId);
      currentPolicies =
          runs.policyVersions(currentRequest.caller(), List.of(runId))
              .getOrDefault(runId, List.of());
    } catch (ProblemException refused) {
      current = null;
      PageMessages.refusedPage(refused);
    }
  }

  /** Asks for a dry run now; the worker plans it within seconds. */
  public void requestDryRun() {
    try {
      PurgeRunViews.RunView run = runs.requestDryRun(currentRequest.caller());
      PageMessages.info("retention.runs.requested", run.id());
      runId = run.id();
      load();
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void approve() {
    if (current == null) {
      return;
    }
    try {
      current = runs.approve(currentRequest.caller(), current.id());
      PageMessages.info("retention.runs.approved", current.id());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /**
   * The poll while a run is under way: state and counts only (no summary); the summary is read
   * again once the run has finished.
   */
  public void refreshProgress() {
    if (current == null) {
      return;
    }
    try {
      PurgeRunViews.RunView progress = runs.progress(currentRequest.caller(), current.id());
      if (isActive(progress)) {
        current = withSummary(progress, current.summary());
      } else {
        load();
      }
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  private static PurgeRunViews.RunView withSummary(
      PurgeRunViews.RunView run, List<PurgeRunViews.SummaryView> summary) {
    return new PurgeRunViews.RunView(
        run.id(),
        run.state(),
        run.trigger(),
        run.scheduledFor(),
        run.requestedBy(),
        run.requestedAt(),
        run.plannedAsOf(),
        run.plannedAt(),
        run.approvalKind(),
        run.approvedBy(),
        run.approvedAt(),
        run.startedAt(),
        run.finishedAt(),
        run.recordId(),
        run.itemsDue(),
        run.bytesDue(),
        run.itemsReview(),
        run.itemsDone(),
        run.failure(),
        summary);
  }

  public boolean isActive(PurgeRunViews.RunView run) {
    return run != null && ACTIVE.contains(run.state());
  }

  /** Whole percent of the due items done, for the progress bar. */
  public int getProgress() {
    if (current == null || current.itemsDue() == 0) {
      return current != null && current.state().equals("DONE") ? 100 : 0;
    }
    return (int) Math.min(100, current.itemsDone() * 100 / current.itemsDue());
  }

  public boolean isMayApprove() {
    return current != null && runs.mayApprove(currentRequest.caller(), current);
  }

  public boolean isMayRequest() {
    return runs.mayRequest(currentRequest.caller());
  }

  /** The policy versions of a run on the list. */
  public String policiesOf(long id) {
    return String.join(", ", policies.getOrDefault(id, List.of()));
  }

  /** "1.234 of 5.000 items done", in the page's language. */
  public String getProgressText() {
    if (current == null) {
      return "";
    }
    NumberFormat numbers = NumberFormat.getIntegerInstance(PageMessages.locale());
    return Messages.text(
        "retention.runs.progress",
        PageMessages.locale(),
        numbers.format(current.itemsDone()),
        numbers.format(current.itemsDue()));
  }

  /** Who may not approve: the one who asked for the run. */
  public String getWaitsForAnotherText() {
    return current == null
        ? ""
        : Messages.text(
            "retention.runs.waitsForAnother", PageMessages.locale(), current.requestedBy());
  }

  private long countRuns() {
    try {
      return runs.list(currentRequest.caller(), 0, 1).total();
    } catch (ProblemException refused) {
      return 0;
    }
  }

  private List<PurgeRunViews.RunView> runPage(int first, int size, Optional<ColumnSort> unsorted) {
    try {
      List<PurgeRunViews.RunView> page =
          runs.list(currentRequest.caller(), first, Math.min(size, MAX_PAGE)).runs();
      // One query for the page's rules, not one per run.
      policies =
          runs.policyVersions(
              currentRequest.caller(), page.stream().map(PurgeRunViews.RunView::id).toList());
      return page;
    } catch (ProblemException refused) {
      return List.of();
    }
  }

  /** The run's lines the reader may see: the sum of its summary (scoped to the reader's area). */
  private long countItems() {
    if (current == null) {
      return 0;
    }
    return current.summary().stream().mapToLong(PurgeRunViews.SummaryView::items).sum();
  }

  private List<PurgeRunViews.ItemView> itemPage(
      int first, int size, Optional<ColumnSort> unsorted) {
    if (current == null) {
      return List.of();
    }
    try {
      return runs.items(
              currentRequest.caller(), current.id(), null, null, first, Math.min(size, MAX_PAGE))
          .items();
    } catch (ProblemException refused) {
      return List.of();
    }
  }

  public LazyDataModel<PurgeRunViews.RunView> getRows() {
    return rows;
  }

  public LazyDataModel<PurgeRunViews.ItemView> getItems() {
    return items;
  }

  public Long getRunId() {
    return runId;
  }

  public void setRunId(Long runId) {
    this.runId = runId;
  }

  public PurgeRunViews.RunView getCurrent() {
    return current;
  }

  public List<String> getCurrentPolicies() {
    return currentPolicies;
  }

  public String getCurrentPoliciesText() {
    return String.join(", ", currentPolicies);
  }
}
