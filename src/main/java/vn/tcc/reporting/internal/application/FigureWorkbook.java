package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.reporting.api.SpreadsheetColumn;
import vn.tcc.reporting.api.SpreadsheetException;
import vn.tcc.reporting.api.SpreadsheetReader;
import vn.tcc.reporting.api.SpreadsheetRow;
import vn.tcc.reporting.api.SpreadsheetSheet;
import vn.tcc.reporting.api.SpreadsheetTable;
import vn.tcc.reporting.api.SpreadsheetWriter;
import vn.tcc.reporting.internal.domain.FormSection;
import vn.tcc.reporting.internal.domain.Indicator;
import vn.tcc.reporting.internal.domain.ReportValue;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ValidationException;

/**
 * A unit's figures in Excel: the template of its report's form (one row per indicator, with TCC's
 * figure and the figure as it stands), and the same template filled in and sent back. The file is
 * checked before a single figure is: not a workbook, too large, too many rows or not this template
 * is a 4xx answer, and then {@link SubmissionWorkflow#importFigures} checks every cell.
 */
@ApplicationScoped
public class FigureWorkbook {
  /** Well above a filled template (a few dozen rows: some kilobytes). */
  public static final int MAX_BYTES = 2 * 1024 * 1024;

  static final int MAX_ROWS = 500;

  /** The columns, bilingual so that either language's user reads the same file. */
  static final List<String> HEADERS =
      List.of(
          "Mã chỉ tiêu (Code)",
          "Phần (Section)",
          "Chỉ tiêu (Indicator)",
          "Đơn vị (Unit)",
          "Số liệu của TCC (TCC's figure)",
          "Số liệu (Figure)",
          "Lý do điều chỉnh (Reason for a correction)",
          "Giải trình (Explanation)");

  private static final int CODE = 0;
  private static final int VALUE = 5;
  private static final int REASON = 6;
  private static final int NARRATIVE = 7;

  private SubmissionWorkflow workflow;
  private SpreadsheetWriter writer;
  private SpreadsheetReader reader;

  FigureWorkbook() {}

  @Inject
  FigureWorkbook(SubmissionWorkflow workflow, SpreadsheetWriter writer, SpreadsheetReader reader) {
    this.workflow = workflow;
    this.writer = writer;
    this.reader = reader;
  }

  /** The template of the report's form, with its figures as they stand. */
  public ReportExport.ReportFile template(ReportingActor actor, long id) {
    SubmissionWorkflow.Loaded loaded = workflow.load(actor, id);
    List<List<?>> rows = new ArrayList<>();
    for (FormSection section : loaded.form().sections()) {
      for (Indicator indicator : section.indicators()) {
        ReportValue value = loaded.submission().values().get(indicator.code());
        rows.add(
            java.util.Arrays.asList(
                indicator.code(),
                section.code(),
                indicator.nameVi(),
                indicator.unitVi(),
                value == null ? null : value.prefilled(),
                value == null ? null : value.number() != null ? value.number() : value.text(),
                value == null ? null : value.correctionReason(),
                value == null ? null : value.narrative()));
      }
    }
    List<SpreadsheetColumn> columns =
        List.of(
            SpreadsheetColumn.of(HEADERS.get(0), 28),
            SpreadsheetColumn.of(HEADERS.get(1), 10),
            SpreadsheetColumn.of(HEADERS.get(2), 60),
            SpreadsheetColumn.of(HEADERS.get(3), 12),
            SpreadsheetColumn.of(HEADERS.get(4), 18),
            SpreadsheetColumn.of(HEADERS.get(5), 18),
            SpreadsheetColumn.of(HEADERS.get(6), 40),
            SpreadsheetColumn.of(HEADERS.get(7), 40));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      writer.write(
          out, List.of(new SpreadsheetSheet(loaded.form().code(), columns, rows.iterator())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ReportExport.ReportFile(
        "mau-so-lieu-"
            + loaded.form().code().toLowerCase(java.util.Locale.ROOT)
            + "-"
            + loaded.period().key()
            + "-"
            + loaded.submission().unitCode()
            + ".xlsx",
        out.toByteArray());
  }

  /**
   * The figures of a filled template into the report, all or nothing.
   *
   * @throws ReportingRuleException 413 when the file is larger than {@value #MAX_BYTES} bytes
   * @throws ValidationException 422 when it is not a workbook, not this template, or any cell is
   *     wrong (each named by row and indicator)
   */
  public SubmissionView importFigures(ReportingActor actor, long id, byte[] content) {
    if (content == null || content.length == 0) {
      throw invalid("reporting.import.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new ReportingRuleException(413, "reporting.import.tooLarge", MAX_BYTES / 1024 / 1024);
    }
    // Access first: a stranger learns nothing about the file he sent.
    workflow.load(actor, id);
    SpreadsheetTable table;
    try {
      table = reader.read(new ByteArrayInputStream(content), MAX_ROWS);
    } catch (SpreadsheetException e) {
      throw switch (e.reason()) {
        case NOT_A_WORKBOOK -> invalid("reporting.import.notWorkbook");
        case NO_HEADER -> invalid("reporting.import.notTemplate");
        case TOO_MANY_ROWS -> invalid("reporting.import.tooManyRows", MAX_ROWS);
      };
    }
    return workflow.importFigures(actor, id, rows(table));
  }

  static List<SubmissionWorkflow.ImportedFigure> rows(SpreadsheetTable table) {
    List<String> headers = table.headers();
    if (headers.size() < HEADERS.size()
        || !headers.get(CODE).equals(HEADERS.get(CODE))
        || !headers.get(VALUE).equals(HEADERS.get(VALUE))) {
      throw invalid("reporting.import.notTemplate");
    }
    List<SubmissionWorkflow.ImportedFigure> rows = new ArrayList<>();
    for (SpreadsheetRow row : table.rows()) {
      String code = cell(row, CODE);
      rows.add(
          new SubmissionWorkflow.ImportedFigure(
              row.rowNumber(),
              code.length() > 64 ? code.substring(0, 64) : code,
              blank(cell(row, VALUE)),
              blank(cell(row, REASON)),
              blank(cell(row, NARRATIVE))));
    }
    return rows;
  }

  private static String cell(SpreadsheetRow row, int index) {
    return index < row.cells().size() ? row.cells().get(index) : "";
  }

  private static String blank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static ValidationException invalid(String key, Object... args) {
    return new ValidationException(List.of(FieldError.of("file", key, args)));
  }
}
