package vn.tcc.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.internal.domain.ReportJob;
import vn.tcc.reporting.internal.domain.ReportJobs;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Role;

/**
 * A synthesis's file is written off the request: starting only records a queued job (the export
 * audited as the requester's), the worker moves it from 0 to 100 and keeps the file, which opens in
 * POI and starts from the template; nobody but the requester, in his jurisdiction, sees the job.
 */
class ReportFileJobsTest {
  private final ReportingFakes fakes = new ReportingFakes();
  private final InMemoryJobs jobs = new InMemoryJobs();
  private final Deque<Runnable> queue = new ArrayDeque<>();

  private ReportFileJobs service() {
    fakes.synthesis(41);
    return ReportFileJobs.of(
        jobs, fakes.synthesisWorkflow(), null, fakes.audit::add, fakes.clock, queue::add);
  }

  @Test
  void a_job_goes_from_queued_to_done_and_its_workbook_opens_with_the_templates_text()
      throws Exception {
    ReportFileJobs service = service();
    ReportFileJobs.JobView started =
        service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "xlsx");
    assertEquals("QUEUED", started.state());
    assertEquals(0, started.progress());
    assertEquals(1, queue.size(), "nothing written in the request");
    assertTrue(actions().contains("SYNTHESIS_EXPORTED"), "the export is audited in the request");
    assertTrue(actions().contains(ReportFileJobs.STARTED));

    queue.poll().run();

    ReportFileJobs.JobView done = service.get(ReportingFakes.supervisor(), started.id());
    assertEquals("DONE", done.state());
    assertEquals(100, done.progress());
    assertTrue(done.fileName().endsWith(".xlsx"), done.fileName());
    List<Integer> seen = jobs.progressSeen.get(started.id());
    assertTrue(seen.size() >= 2, seen.toString());
    for (int i = 1; i < seen.size(); i++) {
      assertTrue(seen.get(i) >= seen.get(i - 1), "progress never goes back: " + seen);
    }
    ReportFileJobs.JobFile file = service.file(ReportingFakes.supervisor(), started.id());
    assertTrue(file.contentType().contains("spreadsheetml"));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
      assertTrue(
          workbook
              .getSheetAt(0)
              .getRow(5)
              .getCell(0)
              .getStringCellValue()
              .startsWith("Nguồn số liệu"));
    }
    assertTrue(actions().contains(ReportFileJobs.FINISHED));
    assertTrue(actions().contains(ReportFileJobs.DOWNLOADED));
  }

  @Test
  void the_word_report_is_written_the_same_way() throws Exception {
    ReportFileJobs service = service();
    long id = service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "docx").id();
    queue.poll().run();
    ReportFileJobs.JobFile file = service.file(ReportingFakes.supervisor(), id);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(file.content()));
        XWPFWordExtractor text = new XWPFWordExtractor(document)) {
      assertTrue(text.getText().contains("Kính gửi"));
    }
  }

  @Test
  void nobody_but_the_requester_in_his_jurisdiction_sees_the_job() {
    ReportFileJobs service = service();
    long id = service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "xlsx").id();
    queue.poll().run();
    List<ReportingActor> others =
        List.of(
            ReportingFakes.actor("supervisor2", Role.SUPERVISOR, "GL", null),
            ReportingFakes.actor("auditor", Role.AUDITOR, "GL", null),
            // The same name, moved to a commune since: the province's file is no longer his.
            ReportingFakes.actor("supervisor", Role.SUPERVISOR, "GL.PLEIKU", null));
    for (ReportingActor other : others) {
      assertEquals(
          404, assertThrows(ReportingRuleException.class, () -> service.get(other, id)).status());
      assertEquals(
          404, assertThrows(ReportingRuleException.class, () -> service.file(other, id)).status());
    }
    assertEquals(
        6,
        fakes.audit.stream()
            .filter(a -> a.action().equals(ReportFileJobs.REFUSED))
            .filter(a -> a.outcome() == AuditOutcome.DENIED)
            .count());
    assertEquals(
        404,
        assertThrows(
                ReportingRuleException.class,
                () -> service.get(ReportingFakes.supervisor(), 999_999L))
            .status());
  }

  @Test
  void a_coordinator_cannot_have_a_syntheses_file_written() {
    ReportFileJobs service = service();
    ReportingRuleException refused =
        assertThrows(
            ReportingRuleException.class,
            () ->
                service.start(
                    ReportingFakes.actor("coordinator", Role.COORDINATOR, "GL", "CA.QUY_NHON"),
                    "SYNTHESIS",
                    41L,
                    "xlsx"));
    assertEquals(403, refused.status());
    assertTrue(jobs.rows.isEmpty() && queue.isEmpty());
  }

  @Test
  void an_unknown_synthesis_is_404_and_no_job_is_opened() {
    ReportFileJobs service = service();
    assertEquals(
        404,
        assertThrows(
                ReportingRuleException.class,
                () -> service.start(ReportingFakes.supervisor(), "SYNTHESIS", 7L, "docx"))
            .status());
    assertTrue(jobs.rows.isEmpty());
  }

  @Test
  void the_file_of_an_unfinished_job_is_409() {
    ReportFileJobs service = service();
    long id = service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "xlsx").id();
    assertEquals(
        409,
        assertThrows(
                ReportingRuleException.class, () -> service.file(ReportingFakes.supervisor(), id))
            .status());
  }

  @Test
  void hostile_input_is_refused_as_input() {
    ReportFileJobs service = service();
    List<Runnable> calls =
        List.of(
            () -> service.start(ReportingFakes.supervisor(), "EVERYTHING", 41L, "xlsx"),
            () -> service.start(ReportingFakes.supervisor(), null, 41L, "xlsx"),
            () -> service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "pdf\u0000"),
            () -> service.start(ReportingFakes.supervisor(), "SYNTHESIS", -1L, "xlsx"),
            () -> service.start(ReportingFakes.supervisor(), "SYNTHESIS", null, "xlsx"),
            () -> service.start(ReportingFakes.supervisor(), "x".repeat(100_000), 41L, "xlsx"));
    for (Runnable call : calls) {
      assertThrows(ValidationException.class, call::run);
    }
    assertTrue(jobs.rows.isEmpty());
  }

  @Test
  void three_jobs_under_way_are_enough_for_one_person() {
    ReportFileJobs service = service();
    for (int i = 0; i < ReportFileJobs.MAX_ACTIVE; i++) {
      service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "xlsx");
    }
    ReportingRuleException tooMany =
        assertThrows(
            ReportingRuleException.class,
            () -> service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "xlsx"));
    assertEquals(429, tooMany.status());
    queue.poll().run();
    service.start(
        ReportingFakes.supervisor(), "SYNTHESIS", 41L, "xlsx"); // one finished: room again
  }

  @Test
  void a_job_whose_server_stopped_reads_as_failed_at_100() {
    ReportFileJobs service = service();
    long id = service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "xlsx").id();
    fakes.clock.now = ReportingFakes.NOW.plus(ReportJob.STALE_AFTER).plus(Duration.ofMinutes(1));
    ReportFileJobs.JobView view = service.get(ReportingFakes.supervisor(), id);
    assertEquals("FAILED", view.state());
    assertEquals(100, view.progress(), "the page's bar stops");
  }

  @Test
  void a_job_this_server_holds_is_touched_and_never_reads_as_dead_however_long_it_waits() {
    ReportFileJobs service = service();
    long id = service.start(ReportingFakes.supervisor(), "SYNTHESIS", 41L, "xlsx").id();
    // The executor has not run it yet: three minutes of heartbeats, one every 10 s.
    for (int tick = 1; tick <= 18; tick++) {
      fakes.clock.now = ReportingFakes.NOW.plus(ReportJob.HEARTBEAT.multipliedBy(tick));
      service.heartbeat();
    }
    assertEquals("QUEUED", service.get(ReportingFakes.supervisor(), id).state());

    queue.poll().run();
    assertEquals("DONE", service.get(ReportingFakes.supervisor(), id).state());
    Instant finished = jobs.rows.get(id).updatedAt();
    fakes.clock.now = fakes.clock.now.plus(Duration.ofMinutes(5));
    service.heartbeat();
    assertEquals(finished, jobs.rows.get(id).updatedAt(), "a finished job is no longer touched");
  }

  private List<String> actions() {
    return fakes.audit.stream().map(AuditRecord::action).toList();
  }

  /** The jobs table in memory, remembering every progress written. */
  private final class InMemoryJobs implements ReportJobs {
    final Map<Long, ReportJob> rows = new HashMap<>();
    final Map<Long, byte[]> files = new HashMap<>();
    final Map<Long, List<Integer>> progressSeen = new HashMap<>();
    long next = 1;

    @Override
    public long create(
        ReportJob.Kind kind,
        long targetId,
        String format,
        String requestedBy,
        JurisdictionCode jurisdiction,
        String unitCode,
        Instant at) {
      long id = next++;
      rows.put(
          id,
          new ReportJob(
              id,
              kind,
              targetId,
              format,
              ReportJob.State.QUEUED,
              0,
              requestedBy,
              jurisdiction,
              unitCode,
              null,
              at,
              at,
              null));
      return id;
    }

    @Override
    public Optional<ReportJob> find(long id) {
      return Optional.ofNullable(rows.get(id));
    }

    @Override
    public int activeSince(String requestedBy, Instant since) {
      return (int)
          rows.values().stream()
              .filter(j -> j.requestedBy().equals(requestedBy))
              .filter(
                  j -> j.state() == ReportJob.State.QUEUED || j.state() == ReportJob.State.RUNNING)
              .filter(j -> !j.updatedAt().isBefore(since))
              .count();
    }

    @Override
    public void touch(java.util.Collection<Long> ids, Instant at) {
      for (long id : ids) {
        ReportJob j = rows.get(id);
        if (j.state() == ReportJob.State.QUEUED || j.state() == ReportJob.State.RUNNING) {
          rows.put(id, with(j, j.state(), j.progress(), null, at));
        }
      }
    }

    @Override
    public void progress(long id, int progress, Instant at) {
      progressSeen.computeIfAbsent(id, k -> new ArrayList<>()).add(progress);
      ReportJob j = rows.get(id);
      rows.put(id, with(j, ReportJob.State.RUNNING, Math.max(j.progress(), progress), null, at));
    }

    @Override
    public void done(long id, String fileName, byte[] content, Instant at) {
      files.put(id, content);
      rows.put(id, with(rows.get(id), ReportJob.State.DONE, 100, fileName, at));
    }

    @Override
    public void fail(long id, String failure, Instant at) {
      ReportJob j = rows.get(id);
      rows.put(id, with(j, ReportJob.State.FAILED, j.progress(), null, at));
    }

    @Override
    public Optional<byte[]> content(long id) {
      return Optional.ofNullable(files.get(id));
    }

    private ReportJob with(
        ReportJob j, ReportJob.State state, int progress, String name, Instant at) {
      return new ReportJob(
          j.id(),
          j.kind(),
          j.targetId(),
          j.format(),
          state,
          progress,
          j.requestedBy(),
          j.jurisdiction(),
          j.unitCode(),
          name,
          j.createdAt(),
          at,
          state == ReportJob.State.DONE || state == ReportJob.State.FAILED ? at : null);
    }
  }
}
