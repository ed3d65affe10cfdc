package vn.tcc.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.api.FigureScope;
import vn.tcc.reporting.api.IndicatorSource;
import vn.tcc.reporting.internal.domain.Forms;
import vn.tcc.reporting.internal.domain.ReportComment;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportForms;
import vn.tcc.reporting.internal.domain.ReportValue;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.ReportingUnit;
import vn.tcc.reporting.internal.domain.ReportingUnits;
import vn.tcc.reporting.internal.domain.Submission;
import vn.tcc.reporting.internal.domain.SubmissionFilter;
import vn.tcc.reporting.internal.domain.SubmissionMove;
import vn.tcc.reporting.internal.domain.SubmissionSummary;
import vn.tcc.reporting.internal.domain.Submissions;
import vn.tcc.reporting.internal.domain.UnitKind;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

class SubmissionWorkflowTest {
  /** 7 December 2026, 10:00 in Hanoi: inside 2026-M12 (15/11 → 14/12). */
  private static final Instant NOW = Instant.parse("2026-12-07T03:00:00Z");

  private final InMemorySubmissions submissions = new InMemorySubmissions();
  private final List<AuditRecord> audit = new ArrayList<>();
  private final List<FigureScope> asked = new ArrayList<>();

  private SubmissionWorkflow workflow(Instant now) {
    ReportForm form = Forms.monthly();
    ReportForms forms =
        new ReportForms() {
          @Override
          public List<ReportForm> inForce(LocalDate day) {
            return List.of(form);
          }

          @Override
          public Optional<ReportForm> inForce(String code, LocalDate day) {
            return code.equals(form.code()) ? Optional.of(form) : Optional.empty();
          }

          @Override
          public Optional<ReportForm> byId(long id) {
            return Optional.of(form);
          }
        };
    ReportingUnit pleiku =
        new ReportingUnit(
            "CA.PLEIKU",
            "Công an phường Pleiku",
            "Pleiku",
            UnitKind.COMMUNE_POLICE,
            new JurisdictionCode("GL.PLEIKU"));
    ReportingUnits units =
        new ReportingUnits() {
          @Override
          public Optional<ReportingUnit> find(String code) {
            return Optional.ofNullable(
                Map.of(Forms.commune().code(), Forms.commune(), pleiku.code(), pleiku).get(code));
          }

          @Override
          public List<ReportingUnit> all() {
            return List.of(Forms.commune(), pleiku);
          }
        };
    IndicatorSource violations =
        new IndicatorSource() {
          @Override
          public Set<String> indicatorCodes() {
            return Set.of("DETECTED", "FINES");
          }

          @Override
          public Map<String, BigDecimal> compute(FigureScope scope) {
            asked.add(scope);
            return Map.of(
                "DETECTED", BigDecimal.valueOf(41),
                "FINES", BigDecimal.valueOf(18_000_000),
                "NOTE", BigDecimal.ONE); // not its code: ignored
          }
        };
    return new SubmissionWorkflow(
        submissions,
        forms,
        units,
        FigureSources.of(List.of(violations)),
        new ReportingSettings(name -> null),
        audit::add,
        Clock.fixed(now, ZoneOffset.UTC));
  }

  private static ReportingActor coordinator(String unit) {
    return new ReportingActor(
        new Caller(
            "coordinator",
            "Lê Văn Cường",
            Caller.Kind.USER,
            Set.of(Role.COORDINATOR),
            new JurisdictionCode("GL")),
        unit);
  }

  private static ReportingActor supervisor() {
    return new ReportingActor(
        new Caller(
            "supervisor",
            "Trần Thị Bình",
            Caller.Kind.USER,
            Set.of(Role.SUPERVISOR),
            new JurisdictionCode("GL")),
        null);
  }

  @Test
  void the_coordinator_opens_his_units_current_report_pre_filled_once() {
    SubmissionWorkflow workflow = workflow(NOW);
    SubmissionWorkflow.Opened opened = workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", null);
    assertTrue(opened.created());
    assertEquals("2026-M12", opened.submission().period().key());
    assertEquals("CA.QUY_NHON", opened.submission().unitCode());
    assertTrue(opened.submission().editable());
    FigureScope scope = asked.get(0);
    assertEquals("GL.QUY_NHON", scope.jurisdiction().value());
    assertEquals(Instant.parse("2026-11-14T17:00:00Z"), scope.from());
    assertEquals(Instant.parse("2026-12-14T17:00:00Z"), scope.to());
    SubmissionView.Line detected = opened.submission().sections().get(0).lines().get(0);
    assertEquals("PREFILLED", detected.source());
    assertEquals(BigDecimal.valueOf(41), detected.value());
    assertEquals("REPORT_DRAFT_OPENED", audit.get(0).action());

    SubmissionWorkflow.Opened again = workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", null);
    assertFalse(again.created());
    assertEquals(opened.submission().id(), again.submission().id());
  }

  @Test
  void another_units_report_does_not_exist_for_a_coordinator_and_the_look_is_audited() {
    SubmissionWorkflow workflow = workflow(NOW);
    long id = workflow.open(coordinator("CA.PLEIKU"), "TEST_FORM", null).submission().id();
    ReportingRuleException refused =
        assertThrows(
            ReportingRuleException.class, () -> workflow.get(coordinator("CA.QUY_NHON"), id));
    assertEquals(404, refused.status());
    AuditRecord denied = audit.get(audit.size() - 1);
    assertEquals("REPORT_ACCESS_DENIED", denied.action());
    assertEquals(AuditOutcome.DENIED, denied.outcome());
    assertEquals(
        0,
        workflow
            .list(coordinator("CA.QUY_NHON"), null, null, "CA.PLEIKU", null, null, null)
            .total());
    assertEquals(1, workflow.list(supervisor(), null, null, null, null, null, null).total());
    assertEquals(id, workflow.get(supervisor(), id).id());
  }

  @Test
  void a_locked_or_future_period_refuses_entry() {
    SubmissionWorkflow workflow = workflow(NOW);
    ReportingRuleException locked =
        assertThrows(
            ReportingRuleException.class,
            () -> workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", "2026-M10"));
    assertEquals(409, locked.status());
    assertEquals("reporting.period.locked", locked.messageKey());
    // 2026-M11 is due 20/11 and locked from 1/12: on 7/12 it is locked too.
    assertThrows(
        ReportingRuleException.class,
        () -> workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", "2026-M11"));
    assertEquals(
        "reporting.period.notStarted",
        assertThrows(
                ReportingRuleException.class,
                () -> workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", "2027-M02"))
            .messageKey());

    // A draft opened in time cannot be changed or submitted once its period locks.
    long id = workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", null).submission().id();
    SubmissionWorkflow later = workflow(Instant.parse("2026-12-31T03:00:00Z"));
    assertEquals(
        409,
        assertThrows(
                ReportingRuleException.class,
                () ->
                    later.enter(
                        coordinator("CA.QUY_NHON"), id, "FINES", BigDecimal.ONE, null, "r", null))
            .status());
    assertThrows(ReportingRuleException.class, () -> later.submit(coordinator("CA.QUY_NHON"), id));
    assertFalse(later.get(coordinator("CA.QUY_NHON"), id).editable());
  }

  @Test
  void roles_decide_who_files_and_who_reviews() {
    SubmissionWorkflow workflow = workflow(NOW);
    assertEquals(
        403,
        assertThrows(
                ReportingRuleException.class, () -> workflow.open(supervisor(), "TEST_FORM", null))
            .status());
    assertEquals(
        "reporting.unit.none",
        assertThrows(
                ReportingRuleException.class,
                () -> workflow.open(coordinator(null), "TEST_FORM", null))
            .messageKey());
    long id = workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", null).submission().id();
    workflow.submit(coordinator("CA.QUY_NHON"), id);
    assertEquals(
        403,
        assertThrows(
                ReportingRuleException.class, () -> workflow.accept(coordinator("CA.QUY_NHON"), id))
            .status());
    ReportingActor communeSupervisor =
        new ReportingActor(
            new Caller(
                "s2",
                "S",
                Caller.Kind.USER,
                Set.of(Role.SUPERVISOR),
                new JurisdictionCode("GL.QUY_NHON")),
            null);
    assertThrows(ReportingRuleException.class, () -> workflow.accept(communeSupervisor, id));
    assertEquals("ACCEPTED", workflow.accept(supervisor(), id).state());
  }

  @Test
  void hostile_input_is_a_422_naming_each_field() {
    SubmissionWorkflow workflow = workflow(NOW);
    ValidationException invalid =
        assertThrows(
            ValidationException.class,
            () -> workflow.open(coordinator("CA.QUY_NHON"), "TEST\u0000FORM", "999999999-M01"));
    assertEquals(
        List.of("formCode", "period"), invalid.errors().stream().map(e -> e.field()).toList());
    ValidationException paging =
        assertThrows(
            ValidationException.class,
            () -> workflow.list(supervisor(), null, "NOPE", null, null, "-1", "100000"));
    assertEquals(3, paging.errors().size());
    long id = workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", null).submission().id();
    assertThrows(
        ValidationException.class,
        () ->
            workflow.enter(
                coordinator("CA.QUY_NHON"),
                id,
                "FINES",
                BigDecimal.TEN,
                null,
                "x".repeat(100_000),
                null));
    assertEquals(
        404,
        assertThrows(
                ReportingRuleException.class,
                () ->
                    workflow.enter(
                        coordinator("CA.QUY_NHON"), id, "NOPE", BigDecimal.ONE, null, null, null))
            .status());
  }

  /** Submissions kept in memory, saved the way the JDBC adapter does (version checked). */
  private static SubmissionWorkflow.ImportedFigure row(
      int row, String code, String value, String reason) {
    return new SubmissionWorkflow.ImportedFigure(row, code, value, reason, null);
  }

  private static Set<String> fields(ValidationException invalid) {
    Set<String> fields = new java.util.TreeSet<>();
    invalid.errors().forEach(e -> fields.add(e.field() + " " + e.messageKey()));
    return fields;
  }

  @Test
  void an_imported_template_writes_every_figure_or_none_and_names_each_bad_cell() {
    SubmissionWorkflow workflow = workflow(NOW);
    long id = workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", null).submission().id();
    ValidationException invalid =
        assertThrows(
            ValidationException.class,
            () ->
                workflow.importFigures(
                    coordinator("CA.QUY_NHON"),
                    id,
                    List.of(
                        row(2, "DETECTED", "45", null),
                        row(3, "FINES", "-5", null),
                        row(4, "RATE", "87,5", null),
                        row(5, "NOPE", "1", null),
                        row(6, "RATE", "1", null),
                        row(7, "NOTE", "x\u0000y", null),
                        row(8, "FINES", "many", null))));
    assertEquals(
        Set.of(
            "R2:DETECTED reporting.value.reasonRequired",
            "R3:FINES reporting.value.negative",
            "R3:FINES reporting.value.reasonRequired",
            "R5:NOPE reporting.import.unknownIndicator",
            "R6:RATE reporting.import.duplicate",
            "R7:NOTE reporting.input.controlCharacter",
            "R8:FINES reporting.import.duplicate"),
        fields(invalid));
    SubmissionView unchanged = workflow.get(coordinator("CA.QUY_NHON"), id);
    assertEquals(BigDecimal.valueOf(41), unchanged.sections().get(0).lines().get(0).value());
    assertEquals(null, unchanged.sections().get(0).lines().get(2).value(), "RATE not written");
    assertTrue(audit.stream().noneMatch(a -> a.action().equals("REPORT_FIGURES_IMPORTED")));

    SubmissionView imported =
        workflow.importFigures(
            coordinator("CA.QUY_NHON"),
            id,
            List.of(
                row(2, "DETECTED", "1.045", "Bổ sung 1.004 vụ từ camera của Sở"),
                row(3, "FINES", "18000000", null),
                row(4, "RATE", "87,5", null),
                row(5, "NOTE", "Ổn định", null)));
    SubmissionView.Line detected = imported.sections().get(0).lines().get(0);
    assertEquals(0, new BigDecimal("1045").compareTo(detected.value()));
    assertEquals("CORRECTED", detected.source());
    assertEquals("PREFILLED", imported.sections().get(0).lines().get(1).source());
    assertEquals(
        0, new BigDecimal("87.5").compareTo(imported.sections().get(0).lines().get(2).value()));
    assertEquals("Ổn định", imported.sections().get(1).lines().get(0).text());
    assertEquals("REPORT_FIGURES_IMPORTED", audit.get(audit.size() - 1).action());

    ReportingRuleException reviewer =
        assertThrows(
            ReportingRuleException.class,
            () -> workflow.importFigures(supervisor(), id, List.of(row(2, "DETECTED", "1", "x"))));
    assertEquals(403, reviewer.status());
  }

  @Test
  void the_excel_template_comes_back_filled_and_hostile_files_are_4xx() throws Exception {
    SubmissionWorkflow workflow = workflow(NOW);
    long id = workflow.open(coordinator("CA.QUY_NHON"), "TEST_FORM", null).submission().id();
    FigureWorkbook workbook =
        new FigureWorkbook(
            workflow,
            new vn.tcc.reporting.internal.poi.PoiSpreadsheetWriter(),
            new vn.tcc.reporting.internal.poi.PoiSpreadsheetReader());
    ReportExport.ReportFile template = workbook.template(coordinator("CA.QUY_NHON"), id);
    vn.tcc.reporting.api.SpreadsheetTable read =
        new vn.tcc.reporting.internal.poi.PoiSpreadsheetReader()
            .read(new java.io.ByteArrayInputStream(template.content()), 100);
    assertEquals(FigureWorkbook.HEADERS, read.headers());
    assertEquals(
        List.of("DETECTED", "A", "DETECTED", "vụ", "41", "41", "", ""), read.rows().get(0).cells());

    java.io.ByteArrayOutputStream filled = new java.io.ByteArrayOutputStream();
    new vn.tcc.reporting.internal.poi.PoiSpreadsheetWriter()
        .write(
            filled,
            List.of(
                new vn.tcc.reporting.api.SpreadsheetSheet(
                    "TEST_FORM",
                    FigureWorkbook.HEADERS.stream()
                        .map(h -> vn.tcc.reporting.api.SpreadsheetColumn.of(h, 20))
                        .toList(),
                    List.<List<?>>of(
                            java.util.Arrays.asList(
                                "DETECTED", "A", null, null, 41, 50, "Thêm camera Sở GTVT", null),
                            java.util.Arrays.asList("FINES", "A", null, null, null, -1, null, null))
                        .iterator())));
    ValidationException bad =
        assertThrows(
            ValidationException.class,
            () -> workbook.importFigures(coordinator("CA.QUY_NHON"), id, filled.toByteArray()));
    assertTrue(fields(bad).contains("R3:FINES reporting.value.negative"), fields(bad).toString());
    assertEquals(
        BigDecimal.valueOf(41),
        workflow.get(coordinator("CA.QUY_NHON"), id).sections().get(0).lines().get(0).value());

    assertEquals(
        Set.of("file reporting.import.notWorkbook"),
        fields(
            assertThrows(
                ValidationException.class,
                () ->
                    workbook.importFigures(
                        coordinator("CA.QUY_NHON"),
                        id,
                        "code;value\nDETECTED;1"
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)))));
    ReportingRuleException huge =
        assertThrows(
            ReportingRuleException.class,
            () ->
                workbook.importFigures(
                    coordinator("CA.QUY_NHON"), id, new byte[FigureWorkbook.MAX_BYTES + 1]));
    assertEquals(413, huge.status());
    // The camera import's template is a workbook, but not this one.
    java.io.ByteArrayOutputStream other = new java.io.ByteArrayOutputStream();
    new vn.tcc.reporting.internal.poi.PoiSpreadsheetWriter()
        .write(
            other,
            List.of(
                new vn.tcc.reporting.api.SpreadsheetSheet(
                    "Camera",
                    List.of(vn.tcc.reporting.api.SpreadsheetColumn.of("Mã camera", 10)),
                    List.<List<?>>of(List.of("CAM-1")).iterator())));
    assertEquals(
        Set.of("file reporting.import.notTemplate"),
        fields(
            assertThrows(
                ValidationException.class,
                () ->
                    workbook.importFigures(coordinator("CA.QUY_NHON"), id, other.toByteArray()))));
  }

  private static final class InMemorySubmissions implements Submissions {
    private final Map<Long, Submission> stored = new HashMap<>();
    private long next = 1;

    private static Submission copy(Submission s, Long id, long version) {
      return new Submission(
          id,
          s.unitCode(),
          s.formCode(),
          s.formId(),
          s.periodKey(),
          s.state(),
          version,
          s.values(),
          s.comments(),
          s.moves());
    }

    @Override
    public Optional<Submission> find(long id) {
      return Optional.ofNullable(stored.get(id)).map(s -> copy(s, s.id(), s.version()));
    }

    @Override
    public Optional<Submission> find(String unitCode, String formCode, String periodKey) {
      return stored.values().stream()
          .filter(
              s ->
                  s.unitCode().equals(unitCode)
                      && s.formCode().equals(formCode)
                      && s.periodKey().equals(periodKey))
          .findFirst()
          .map(s -> copy(s, s.id(), s.version()));
    }

    @Override
    public Submission create(Submission draft) {
      Submission created = copy(draft, next++, 0);
      stored.put(created.id(), created);
      return copy(created, created.id(), 0);
    }

    @Override
    public void save(
        Submission submission,
        List<ReportValue> changedValues,
        List<SubmissionMove> newMoves,
        List<ReportComment> newComments) {
      if (stored.get(submission.id()).version() != submission.version()) {
        throw new ReportingRuleException(409, "reporting.submission.changedMeanwhile");
      }
      stored.put(submission.id(), copy(submission, submission.id(), submission.version() + 1));
    }

    @Override
    public List<SubmissionSummary> list(SubmissionFilter filter, int offset, int limit) {
      return stored.values().stream()
          .filter(s -> filter.unitCode() == null || s.unitCode().equals(filter.unitCode()))
          .map(
              s ->
                  new SubmissionSummary(
                      s.id(),
                      s.unitCode(),
                      s.unitCode(),
                      s.unitCode(),
                      s.formCode(),
                      1,
                      s.periodKey(),
                      s.state(),
                      NOW))
          .skip(offset)
          .limit(limit)
          .toList();
    }

    @Override
    public long count(SubmissionFilter filter) {
      return list(filter, 0, Integer.MAX_VALUE).size();
    }
  }
}
