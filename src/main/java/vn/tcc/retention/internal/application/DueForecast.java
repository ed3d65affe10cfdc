package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.KeepUntil;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.PolicyBook;
import vn.tcc.retention.internal.domain.RetainedItem;
import vn.tcc.retention.internal.domain.RetentionCalendar;
import vn.tcc.retention.internal.domain.RetentionDecision;
import vn.tcc.retention.internal.domain.RetentionPolicies;
import vn.tcc.retention.internal.domain.RetentionPolicy;
import vn.tcc.retention.internal.domain.RetentionRules;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.time.TccTime;

/**
 * What falls due in the next 7 and 30 days, per data class, level and jurisdiction, decided item by
 * item by {@link RetentionRules} (so holds, open cases and the longest policy count exactly as in
 * the purge).
 *
 * <p>Each source is asked only for the items that could be due by the horizon: those whose
 * retention started before the horizon minus the shortest period any version of the class sets
 * (with a few days' margin for month ends), then each is decided. A source is read at most {@link
 * #CAP} items; beyond that the count says "more than" rather than keep the dashboard waiting on
 * millions of rows. The figures are kept five minutes: what falls due in a week does not change by
 * the second, and the dashboard is opened often.
 */
@ApplicationScoped
public class DueForecast {
  private static final Logger LOG = Logger.getLogger(DueForecast.class.getName());

  /** Items read from one source at most. */
  static final int CAP = 20_000;

  static final int PAGE = 1_000;

  static final Duration FRESH = Duration.ofMinutes(5);

  /** The horizons the dashboard shows. */
  static final Duration WEEK = Duration.ofDays(7);

  static final Duration MONTH = Duration.ofDays(30);

  /** Margin on the candidates' start bound: month arithmetic is not exactly reversible. */
  private static final int MARGIN_DAYS = 3;

  private Instance<RetentionSource> sources;
  private RetentionPolicies policies;
  private LegalHolds holds;
  private Clock clock;
  private volatile Forecast last;

  DueForecast() {}

  @Inject
  DueForecast(
      @Any Instance<RetentionSource> sources,
      RetentionPolicies policies,
      LegalHolds holds,
      Clock clock) {
    this.sources = sources;
    this.policies = policies;
    this.holds = holds;
    this.clock = clock;
  }

  /**
   * Items of one class at one level in one jurisdiction: already due (not purged yet), due within 7
   * days and within 30 days (each counting the ones before it).
   */
  public record DueCount(
      DataClass dataClass,
      StorageLevel level,
      JurisdictionCode jurisdiction,
      long dueNow,
      long within7Days,
      long within30Days) {}

  /**
   * One class's figures.
   *
   * @param complete false when the source had more candidates than {@link #CAP}: the counts are
   *     then lower bounds
   * @param failed true when the source could not be read: the counts are unknown
   */
  public record ClassForecast(
      DataClass dataClass, boolean complete, boolean failed, List<DueCount> counts) {}

  public record Forecast(Instant at, int cap, List<ClassForecast> classes) {}

  /** The forecast, computed at most every five minutes. */
  public Forecast forecast() {
    Instant now = clock.instant();
    Forecast known = last;
    if (known != null && known.at().plus(FRESH).isAfter(now) && !known.at().isAfter(now)) {
      return known;
    }
    List<RetentionSource> all = new ArrayList<>();
    sources.forEach(all::add);
    Forecast fresh =
        compute(all, policies.book(), holds.inForceOn(RetentionCalendar.day(now)), now, CAP);
    last = fresh;
    return fresh;
  }

  /** The forecast at {@code now} over these sources, reading at most {@code cap} items of each. */
  static Forecast compute(
      Collection<RetentionSource> sources,
      PolicyBook book,
      List<LegalHold> holdsInForce,
      Instant now,
      int cap) {
    List<ClassForecast> classes = new ArrayList<>();
    for (RetentionSource source : sources) {
      DataClass dataClass;
      try {
        dataClass = source.dataClass();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "A retention source cannot say its class", e);
        continue;
      }
      try {
        classes.add(forecastOf(source, dataClass, book, holdsInForce, now, cap));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Retention source " + dataClass + " failed; shown as unknown", e);
        classes.add(new ClassForecast(dataClass, false, true, List.of()));
      }
    }
    return new Forecast(now, cap, classes);
  }

  private static ClassForecast forecastOf(
      RetentionSource source,
      DataClass dataClass,
      PolicyBook book,
      List<LegalHold> holdsInForce,
      Instant now,
      int cap) {
    Instant horizon30 = now.plus(MONTH);
    Instant horizon7 = now.plus(WEEK);
    Instant startedBefore = latestStartThatCanFallDue(book, dataClass, horizon30);
    if (startedBefore == null) {
      // No policy for the class: nothing of it is ever due (RetentionRules keeps it indefinitely).
      return new ClassForecast(dataClass, true, false, List.of());
    }
    Map<String, long[]> counts = new LinkedHashMap<>();
    Map<String, RetainedRecord> keys = new LinkedHashMap<>();
    String cursor = null;
    int read = 0;
    boolean complete = true;
    do {
      int limit = Math.min(PAGE, cap - read);
      if (limit <= 0) {
        complete = false;
        break;
      }
      RetentionSource.CandidatePage page = source.candidates(startedBefore, cursor, limit);
      for (RetainedRecord record : page.items()) {
        read++;
        RetentionDecision decision =
            RetentionRules.keepUntil(itemOf(record), book, holdsInForce, now);
        if (!(decision.keepUntil() instanceof KeepUntil.Through through)) {
          continue;
        }
        Instant dueAt = through.dueAt();
        if (dueAt.isAfter(horizon30)) {
          continue;
        }
        String key = record.level() + "|" + record.jurisdiction();
        keys.putIfAbsent(key, record);
        long[] count = counts.computeIfAbsent(key, k -> new long[3]);
        if (!dueAt.isAfter(now)) {
          count[0]++;
        }
        if (!dueAt.isAfter(horizon7)) {
          count[1]++;
        }
        count[2]++;
      }
      cursor = page.nextCursor();
      if (cursor != null && read >= cap) {
        complete = false;
        break;
      }
    } while (cursor != null);
    List<DueCount> due = new ArrayList<>();
    counts.forEach(
        (key, count) -> {
          RetainedRecord first = keys.get(key);
          due.add(
              new DueCount(
                  dataClass, first.level(), first.jurisdiction(), count[0], count[1], count[2]));
        });
    return new ClassForecast(dataClass, complete, false, due);
  }

  /**
   * The instant before which an item's retention must have started to possibly fall due by {@code
   * horizon}: the latest, over every version of the class, of horizon − period, plus a margin. Null
   * when the class has no policy. Shared camera data may carry its agreement's own (possibly
   * shorter) period, so every item started before the horizon is a candidate.
   */
  static Instant latestStartThatCanFallDue(PolicyBook book, DataClass dataClass, Instant horizon) {
    LocalDate horizonDay = RetentionCalendar.day(horizon);
    LocalDate latest = null;
    for (RetentionPolicy version : book.versions()) {
      if (version.dataClass() != dataClass) {
        continue;
      }
      LocalDate start = horizonDay.minus(version.period());
      if (latest == null || start.isAfter(latest)) {
        latest = start;
      }
    }
    if (dataClass == DataClass.SHARED_CAMERA_DATA) {
      return horizon;
    }
    if (latest == null) {
      return null;
    }
    Instant bound = latest.plusDays(1 + MARGIN_DAYS).atStartOfDay(TccTime.ZONE).toInstant();
    return bound.isAfter(horizon) ? horizon : bound;
  }

  /** The rules' view of a listed record; a capture with one end only is read as an instant. */
  static RetainedItem itemOf(RetainedRecord record) {
    Instant from = record.capturedFrom() != null ? record.capturedFrom() : record.capturedTo();
    Instant to = record.capturedTo() != null ? record.capturedTo() : record.capturedFrom();
    if (from != null && from.isAfter(to)) {
      Instant swap = from;
      from = to;
      to = swap;
    }
    Period agreementPeriod = record.agreementId() == null ? null : record.agreementPeriod();
    return new RetainedItem(
        record.dataClass(),
        record.level(),
        record.ownerType(),
        record.retentionStartsAt(),
        record.cameraCode(),
        from,
        to,
        record.cases(),
        record.agreementId(),
        agreementPeriod);
  }
}
