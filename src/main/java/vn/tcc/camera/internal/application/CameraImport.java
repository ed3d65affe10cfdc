package vn.tcc.camera.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.tcc.camera.api.CameraPermissions;
import vn.tcc.camera.internal.domain.Camera;
import vn.tcc.camera.internal.domain.CameraDetails;
import vn.tcc.camera.internal.domain.CameraRepository;
import vn.tcc.camera.internal.domain.ImportBatch;
import vn.tcc.reporting.api.SpreadsheetException;
import vn.tcc.reporting.api.SpreadsheetReader;
import vn.tcc.reporting.api.SpreadsheetRow;
import vn.tcc.reporting.api.SpreadsheetSheet;
import vn.tcc.reporting.api.SpreadsheetTable;
import vn.tcc.reporting.api.SpreadsheetWriter;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

/**
 * Bulk import of cameras from the Excel inventories departments hand over. First every row is
 * checked and nothing is written; then either the whole clean file is imported, or, when the user
 * asks for it explicitly, only the valid rows, with the rejects kept in a downloadable sheet. Rows
 * are matched by camera code, so importing the same file again changes nothing.
 */
@ApplicationScoped
public class CameraImport {
  public static final int MAX_ROWS = 20_000;
  public static final String CAMERAS_IMPORTED = "CAMERAS_IMPORTED";

  @Inject CameraRegistryService registry;
  @Inject CameraRepository cameras;
  @Inject SpreadsheetReader reader;
  @Inject SpreadsheetWriter writer;
  @Inject AuditTrail trail;
  @Inject Clock clock;

  public enum Action {
    CREATE,
    UPDATE,
    UNCHANGED,
    REJECT
  }

  /** One data row: its Excel row number, its cells by field key, and what importing it would do. */
  public record RowResult(
      int rowNumber,
      Map<String, String> cells,
      CameraDetails details,
      List<FieldError> errors,
      Action action) {
    public String code() {
      return cells.get("code");
    }
  }

  /** The dry run: what importing the file would do, row by row, before anything is written. */
  public record Analysis(
      String fileName,
      String sha256,
      List<RowResult> rows,
      List<FieldError> fileErrors,
      Instant previouslyImportedAt) {

    public boolean fileUnreadable() {
      return !fileErrors.isEmpty();
    }

    public long count(Action action) {
      return rows.stream().filter(r -> r.action() == action).count();
    }

    public boolean clean() {
      return fileErrors.isEmpty() && count(Action.REJECT) == 0;
    }

    public List<RowResult> rejected() {
      return rows.stream().filter(r -> r.action() == Action.REJECT).toList();
    }
  }

  public record Result(int created, int updated, int unchanged, int rejected)
      implements java.io.Serializable {}

  /** The empty template with the header row, drop-downs and two example rows. */
  public void writeTemplate(OutputStream out) throws IOException {
    List<List<?>> examples =
        List.of(
            List.of(
                "GL-QN-0001",
                "Ngã tư Nguyễn Tất Thành – Lê Hồng Phong",
                "RED_LIGHT, PLATE_RECOGNITION",
                "GL-CA",
                "GL.QUY_NHON",
                "13.7712",
                "109.2237",
                "Nguyễn Tất Thành, phường Quy Nhơn",
                "QL19B",
                "",
                "GL-QN-CC",
                "GL-QN-RSC1",
                "1920x1080",
                "H.265",
                "rtsp://10.10.1.21:554/stream1",
                "",
                "có",
                "không",
                "95",
                "82",
                "QCVN05-2025-0001",
                "Trung tâm Kiểm định",
                "2025-06-01",
                "2028-06-01",
                "BCA-67-2025-0101",
                "2025-07-01",
                "OPERATIONAL",
                "",
                ""));
    Iterator<List<?>> rows = examples.iterator();
    writer.write(
        out, List.of(new SpreadsheetSheet("Camera", CameraSpreadsheet.importColumns(), rows)));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public Analysis analyse(Caller caller, byte[] content, String fileName) {
    if (!CameraPermissions.mayEditCameras(caller)) {
      throw new ProblemException(403, "problem.403.role");
    }
    String sha256 = sha256(content);
    Instant previous = cameras.lastImportOf(sha256).map(ImportBatch::importedAt).orElse(null);
    SpreadsheetTable table;
    try {
      table = reader.read(new ByteArrayInputStream(content), MAX_ROWS);
    } catch (SpreadsheetException e) {
      FieldError error =
          switch (e.reason()) {
            case NOT_A_WORKBOOK -> FieldError.of("file", "camera.import.error.notWorkbook");
            case NO_HEADER -> FieldError.of("file", "camera.import.error.noHeader");
            case TOO_MANY_ROWS ->
                FieldError.of("file", "camera.import.error.tooManyRows", MAX_ROWS);
          };
      return new Analysis(fileName, sha256, List.of(), List.of(error), previous);
    }
    Map<Integer, String> keys = CameraSpreadsheet.headerKeys(table.headers());
    Set<String> missing = new HashSet<>(CameraSpreadsheet.REQUIRED_KEYS);
    missing.removeAll(keys.values());
    if (!missing.isEmpty()) {
      return new Analysis(
          fileName,
          sha256,
          List.of(),
          List.of(
              FieldError.of(
                  "file",
                  "camera.import.error.missingColumns",
                  String.join(", ", missing.stream().sorted().toList()))),
          previous);
    }
    List<RowResult> results = new ArrayList<>();
    Map<String, Integer> firstRowOfCode = new HashMap<>();
    for (SpreadsheetRow row : table.rows()) {
      Map<String, String> cells = new LinkedHashMap<>();
      keys.forEach(
          (index, key) -> cells.put(key, index < row.cells().size() ? row.cells().get(index) : ""));
      results.add(analyseRow(caller, row.rowNumber(), cells, firstRowOfCode));
    }
    return new Analysis(fileName, sha256, results, List.of(), previous);
  }

  private RowResult analyseRow(
      Caller caller,
      int rowNumber,
      Map<String, String> cells,
      Map<String, Integer> firstRowOfCode) {
    CameraSpreadsheet.ParsedRow parsed = CameraSpreadsheet.parse(cells);
    CameraDetails details = parsed.details();
    List<FieldError> errors = new ArrayList<>(parsed.errors());
    errors.addAll(registry.check(caller, details));
    if (details.code() != null) {
      Integer earlier = firstRowOfCode.putIfAbsent(details.code(), rowNumber);
      if (earlier != null) {
        errors.add(FieldError.of("code", "camera.import.error.duplicateInFile", earlier));
      }
    }
    Optional<Camera> existing =
        details.code() == null ? Optional.empty() : cameras.findByCode(details.code());
    if (existing.isPresent()
        && !caller.mayAccess(new JurisdictionCode(existing.get().communeCode()))) {
      errors.add(FieldError.of("code", "camera.error.code.taken", details.code()));
    }
    Action action;
    if (!errors.isEmpty()) {
      action = Action.REJECT;
    } else if (existing.isEmpty()) {
      action = Action.CREATE;
    } else {
      action =
          existing.get().details().changesTo(details).isEmpty() ? Action.UNCHANGED : Action.UPDATE;
    }
    return new RowResult(rowNumber, cells, details, List.copyOf(errors), action);
  }

  /**
   * Imports the analysed file in one transaction. A file with rejected rows is imported only when
   * {@code validRowsOnly} says so; if the registry changed since the analysis and a row no longer
   * passes, nothing is imported.
   */
  @Transactional
  public Result apply(Caller caller, Analysis analysis, boolean validRowsOnly) {
    if (analysis.fileUnreadable() || analysis.rows().isEmpty()) {
      throw new ProblemException(422, "camera.import.error.nothing");
    }
    if (!analysis.clean() && !validRowsOnly) {
      throw new ProblemException(422, "camera.import.error.notClean");
    }
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    String reason =
        "import " + analysis.fileName() + " (" + analysis.sha256().substring(0, 12) + ")";
    for (RowResult row : analysis.rows()) {
      if (row.action() == Action.REJECT) {
        continue;
      }
      boolean changed =
          registry.importRow(caller, row.details(), reason + ", row " + row.rowNumber());
      if (!changed) {
        unchanged++;
      } else if (row.action() == Action.CREATE) {
        created++;
      } else {
        updated++;
      }
    }
    int rejected = (int) analysis.count(Action.REJECT);
    Result result = new Result(created, updated, unchanged, rejected);
    cameras.recordImport(
        new ImportBatch(
            analysis.fileName(),
            analysis.sha256(),
            clock.instant(),
            caller.username(),
            analysis.rows().size(),
            created,
            updated,
            unchanged,
            rejected));
    trail.record(
        AuditRecord.success(CAMERAS_IMPORTED, "camera_import", analysis.sha256())
            .withDetails(
                analysis.fileName()
                    + ": created "
                    + created
                    + ", updated "
                    + updated
                    + ", unchanged "
                    + unchanged
                    + ", rejected "
                    + rejected));
    return result;
  }

  /** The rejected rows with their cells as read and a column saying what is wrong, in words. */
  public void writeErrorReport(Analysis analysis, Locale locale, OutputStream out)
      throws IOException {
    List<vn.tcc.reporting.api.SpreadsheetColumn> columns = new ArrayList<>();
    columns.add(
        vn.tcc.reporting.api.SpreadsheetColumn.of(label(locale, "camera.import.report.row"), 8));
    columns.add(
        vn.tcc.reporting.api.SpreadsheetColumn.of(
            label(locale, "camera.import.report.errors"), 60));
    columns.addAll(CameraSpreadsheet.importColumns());
    Iterator<List<?>> rows =
        analysis.rejected().stream()
            .<List<?>>map(
                row -> {
                  List<Object> cells = new ArrayList<>();
                  cells.add(row.rowNumber());
                  cells.add(
                      String.join(
                          "\n",
                          row.errors().stream()
                              .map(e -> FieldErrorMessages.withField(e, locale))
                              .toList()));
                  for (CameraSpreadsheet.Field field : CameraSpreadsheet.FIELDS) {
                    cells.add(row.cells().get(field.key()));
                  }
                  return cells;
                })
            .iterator();
    writer.write(
        out,
        List.of(new SpreadsheetSheet(label(locale, "camera.import.report.sheet"), columns, rows)));
  }

  private static String label(Locale locale, String key) {
    return FieldErrorMessages.message(key, locale);
  }

  static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
