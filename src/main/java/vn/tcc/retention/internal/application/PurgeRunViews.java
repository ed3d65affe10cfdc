package vn.tcc.retention.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.PlannedItem;
import vn.tcc.retention.internal.domain.PurgeRun;
import vn.tcc.retention.internal.domain.PurgeRuns;

/** What the API and pages show of purge runs. */
public final class PurgeRunViews {
  private PurgeRunViews() {}

  /**
   * A run with its progress ({@code itemsDone} of {@code itemsDue}) and, on its own page, the plan
   * per class and level within the reader's area.
   */
  public record RunView(
      long id,
      String state,
      String trigger,
      LocalDate scheduledFor,
      String requestedBy,
      Instant requestedAt,
      Instant plannedAsOf,
      Instant plannedAt,
      String approvalKind,
      String approvedBy,
      Instant approvedAt,
      Instant startedAt,
      Instant finishedAt,
      Long recordId,
      long itemsDue,
      long bytesDue,
      long itemsReview,
      long itemsDone,
      String failure,
      List<SummaryView> summary)
      implements java.io.Serializable {

    static RunView of(PurgeRun run, List<SummaryView> summary) {
      return new RunView(
          run.id(),
          run.state().name(),
          run.trigger().name(),
          run.scheduledFor(),
          run.requestedBy(),
          run.requestedAt(),
          run.plannedAsOf(),
          run.plannedAt(),
          run.approvalKind() == null ? null : run.approvalKind().name(),
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
  }

  /** Items and bytes of one class at one level in one state. */
  public record SummaryView(
      DataClass dataClass, StorageLevel level, String state, long items, long bytes)
      implements java.io.Serializable {
    static SummaryView of(PurgeRuns.SummaryLine line) {
      return new SummaryView(
          line.dataClass(), line.level(), line.state().name(), line.items(), line.bytes());
    }
  }

  /** One page of runs, newest first. */
  public record RunPage(long total, int offset, int limit, List<RunView> runs) {}

  /** One line of a plan. */
  public record ItemView(
      int seq,
      DataClass dataClass,
      StorageLevel level,
      String jurisdiction,
      String itemId,
      String sha256,
      long sizeBytes,
      String description,
      String rule,
      String endAction,
      LocalDate keptThrough,
      String state,
      String detail)
      implements java.io.Serializable {
    static ItemView of(PlannedItem item) {
      return new ItemView(
          item.seq(),
          item.record().dataClass(),
          item.record().level(),
          item.record().jurisdiction() == null ? null : item.record().jurisdiction().value(),
          item.record().itemId(),
          item.record().sha256(),
          item.record().sizeBytes(),
          item.record().description(),
          item.ruleKey(),
          item.endAction().name(),
          item.keptThrough(),
          item.state().name(),
          item.detail());
    }
  }

  /** One page of a plan's lines. */
  public record ItemPage(long runId, int offset, int limit, List<ItemView> items) {}
}
