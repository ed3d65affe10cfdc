package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

/**
 * The retention dashboard of the caller's jurisdiction: storage per class and level, what falls due
 * in the next 7 and 30 days, the holds in force, the review queue per commune and the last runs.
 * Counts only, no personal data. A source that fails is shown as unknown, never as a failed page:
 * the dashboard is where one looks when something is wrong.
 */
@ApplicationScoped
public class RetentionDashboard {
  private static final Logger LOG = Logger.getLogger(RetentionDashboard.class.getName());
  static final String VIEWED = "RETENTION_DASHBOARD_VIEWED";
  static final int RUNS = 10;

  private Instance<RetentionSource> sources;
  private DueForecast forecast;
  private HoldAdministration holds;
  private RecentRuns runs;
  private ReviewBacklog backlog;
  private AuditTrail auditTrail;

  RetentionDashboard() {}

  @Inject
  RetentionDashboard(
      @Any Instance<RetentionSource> sources,
      DueForecast forecast,
      HoldAdministration holds,
      RecentRuns runs,
      ReviewBacklog backlog,
      AuditTrail auditTrail) {
    this.sources = sources;
    this.forecast = forecast;
    this.holds = holds;
    this.runs = runs;
    this.backlog = backlog;
    this.auditTrail = auditTrail;
  }

  /** Items and bytes of one class at one level, in the caller's area. */
  public record Volume(DataClass dataClass, StorageLevel level, long items, long bytes) {}

  /**
   * What falls due for one class in the caller's area.
   *
   * @param complete false when the count stopped at the forecast's cap: "more than"
   * @param unknown true when the class's source failed
   */
  public record Due(
      DataClass dataClass,
      long dueNow,
      long within7Days,
      long within30Days,
      boolean complete,
      boolean unknown) {}

  /**
   * The dashboard.
   *
   * @param unknownVolumes classes whose source failed to say its volumes
   * @param reviewBacklog per commune, or null while there is no review queue to count
   */
  public record Figures(
      List<Volume> volumes,
      List<DataClass> unknownVolumes,
      List<Due> due,
      int forecastCap,
      List<HoldView> holdsInForce,
      List<RecentRuns.Run> runs,
      List<ReviewBacklog.CommuneBacklog> reviewBacklog) {

    public long totalBytes() {
      return volumes.stream().mapToLong(Volume::bytes).sum();
    }

    public long totalItems() {
      return volumes.stream().mapToLong(Volume::items).sum();
    }
  }

  public Figures figures(Caller caller) {
    RetentionRoles.require(caller, RetentionRoles.DASHBOARD_READERS);
    Map<DataClass, Map<StorageLevel, long[]>> sums = new EnumMap<>(DataClass.class);
    TreeSet<DataClass> unknown = new TreeSet<>();
    for (RetentionSource source : sources) {
      DataClass dataClass = null;
      try {
        dataClass = source.dataClass();
        for (StoredVolume volume : source.volumes()) {
          if (!visible(caller, volume.jurisdiction())) {
            continue;
          }
          long[] sum =
              sums.computeIfAbsent(volume.dataClass(), c -> new EnumMap<>(StorageLevel.class))
                  .computeIfAbsent(volume.level(), l -> new long[2]);
          sum[0] += volume.items();
          sum[1] += volume.bytes();
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Retention source " + dataClass + " could not say its volumes", e);
        if (dataClass != null) {
          unknown.add(dataClass);
        }
      }
    }
    List<Volume> volumes = new ArrayList<>();
    sums.forEach(
        (dataClass, byLevel) ->
            byLevel.forEach(
                (level, sum) -> volumes.add(new Volume(dataClass, level, sum[0], sum[1]))));

    DueForecast.Forecast expected = forecast.forecast();
    List<Due> due = new ArrayList<>();
    for (DueForecast.ClassForecast one : expected.classes()) {
      long now = 0;
      long week = 0;
      long month = 0;
      for (DueForecast.DueCount count : one.counts()) {
        if (visible(caller, count.jurisdiction())) {
          now += count.dueNow();
          week += count.within7Days();
          month += count.within30Days();
        }
      }
      due.add(new Due(one.dataClass(), now, week, month, one.complete(), one.failed()));
    }
    due.sort(java.util.Comparator.comparing(Due::dataClass));

    List<RecentRuns.Run> latestRuns = safely(() -> runs.latest(RUNS), List.of(), "runs");
    List<ReviewBacklog.CommuneBacklog> queue =
        safely(backlog::perCommune, Optional.<List<ReviewBacklog.CommuneBacklog>>empty(), "backlog")
            .map(
                all ->
                    all.stream()
                        .filter(
                            b -> visible(caller, JurisdictionCode.parseOrNull(b.jurisdiction())))
                        .toList())
            .orElse(null);
    Figures figures =
        new Figures(
            volumes,
            List.copyOf(unknown),
            due,
            expected.cap(),
            holds.visible(caller, HoldView.State.IN_FORCE),
            latestRuns,
            queue);
    auditTrail.record(AuditRecord.success(VIEWED, "retention_dashboard", null));
    return figures;
  }

  /** Figures of no jurisdiction (a store of the whole province) are the province's. */
  private static boolean visible(Caller caller, JurisdictionCode where) {
    return where == null ? caller.jurisdiction().isProvince() : caller.mayAccess(where);
  }

  private static <T> T safely(java.util.function.Supplier<T> read, T fallback, String what) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Retention dashboard: " + what + " unavailable", e);
      return fallback;
    }
  }
}
