package vn.tcc.vms.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.DeletionOutcome.Result;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource.CandidatePage;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsConnectionSettings;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsEventCursor;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsUnavailable;
import vn.tcc.vms.internal.zoneminder.ZoneMinderAdapter;

/**
 * The VMS recording retention source against a real ZoneMinder 1.36 (the peer {@code bin/zoneminder
 * up} starts), in the style of ZoneMinderContractIT: a recording is listed with its end as the
 * start of its retention, deleted through the adapter and then ALREADY_GONE; an archived one (the
 * evidence lock) answers LOCKED and stays. Plain JUnit, run by failsafe with tcc.zm.url,
 * tcc.zm.user and tcc.zm.password. Only the database side is faked (the connection and the
 * registry's link of camera GL-QN-0001 to its monitor).
 */
class VmsRecordingRetentionContractIT {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final DeletionContext RUN =
      new DeletionContext(1, false, DeletionContext.SCHEDULE, "supervisor1");

  private static ZoneMinderAdapter zm;
  private static String monitor;
  private static VmsRecordingSource source;
  private static final List<String> audited = new ArrayList<>();

  @BeforeAll
  static void connect() {
    String url = required("tcc.zm.url");
    zm =
        new ZoneMinderAdapter(
            new VmsConnectionSettings(
                "ZM-IT",
                "ZoneMinder",
                URI.create(url),
                required("tcc.zm.user"),
                required("tcc.zm.password"),
                TIMEOUT),
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build());
    try {
      zm.ping();
    } catch (VmsUnavailable e) {
      fail("ZoneMinder does not answer at " + url + " (bin/zoneminder up): " + e.getMessage());
    }
    monitor =
        zm.cameras().stream()
            .filter(c -> "GL-QN-0001".equals(c.name()))
            .map(VmsCamera::externalId)
            .findFirst()
            .orElseThrow(() -> new AssertionError("ZoneMinder has no monitor GL-QN-0001"));
    source =
        new VmsRecordingSource(
            FakeVms.repository(List.of(FakeVms.connection("ZM-IT", "GL", true))),
            FakeVms.adapters(Map.of("ZM-IT", zm)),
            FakeVms.cameras(Map.of("GL-QN-0001", new String[] {"ZM-IT", monitor, "GL.QUY_NHON"})),
            record -> audited.add(record.details()));
  }

  @Test
  void a_recording_is_listed_from_its_end_deleted_through_zoneminder_and_then_gone() {
    VmsEvent event = raise("Retention");
    String itemId = "ZM-IT:" + event.eventId();

    RetainedRecord item = listed(itemId, event.end().plusSeconds(2));
    assertEquals(event.end(), item.retentionStartsAt());
    assertEquals("GL-QN-0001", item.cameraCode());

    DeletionOutcome deleted = source.delete(List.of(item), RUN).get(0);
    assertEquals(Result.DELETED, deleted.result(), deleted.toString());
    assertTrue(
        zm.recordings(monitor, event.start(), event.end()).stream()
            .noneMatch(r -> r.recordingId().equals(event.eventId())));
    assertEquals(Result.ALREADY_GONE, source.delete(List.of(item), RUN).get(0).result());
    assertTrue(audited.stream().anyMatch(d -> d.endsWith(itemId)));
  }

  @Test
  void an_archived_recording_answers_locked_and_stays() {
    VmsEvent event = raise("Retention held");
    String itemId = "ZM-IT:" + event.eventId();
    zm.protect(event.eventId());
    try {
      RetainedRecord item = listed(itemId, event.end().plusSeconds(2));
      assertTrue(item.description().contains("locked"));

      DeletionOutcome outcome = source.delete(List.of(item), RUN).get(0);

      assertEquals(Result.LOCKED, outcome.result(), outcome.toString());
      assertTrue(
          zm.recordings(monitor, event.start(), event.end()).stream()
              .anyMatch(r -> r.recordingId().equals(event.eventId())));
    } finally {
      zm.unprotect(event.eventId());
      zm.delete(event.eventId());
    }
  }

  /** Pages through the source until the item shows (it may take several pages of a year back). */
  private static RetainedRecord listed(String itemId, Instant startedBefore) {
    String cursor = null;
    int pages = 0;
    do {
      CandidatePage page = source.candidates(startedBefore, cursor, 200);
      for (RetainedRecord item : page.items()) {
        if (item.itemId().equals(itemId)) {
          return item;
        }
      }
      cursor = page.nextCursor();
    } while (cursor != null && ++pages < 500);
    throw new AssertionError(itemId + " is not listed");
  }

  private static VmsEvent raise(String cause) {
    VmsEventCursor cursor = lastEvent();
    String plate = "81R" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    zm.raiseEvent(
        monitor,
        new VmsEventRequest(
            cause, "plate=" + plate + " test=retention", Duration.ofSeconds(3), 200));
    return await(
        () ->
            zm.eventsSince(cursor, 100).stream()
                .filter(e -> plate.equals(e.attributes().get("plate")) && e.end() != null)
                .findFirst());
  }

  private static VmsEventCursor lastEvent() {
    VmsEventCursor cursor = VmsEventCursor.START;
    for (List<VmsEvent> page = zm.eventsSince(cursor, 500);
        !page.isEmpty();
        page = zm.eventsSince(cursor, 500)) {
      cursor = new VmsEventCursor(page.get(page.size() - 1).eventId());
    }
    return cursor;
  }

  private static <T> T await(Supplier<Optional<T>> probe) {
    Instant deadline = Instant.now().plusSeconds(30);
    while (true) {
      Optional<T> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("ZoneMinder recorded no event within 30 s");
      }
      try {
        Thread.sleep(1000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("Interrupted");
      }
    }
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank() || value.startsWith("${")) {
      fail("System property " + property + " is not set: run through bin/tcc test");
    }
    return value;
  }
}
