package vn.tcc.retention.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

class DeletionAuditEntriesTest {
  private static final DeletionContext MANUAL =
      new DeletionContext(7, true, "officer1", "supervisor2");

  @Test
  void every_id_is_on_the_trail_per_jurisdiction_in_entries_that_fit() {
    List<RetainedRecord> deleted = new ArrayList<>();
    IntStream.range(0, 500)
        .forEach(i -> deleted.add(item(Long.toString(1_000_000 + i), "GL.QUY_NHON")));
    deleted.add(item("42", "GL.PLEIKU"));

    List<AuditRecord> entries =
        DeletionAuditEntries.entries("event", DataClass.PLATE_READ, deleted, MANUAL);

    List<String> ids = new ArrayList<>();
    for (AuditRecord entry : entries) {
      assertTrue(entry.details().length() <= 2000, entry.details().length() + " characters");
      assertTrue(
          entry
              .details()
              .startsWith(
                  "manual deletion run=7 requestedBy=officer1 approvedBy=supervisor2 class=PLATE_READ items="));
      assertEquals("RETENTION_DELETED", entry.action());
      ids.addAll(
          List.of(entry.details().substring(entry.details().indexOf("items=") + 6).split(",")));
    }
    assertEquals(501, ids.size(), "none cut off");
    assertTrue(entries.size() > 2, "500 ids do not fit one entry");
    AuditRecord pleiku = entries.get(entries.size() - 1);
    assertEquals("GL.PLEIKU", pleiku.jurisdiction().value());
    assertEquals("42", pleiku.objectId(), "an entry of one item names it");
    assertNull(entries.get(0).objectId());
  }

  @Test
  void nothing_deleted_writes_nothing() {
    assertEquals(
        List.of(), DeletionAuditEntries.entries("event", DataClass.PLATE_READ, List.of(), MANUAL));
  }

  static RetainedRecord item(String id, String jurisdiction) {
    return new RetainedRecord(
        DataClass.PLATE_READ,
        id,
        StorageLevel.PROVINCIAL_CENTER,
        new JurisdictionCode(jurisdiction),
        null,
        Instant.EPOCH,
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
