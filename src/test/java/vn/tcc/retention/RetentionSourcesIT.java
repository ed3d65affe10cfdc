package vn.tcc.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.tcc.event.api.EventIntake;
import vn.tcc.event.api.EvidenceDeposit;
import vn.tcc.event.api.ReportedEvent;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionContext;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.RetentionSource.CandidatePage;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.testing.TccDeployment;

/**
 * The retention sources of the event and violation modules inside the real server, on the real
 * database: data that came in through the ingestion API (events, a quarantined one, a file from a
 * VMS, the cases the handover opened) is listed by each source with the facts the rules need,
 * deleted, gone afterwards, on the audit trail, and a second deletion answers ALREADY_GONE. VMS
 * recordings are the ZoneMinder contract test's (VmsRecordingRetentionContractIT).
 *
 * <p>In-container (testable): the sources are CDI beans with no REST of their own. Closing a case,
 * the owner answer and the appeal are written in SQL: reaching closure through the API is
 * CaseSettlementIT's and OwnerIdentificationIT's, and needs the identity center's stub.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionSourcesIT {
  private static final String CLIENT = "RETENTION-IT";
  private static final String CAMERA = "GL-QN-0004";
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final DeletionContext RUN =
      new DeletionContext(
          ThreadLocalRandom.current().nextLong(1_000_000, 9_000_000),
          false,
          DeletionContext.SCHEDULE,
          "supervisor1");

  @Deployment
  static WebArchive deployment() {
    return TccDeployment.inContainer().addClass(TccDeployment.class);
  }

  @Inject @Any Instance<RetentionSource> sources;
  @Inject EventIntake intake;
  @Inject EvidenceDeposit deposit;
  @Inject vn.tcc.event.api.EvidenceFiles evidenceFiles;

  @Resource(lookup = "java:jboss/datasources/TccDS")
  DataSource dataSource;

  @Test
  void every_class_the_owning_modules_keep_has_one_source() {
    Set<DataClass> classes =
        sources.stream().map(RetentionSource::dataClass).collect(Collectors.toSet());
    assertEquals(
        EnumSet.of(
            DataClass.VMS_RECORDING,
            DataClass.VIOLATION_EVIDENCE,
            DataClass.PLATE_READ,
            DataClass.FALSE_DETECTION,
            DataClass.CLOSED_CASE,
            DataClass.OWNER_IDENTITY,
            DataClass.APPEAL_DOCUMENT,
            DataClass.QUARANTINED_EVENT,
            DataClass.COMMAND_SNAPSHOT),
        classes);
  }

  @Test
  void plate_reads_and_quarantined_events_are_listed_deleted_and_gone() throws Exception {
    String tag = tag();
    intake.report(
        CLIENT,
        QUY_NHON,
        List.of(
            event(tag + "-read", CAMERA, "PLATE_READ", plate()),
            event(tag + "-refused", "GL-QN-9999", "PLATE_READ", plate())));
    long read = idOf("SELECT id FROM vms.event WHERE source_event_id = ?", tag + "-read");
    long refused =
        idOf("SELECT id FROM vms.quarantine WHERE source_event_id = ?", tag + "-refused");
    // The read's image, a file no other event uses: it goes with the read.
    String image = deposit.deposit(read, file("snapshot", tag)).sha256();

    RetainedRecord readItem = find(DataClass.PLATE_READ, Long.toString(read));
    assertEquals(CAMERA, readItem.cameraCode());
    assertEquals(QUY_NHON, readItem.jurisdiction());
    assertTrue(readItem.sizeBytes() > 0, "its own image counts");
    RetainedRecord refusedItem = find(DataClass.QUARANTINED_EVENT, Long.toString(refused));
    assertEquals(QUY_NHON, refusedItem.jurisdiction(), "the sending client's");

    deletesOnceThenAnswersGone(DataClass.PLATE_READ, readItem);
    assertEquals(0, count("SELECT count(*) FROM vms.event WHERE id = ?", read));
    assertEquals(0, count("SELECT count(*) FROM vms.event_outbox WHERE event_id = ?", read));
    assertEquals(0, count("SELECT count(*) FROM vms.evidence WHERE sha256 = ?", image));
    deletesOnceThenAnswersGone(DataClass.QUARANTINED_EVENT, refusedItem);
    assertEquals(0, count("SELECT count(*) FROM vms.quarantine WHERE id = ?", refused));
    assertAudited("event", Long.toString(read));
    assertAudited("quarantine_entry", Long.toString(refused));
  }

  @Test
  void a_closed_cases_evidence_owner_appeal_and_record_are_listed_and_erased() throws Exception {
    String tag = tag();
    intake.report(CLIENT, QUY_NHON, List.of(event(tag + "-red", CAMERA, "RED_LIGHT", plate())));
    long red = idOf("SELECT id FROM vms.event WHERE source_event_id = ?", tag + "-red");
    String clip = deposit.deposit(red, file("clip", tag)).sha256();
    long caseId =
        await(
            "the case of event " + red,
            () ->
                optionalId(
                    "SELECT case_id AS id FROM violation.case_event WHERE event_id = ?", red));
    String number = text("SELECT case_number FROM violation.violation_case WHERE id = ?", caseId);
    Instant closedAt = Instant.now().minus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MICROS);
    long document = closeWithOwnerAndAppeal(caseId, closedAt);

    RetainedRecord evidence = find(DataClass.VIOLATION_EVIDENCE, clip);
    assertEquals(List.of(CaseLink.closed(number, closedAt)), evidence.cases());
    assertEquals(clip, evidence.sha256());
    RetainedRecord owner = find(DataClass.OWNER_IDENTITY, number);
    assertEquals(closedAt, owner.retentionStartsAt(), "counted from the closure");
    RetainedRecord appeal = find(DataClass.APPEAL_DOCUMENT, Long.toString(document));
    assertEquals(List.of(CaseLink.closed(number, closedAt)), appeal.cases());
    RetainedRecord closed = find(DataClass.CLOSED_CASE, number);
    assertEquals(closedAt, closed.retentionStartsAt());
    assertEquals(CAMERA, closed.cameraCode());

    deletesOnceThenAnswersGone(DataClass.VIOLATION_EVIDENCE, evidence);
    assertEquals(0, count("SELECT count(*) FROM vms.evidence WHERE sha256 = ?", clip));
    assertEquals(0, count("SELECT count(*) FROM vms.event_evidence WHERE sha256 = ?", clip));
    deletesOnceThenAnswersGone(DataClass.OWNER_IDENTITY, owner);
    assertEquals(0, count("SELECT count(*) FROM violation.case_owner WHERE case_id = ?", caseId));
    assertEquals(
        1,
        count("SELECT count(*) FROM violation.identity_request WHERE case_id = ?", caseId),
        "the access record stays");
    deletesOnceThenAnswersGone(DataClass.APPEAL_DOCUMENT, appeal);
    assertEquals(0, count("SELECT count(*) FROM violation.appeal_document WHERE id = ?", document));
    deletesOnceThenAnswersGone(DataClass.CLOSED_CASE, closed);
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM violation.violation_case WHERE id = ? AND erased_at IS NOT NULL"
                + " AND detected_plate IS NULL AND plate_key IS NULL AND verified_plate IS NULL",
            caseId),
        "erased, the number kept");
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM vms.event WHERE id = ? AND plate IS NULL AND attributes = '{}'",
            red),
        "the event behind the case lost its plate too");
    assertEquals(0, count("SELECT count(*) FROM violation.notice WHERE case_id = ?", caseId));
    assertTrue(
        page(DataClass.CLOSED_CASE, item -> item.itemId().equals(number)).isEmpty(),
        "an erased case is not listed again");
    assertAudited("violation_case", number);
    assertAudited("evidence", clip);
  }

  @Test
  void a_rejected_case_is_a_false_detection_erased_from_its_rejection() throws Exception {
    String tag = tag();
    intake.report(CLIENT, QUY_NHON, List.of(event(tag + "-wrong", CAMERA, "SPEEDING", plate())));
    long wrong = idOf("SELECT id FROM vms.event WHERE source_event_id = ?", tag + "-wrong");
    long caseId =
        await(
            "the case of event " + wrong,
            () ->
                optionalId(
                    "SELECT case_id AS id FROM violation.case_event WHERE event_id = ?", wrong));
    String number = text("SELECT case_number FROM violation.violation_case WHERE id = ?", caseId);
    Instant rejectedAt = Instant.now().minus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.MICROS);
    update("UPDATE violation.violation_case SET state = 'REJECTED' WHERE id = ?", caseId);
    update(
        "INSERT INTO violation.case_transition (case_id, from_state, to_state, actor, reason, at)"
            + " VALUES (?, 'IN_REVIEW', 'REJECTED', 'officer1', 'Sai biển số', ?)",
        caseId,
        java.sql.Timestamp.from(rejectedAt));

    RetainedRecord rejected = find(DataClass.FALSE_DETECTION, number);
    assertEquals(rejectedAt, rejected.retentionStartsAt(), "counted from the rejection");
    assertEquals(List.of(CaseLink.rejected(number)), rejected.cases());

    deletesOnceThenAnswersGone(DataClass.FALSE_DETECTION, rejected);
    assertEquals(
        0,
        count(
            "SELECT count(*) FROM violation.case_transition WHERE case_id = ? AND reason IS NOT NULL",
            caseId),
        "the reasons on its timeline are erased");
    assertEquals(
        1,
        count("SELECT count(*) FROM vms.event WHERE id = ? AND plate IS NULL", wrong),
        "the wrongly detected plate is gone from the event too");
  }

  @Test
  void a_command_room_snapshot_is_counted_from_its_taking_and_goes_with_its_file()
      throws Exception {
    byte[] jpeg =
        ("\u00ff\u00d8\u00ff snapshot " + tag())
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    vn.tcc.event.api.EvidenceFiles.StoredFile stored =
        evidenceFiles.store(jpeg, "image/jpeg", "user:operator");
    long id =
        idOf(
            "INSERT INTO command.snapshot (camera_code, jurisdiction_code, sha256, media_type,"
                + " size_bytes, vms_code, taken_at, taken_by, taken_name) VALUES ('GL-QN-0001',"
                + " 'GL.QUY_NHON', ?, 'image/jpeg', ?, 'ZM-DEMO', now() - interval '1 hour',"
                + " 'operator', 'Operator') RETURNING id",
            stored.sha256(),
            stored.sizeBytes());
    RetainedRecord item = find(DataClass.COMMAND_SNAPSHOT, Long.toString(id));
    assertEquals(stored.sha256(), item.sha256());
    assertEquals(QUY_NHON, item.jurisdiction());
    assertEquals("GL-QN-0001", item.cameraCode());
    deletesOnceThenAnswersGone(DataClass.COMMAND_SNAPSHOT, item);
    assertTrue(evidenceFiles.read(stored.sha256()).isEmpty(), "the file went with it");
    assertAudited("snapshot", Long.toString(id));
  }

  // ------------------------------------------------------------------ helpers

  private void deletesOnceThenAnswersGone(DataClass dataClass, RetainedRecord item) {
    RetentionSource source = source(dataClass);
    DeletionOutcome first = source.delete(List.of(item), RUN).get(0);
    assertEquals(DeletionOutcome.Result.DELETED, first.result(), dataClass + " " + first);
    DeletionOutcome again = source.delete(List.of(item), RUN).get(0);
    assertEquals(DeletionOutcome.Result.ALREADY_GONE, again.result(), dataClass + " " + again);
    assertTrue(
        page(dataClass, i -> i.itemId().equals(item.itemId())).isEmpty(),
        dataClass + " " + item.itemId() + " is not listed any more");
  }

  private RetentionSource source(DataClass dataClass) {
    return sources.stream()
        .filter(s -> s.dataClass() == dataClass)
        .findFirst()
        .orElseThrow(() -> new AssertionError("No source of " + dataClass));
  }

  private RetainedRecord find(DataClass dataClass, String itemId) {
    List<RetainedRecord> found = page(dataClass, item -> item.itemId().equals(itemId));
    assertFalse(found.isEmpty(), dataClass + " does not list " + itemId);
    assertEquals(1, found.size(), "listed once");
    return found.get(0);
  }

  /** Every item of the class due a minute from now that matches, read page by page. */
  private List<RetainedRecord> page(DataClass dataClass, Predicate<RetainedRecord> wanted) {
    RetentionSource source = source(dataClass);
    Instant startedBefore = Instant.now().plus(Duration.ofMinutes(1));
    List<RetainedRecord> found = new java.util.ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      CandidatePage page = source.candidates(startedBefore, cursor, 500);
      page.items().stream().filter(wanted).forEach(found::add);
      cursor = page.nextCursor();
    } while (cursor != null && ++pages < 1_000);
    return found;
  }

  /** Closes the case an hour ago, with an owner answer, a notice and an appeal document. */
  private long closeWithOwnerAndAppeal(long caseId, Instant closedAt) throws SQLException {
    UUID access = UUID.randomUUID();
    update(
        "UPDATE violation.violation_case SET state = 'CLOSED', closed_at = ? WHERE id = ?",
        java.sql.Timestamp.from(closedAt),
        caseId);
    update(
        "INSERT INTO violation.identity_request (access_request_id, case_id, requested_by,"
            + " purpose, fields, state, center_access_id) VALUES (?, ?, 'officer1', 'Xử phạt',"
            + " 'owner', 'ANSWERED', 'C-1')",
        access,
        caseId);
    update(
        "INSERT INTO violation.case_owner (case_id, access_request_id, center_access_id, owner,"
            + " vehicle, identified_by, identified_at) VALUES (?, ?, 'C-1',"
            + " '{\"name\":\"Nguyễn Văn A\"}'::jsonb, '{}'::jsonb, 'officer1', now())",
        caseId,
        access);
    update(
        "INSERT INTO violation.notice (case_id, notice_number, verification_code, issued_by,"
            + " issued_at, response_due, docx, docx_sha256) VALUES (?, ?, ?, 'officer1', now(),"
            + " current_date, '\\x504b'::bytea, repeat('0', 64))",
        caseId,
        "TB-IT-" + caseId,
        Long.toString(caseId, 36).toUpperCase() + "RIT");
    update(
        "INSERT INTO violation.appeal (case_id, grounds, filed_by, filed_at)"
            + " VALUES (?, 'Không phải xe tôi', 'officer1', now())",
        caseId);
    return idOf(
        "INSERT INTO violation.appeal_document (case_id, file_name, media_type, sha256, content,"
            + " uploaded_by) VALUES (?, 'don.pdf', 'application/pdf', repeat('1', 64),"
            + " '\\x25504446'::bytea, 'officer1') RETURNING id",
        caseId);
  }

  private void assertAudited(String objectType, String itemId) throws SQLException {
    assertEquals(
        1,
        count(
            "SELECT count(*) FROM audit.entry WHERE action = 'RETENTION_DELETED'"
                + " AND object_type = ? AND details LIKE ? AND details LIKE ?",
            objectType,
            "scheduled deletion run=" + RUN.runId() + " %",
            "%" + itemId + "%"),
        "one audit entry for " + itemId);
  }

  private static ReportedEvent event(
      String sourceEventId, String camera, String type, String plate) {
    return new ReportedEvent(
        CLIENT,
        sourceEventId,
        camera,
        OffsetDateTime.now(ZoneOffset.ofHours(7)).minusMinutes(5).truncatedTo(ChronoUnit.SECONDS),
        type,
        plate,
        "SPEEDING".equals(type) ? new java.math.BigDecimal("92") : null,
        "SPEEDING".equals(type) ? new java.math.BigDecimal("60") : null,
        List.of(),
        null);
  }

  private static EvidenceDeposit.FileFromVms file(String kind, String tag) {
    return new EvidenceDeposit.FileFromVms(
        kind,
        ("retention IT " + kind + " " + tag).getBytes(StandardCharsets.UTF_8),
        "clip".equals(kind) ? "video/mp4" : "image/jpeg",
        "ZM-IT",
        null,
        false);
  }

  private static String tag() {
    return "RIT-" + UUID.randomUUID();
  }

  private static String plate() {
    return "77A-"
        + ThreadLocalRandom.current().nextInt(100, 999)
        + "."
        + ThreadLocalRandom.current().nextInt(10, 99);
  }

  private long await(String what, SqlProbe probe) throws Exception {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (true) {
      Optional<Long> found = probe.get();
      if (found.isPresent()) {
        return found.get();
      }
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("No " + what + " within 30 s");
      }
      Thread.sleep(250);
    }
  }

  @FunctionalInterface
  private interface SqlProbe {
    Optional<Long> get() throws SQLException;
  }

  private Optional<Long> optionalId(String sql, Object... parameters) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = prepare(db, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      return rows.next() ? Optional.of(rows.getLong("id")) : Optional.empty();
    }
  }

  private long idOf(String sql, Object... parameters) throws SQLException {
    return optionalId(sql, parameters).orElseThrow(() -> new AssertionError("No row: " + sql));
  }

  private String text(String sql, Object... parameters) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = prepare(db, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      assertTrue(rows.next(), sql);
      return rows.getString(1);
    }
  }

  private long count(String sql, Object... parameters) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = prepare(db, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private void update(String sql, Object... parameters) throws SQLException {
    try (Connection db = dataSource.getConnection();
        PreparedStatement statement = prepare(db, sql, parameters)) {
      statement.executeUpdate();
    }
  }

  private static PreparedStatement prepare(Connection db, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = db.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      statement.setObject(i + 1, parameters[i]);
    }
    return statement;
  }
}
