package vn.tcc.camera.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import vn.tcc.camera.internal.domain.CameraExportRow;
import vn.tcc.camera.internal.domain.CameraFilter;
import vn.tcc.reporting.api.SpreadsheetSheet;
import vn.tcc.reporting.api.SpreadsheetWriter;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;

/**
 * Writes the cameras a filter finds to an Excel workbook, streaming from a database cursor into a
 * streaming workbook so 20,000 cameras need no more memory than 200. Every export is audited with
 * its filter and the number of cameras it carried.
 */
@ApplicationScoped
public class CameraExport {
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final String CAMERAS_EXPORTED = "CAMERAS_EXPORTED";
  private static final DateTimeFormatter FILE_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(TccTime.ZONE);

  @Inject CameraQueries queries;
  @Inject SpreadsheetWriter writer;
  @Inject AuditTrail trail;

  public static String fileName(Instant now) {
    return "camera-" + FILE_TIME.format(now) + ".xlsx";
  }

  @Transactional
  public long write(Caller caller, CameraFilter filter, OutputStream out) throws IOException {
    AtomicLong count = new AtomicLong();
    try (Stream<CameraExportRow> rows = queries.stream(caller, filter)) {
      Iterator<List<?>> cells =
          rows.<List<?>>map(
                  row -> {
                    count.incrementAndGet();
                    return CameraSpreadsheet.exportCells(row);
                  })
              .iterator();
      writer.write(
          out, List.of(new SpreadsheetSheet("Camera", CameraSpreadsheet.exportColumns(), cells)));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    trail.record(
        AuditRecord.success(CAMERAS_EXPORTED, "camera", null)
            .withDetails(count.get() + " cameras; filter: " + describe(filter)));
    return count.get();
  }

  static String describe(CameraFilter f) {
    StringBuilder text = new StringBuilder();
    append(text, "commune", f.communeCode());
    append(text, "ownerType", f.ownerType());
    append(text, "purpose", f.purpose());
    append(text, "status", f.status());
    append(text, "health", f.health());
    append(text, "conformity", f.conformity());
    append(text, "q", f.text());
    return text.isEmpty() ? "none" : text.toString();
  }

  private static void append(StringBuilder text, String name, Object value) {
    if (value != null) {
      if (!text.isEmpty()) {
        text.append(", ");
      }
      text.append(name).append('=').append(value);
    }
  }
}
