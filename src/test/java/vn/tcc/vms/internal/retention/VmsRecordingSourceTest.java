package vn.tcc.vms.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.DeletionOutcome.Result;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource.CandidatePage;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.vms.api.VmsDeletion;
import vn.tcc.vms.api.VmsUnavailable;

class VmsRecordingSourceTest {
  private static final Instant CUT_OFF = Instant.parse("2026-03-01T00:00:00Z");

  private final FakeVms zmA = new FakeVms();
  private final FakeVms zmB = new FakeVms();
  private final List<AuditRecord> audited = new ArrayList<>();
  private final VmsRecordingSource source =
      new VmsRecordingSource(
          FakeVms.repository(
              List.of(
                  FakeVms.connection("ZM-B", "GL", true),
                  FakeVms.connection("ZM-A", "GL.QUY_NHON", true),
                  FakeVms.connection("ZM-OFF", "GL", false))),
          FakeVms.adapters(Map.of("ZM-A", zmA, "ZM-B", zmB)),
          FakeVms.cameras(
              Map.of(
                  "GL-QN-0001", new String[] {"ZM-A", "1", "GL.QUY_NHON"},
                  "GL-QN-0002", new String[] {"ZM-A", "2", "GL.QUY_NHON"},
                  "GL-PK-0001", new String[] {"ZM-B", "7", "GL.PLEIKU"},
                  "GL-XX-0001", new String[] {"ZM-OFF", "9", "GL"})),
          audited::add);

  private static Instant daysBefore(int days) {
    return CUT_OFF.minus(Duration.ofDays(days));
  }

  @Test
  void lists_every_due_recording_once_in_camera_then_end_order_across_pages() {
    zmA.record("1", "10", daysBefore(40), daysBefore(40).plusSeconds(600), false);
    // Spans two days: listed once, in the window of its end.
    zmA.record(
        "1", "11", daysBefore(20).minusSeconds(3600), daysBefore(20).plusSeconds(3600), false);
    zmA.record("1", "12", daysBefore(20).plusSeconds(3600), daysBefore(20).plusSeconds(3600), true);
    zmA.record("1", "13", CUT_OFF.minusSeconds(60), CUT_OFF.plusSeconds(60), false); // not due
    zmA.record("1", "14", CUT_OFF.minusSeconds(30), null, false); // still recording
    zmA.record("2", "20", daysBefore(3), daysBefore(3).plusSeconds(60), false);
    zmB.record("7", "70", daysBefore(300), daysBefore(300).plusSeconds(60), false);
    zmB.record("7", "71", daysBefore(400), daysBefore(400).plusSeconds(60), false); // too old

    List<String> listed = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      CandidatePage page = source.candidates(CUT_OFF, cursor, 2);
      page.items().forEach(item -> listed.add(item.itemId()));
      cursor = page.nextCursor();
      pages++;
    } while (cursor != null && pages < 50);

    assertEquals(List.of("ZM-A:10", "ZM-A:11", "ZM-A:12", "ZM-A:20", "ZM-B:70"), listed);
    assertNull(cursor, "the list ends");
  }

  @Test
  void maps_a_recording_to_the_retained_record_the_rules_need() {
    Instant start = daysBefore(31);
    zmA.record("1", "10", start, start.plusSeconds(600), true);

    RetainedRecord item = source.candidates(CUT_OFF, null, 10).items().get(0);

    assertEquals(DataClass.VMS_RECORDING, item.dataClass());
    assertEquals("ZM-A:10", item.itemId());
    assertEquals(start.plusSeconds(600), item.retentionStartsAt(), "counted from the end");
    assertEquals(start, item.capturedFrom());
    assertEquals("GL-QN-0001", item.cameraCode());
    assertEquals("GL.QUY_NHON", item.jurisdiction().value());
    assertEquals(OwnerType.POLICE, item.ownerType());
    assertEquals(StorageLevel.COMMUNE_CENTER, item.level(), "the VMS serves a commune");
    assertTrue(item.description().contains("locked"));
  }

  @Test
  void a_vms_that_does_not_answer_is_skipped_and_the_others_are_listed() {
    FakeVms away =
        new FakeVms() {
          @Override
          public List<vn.tcc.vms.api.VmsRecording> recordings(
              String externalId, Instant from, Instant to) {
            throw new VmsUnavailable("ZM-A does not answer");
          }
        };
    zmB.record("7", "70", daysBefore(5), daysBefore(5).plusSeconds(60), false);
    VmsRecordingSource withOneAway =
        new VmsRecordingSource(
            FakeVms.repository(
                List.of(
                    FakeVms.connection("ZM-A", "GL", true),
                    FakeVms.connection("ZM-B", "GL", true))),
            FakeVms.adapters(Map.of("ZM-A", away, "ZM-B", zmB)),
            FakeVms.cameras(
                Map.of(
                    "GL-QN-0001", new String[] {"ZM-A", "1", "GL.QUY_NHON"},
                    "GL-PK-0001", new String[] {"ZM-B", "7", "GL.PLEIKU"})),
            audited::add);

    CandidatePage page = withOneAway.candidates(CUT_OFF, null, 10);

    assertEquals(List.of("ZM-B:70"), page.items().stream().map(RetainedRecord::itemId).toList());
  }

  @Test
  void a_page_makes_a_bounded_number_of_vms_calls_and_says_where_to_go_on() {
    // Nothing recorded for a year: the empty stretch costs widening windows, not a call a day.
    CandidatePage page = source.candidates(CUT_OFF, null, 10);
    int calls = zmA.recordingCalls + zmB.recordingCalls;
    assertTrue(calls <= VmsRecordingSource.CALLS_PER_PAGE, calls + " calls");
    String cursor = page.nextCursor();
    int pages = 1;
    while (cursor != null && pages < 20) {
      cursor = source.candidates(CUT_OFF, cursor, 10).nextCursor();
      pages++;
    }
    assertNull(cursor, "three cameras, a year each, walked in a few pages");
  }

  @Test
  void a_cursor_that_is_not_one_is_refused() {
    assertThrows(IllegalArgumentException.class, () -> source.candidates(CUT_OFF, "garbage", 10));
    assertThrows(
        IllegalArgumentException.class, () -> source.candidates(CUT_OFF, "ZM-A|X|yesterday|1", 10));
  }

  @Test
  void deletes_through_the_adapter_and_records_each_answer_as_it_is() {
    zmA.deletions.put("2", id -> VmsDeletion.NOT_FOUND);
    zmA.deletions.put("3", id -> VmsDeletion.LOCKED);
    zmA.deletions.put("4", id -> VmsDeletion.UNSUPPORTED);
    zmA.deletions.put(
        "5",
        id -> {
          throw new VmsUnavailable("timed out");
        });

    List<DeletionOutcome> outcomes =
        source.delete(
            List.of(
                item("ZM-A:1"),
                item("ZM-A:2"),
                item("ZM-A:3"),
                item("ZM-A:4"),
                item("ZM-A:5"),
                item("ZM-OFF:6"),
                item("ZM-GONE:7"),
                item("no-colon")),
            new DeletionContext(42, false, DeletionContext.SCHEDULE, "supervisor1"));

    assertEquals(
        List.of(
            Result.DELETED,
            Result.ALREADY_GONE,
            Result.LOCKED,
            Result.UNSUPPORTED,
            Result.FAILED,
            Result.FAILED,
            Result.FAILED,
            Result.FAILED),
        outcomes.stream().map(DeletionOutcome::result).toList());
    assertEquals("timed out", outcomes.get(4).detail());
    assertEquals(1, audited.size(), "one entry for the one recording deleted");
    assertTrue(audited.get(0).details().startsWith("scheduled deletion run=42"));
    assertTrue(audited.get(0).details().endsWith("items=ZM-A:1"));
  }

  @Test
  void a_vms_without_deletion_answers_unsupported_without_being_asked() {
    zmA.capabilities.remove(vn.tcc.vms.api.VmsCapability.DELETE);
    zmA.deletions.put(
        "1",
        id -> {
          throw new AssertionError("must not be asked");
        });

    DeletionOutcome outcome =
        source
            .delete(List.of(item("ZM-A:1")), new DeletionContext(1, true, "officer", "supervisor"))
            .get(0);

    assertEquals(Result.UNSUPPORTED, outcome.result());
  }

  private static RetainedRecord item(String itemId) {
    return new RetainedRecord(
        DataClass.VMS_RECORDING,
        itemId,
        StorageLevel.PROVINCIAL_CENTER,
        new vn.tcc.shared.jurisdiction.JurisdictionCode("GL"),
        null,
        CUT_OFF,
        null,
        null,
        null,
        List.of(),
        null,
        null,
        0,
        null,
        "test");
  }
}
