package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.retention.internal.domain.HoldScope;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.PolicyBook;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Role;

class DueForecastTest {
  private static final Instant NOW = Fakes.NOW;
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final PolicyBook BOOK =
      PolicyBook.of(
          List.of(
              Fakes.policy(DataClass.PLATE_READ, StorageLevel.COMMUNE_CENTER, Period.ofDays(30))));

  /** Plate reads listed in pages, as an owning module would; it remembers what it was asked. */
  private static final class PlateReads implements RetentionSource {
    final List<RetainedRecord> items = new ArrayList<>();
    final List<Instant> askedStartedBefore = new ArrayList<>();
    boolean failing;

    PlateReads read(String id, Duration age, String camera, CaseLink... cases) {
      Instant at = NOW.minus(age);
      items.add(
          new RetainedRecord(
              DataClass.PLATE_READ,
              id,
              StorageLevel.COMMUNE_CENTER,
              QUY_NHON,
              OwnerType.POLICE,
              at,
              camera,
              at,
              at,
              List.of(cases),
              null,
              null,
              0,
              null,
              "plate read " + id));
      return this;
    }

    @Override
    public DataClass dataClass() {
      return DataClass.PLATE_READ;
    }

    @Override
    public CandidatePage candidates(Instant startedBefore, String cursor, int limit) {
      if (failing) {
        throw new IllegalStateException("store down");
      }
      askedStartedBefore.add(startedBefore);
      List<RetainedRecord> matching =
          items.stream().filter(i -> i.retentionStartsAt().isBefore(startedBefore)).toList();
      int from = cursor == null ? 0 : Integer.parseInt(cursor);
      int to = Math.min(from + limit, matching.size());
      return new CandidatePage(
          matching.subList(from, to), to < matching.size() ? String.valueOf(to) : null);
    }

    @Override
    public List<DeletionOutcome> delete(List<RetainedRecord> items, DeletionContext context) {
      throw new UnsupportedOperationException("a forecast deletes nothing");
    }

    @Override
    public List<StoredVolume> volumes() {
      return List.of();
    }
  }

  @Test
  void items_are_counted_by_when_they_fall_due_and_held_or_pending_ones_are_not() {
    PlateReads reads =
        new PlateReads()
            .read("overdue", Duration.ofDays(40), "GL-QN-0001")
            .read("this-week", Duration.ofDays(27), "GL-QN-0001")
            .read("this-month", Duration.ofDays(10), "GL-QN-0001")
            .read("started-today", Duration.ZERO, "GL-QN-0001")
            .read("held", Duration.ofDays(27), "GL-QN-0002")
            .read("in-a-case", Duration.ofDays(27), "GL-QN-0001", CaseLink.open("VP-2026-1"));
    LegalHold hold =
        LegalHold.place(
                new HoldScope.OfCamera("GL-QN-0002", NOW.minus(Duration.ofDays(60)), NOW),
                Fakes.user("officer", Role.OFFICER, "GL.QUY_NHON"),
                "Điều tra",
                "12/QĐ",
                null,
                NOW.minus(Duration.ofDays(1)))
            .withId(1);

    DueForecast.Forecast forecast =
        DueForecast.compute(List.of(reads), BOOK, List.of(hold), NOW, DueForecast.CAP);

    DueForecast.ClassForecast plates = forecast.classes().get(0);
    assertTrue(plates.complete());
    assertFalse(plates.failed());
    DueForecast.DueCount count = plates.counts().get(0);
    assertEquals(QUY_NHON, count.jurisdiction());
    assertEquals(1, count.dueNow());
    assertEquals(2, count.within7Days());
    assertEquals(3, count.within30Days());
  }

  @Test
  void only_items_old_enough_to_fall_due_within_30_days_are_asked_for() {
    PlateReads reads = new PlateReads().read("one", Duration.ofDays(27), "GL-QN-0001");

    DueForecast.compute(List.of(reads), BOOK, List.of(), NOW, DueForecast.CAP);

    Instant bound = reads.askedStartedBefore.get(0);
    assertTrue(bound.isAfter(NOW), "an item started today falls due in 30 days: " + bound);
    assertTrue(
        bound.isBefore(NOW.plus(Duration.ofDays(6))), "but not one started next week: " + bound);
  }

  @Test
  void beyond_the_cap_the_count_says_more_than() {
    PlateReads reads = new PlateReads();
    for (int i = 0; i < 5; i++) {
      reads.read("r" + i, Duration.ofDays(27), "GL-QN-0001");
    }

    DueForecast.ClassForecast plates =
        DueForecast.compute(List.of(reads), BOOK, List.of(), NOW, 3).classes().get(0);

    assertFalse(plates.complete());
    assertEquals(3, plates.counts().get(0).within7Days());
  }

  @Test
  void a_failing_source_is_unknown_and_the_others_are_still_counted() {
    PlateReads failing = new PlateReads();
    failing.failing = true;
    PlateReads working = new PlateReads().read("one", Duration.ofDays(27), "GL-QN-0001");

    DueForecast.Forecast forecast =
        DueForecast.compute(List.of(failing, working), BOOK, List.of(), NOW, DueForecast.CAP);

    assertTrue(forecast.classes().get(0).failed());
    assertEquals(1, forecast.classes().get(1).counts().get(0).within7Days());
  }

  @Test
  void a_class_without_policy_is_never_due_and_its_source_is_not_read() {
    PlateReads reads = new PlateReads().read("one", Duration.ofDays(400), "GL-QN-0001");

    DueForecast.ClassForecast plates =
        DueForecast.compute(List.of(reads), PolicyBook.empty(), List.of(), NOW, DueForecast.CAP)
            .classes()
            .get(0);

    assertTrue(plates.counts().isEmpty());
    assertTrue(reads.askedStartedBefore.isEmpty());
  }
}
