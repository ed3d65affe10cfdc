package vn.tcc.camera.internal.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.internal.domain.CameraDetails;
import vn.tcc.camera.internal.domain.CameraExportRow;
import vn.tcc.reporting.api.SpreadsheetColumn;
import vn.tcc.shared.error.FieldError;

/**
 * The camera sheet shared by the export, the import template and the import: one column per field,
 * headed in Vietnamese with the field's key in brackets, e.g. "Mã camera (code)". The import finds
 * columns by that key, so a department may reorder columns or translate the labels.
 */
public final class CameraSpreadsheet {
  /** An importable column: the field key, its Vietnamese label, width, and allowed values. */
  record Field(String key, String label, int width, List<String> allowed) {
    String header() {
      return label + " (" + key + ")";
    }
  }

  static final List<Field> FIELDS =
      List.of(
          field("code", "Mã camera", 18),
          field("name", "Tên camera", 40),
          new Field("purposes", "Mục đích (cách nhau bởi dấu phẩy)", 30, List.of()),
          field("ownerCode", "Mã chủ sở hữu", 16),
          field("communeCode", "Mã xã/phường", 18),
          field("latitude", "Vĩ độ", 12),
          field("longitude", "Kinh độ", 12),
          field("address", "Địa chỉ", 40),
          field("route", "Tuyến đường", 20),
          field("kmMarker", "Lý trình (Km)", 12),
          field("siteCode", "Mã điểm/trung tâm tiếp nhận", 18),
          field("analysisSiteCode", "Mã thiết bị/cụm máy chủ phân tích", 18),
          field("resolution", "Độ phân giải", 12),
          field("codec", "Chuẩn nén", 10),
          field("mainStreamUrl", "Luồng chính (URL)", 36),
          field("subStreamUrl", "Luồng phụ (URL)", 36),
          new Field("onvif", "Hỗ trợ ONVIF", 10, List.of("có", "không")),
          new Field("builtInAnalytics", "Phân tích tích hợp (AI)", 10, List.of("có", "không")),
          field("plateAccuracyDay", "Độ chính xác biển số ban ngày (%)", 12),
          field("plateAccuracyNight", "Độ chính xác biển số ban đêm (%)", 12),
          field("certificateNumber", "Số giấy chứng nhận hợp quy", 20),
          field("certificateIssuer", "Đơn vị cấp chứng nhận", 30),
          field("certificateIssuedOn", "Ngày cấp chứng nhận", 14),
          field("certificateExpiresOn", "Ngày hết hạn chứng nhận", 14),
          field("registrationNumber", "Số đăng ký với Bộ Công an", 20),
          field("registeredOn", "Ngày đăng ký", 14),
          new Field(
              "status",
              "Trạng thái",
              16,
              Arrays.stream(CameraStatus.values()).map(Enum::name).toList()),
          field("vmsCode", "Mã VMS", 12),
          field("vmsExternalId", "Mã camera trên VMS", 16));

  /** Read-only columns the export adds after the importable ones; the import ignores them. */
  static final List<Field> EXPORT_ONLY =
      List.of(
          field("ownerType", "Loại chủ sở hữu", 14),
          field("ownerName", "Tên chủ sở hữu", 30),
          field("health", "Tình trạng kết nối", 14),
          field("healthSince", "Từ lúc", 20),
          field("updatedAt", "Cập nhật lần cuối", 20));

  static final Set<String> REQUIRED_KEYS =
      Set.of(
          "code",
          "name",
          "purposes",
          "ownerCode",
          "communeCode",
          "latitude",
          "longitude",
          "siteCode",
          "status");

  private static final Pattern KEY_IN_HEADER = Pattern.compile(".*\\(([A-Za-z]+)\\)\\s*$");
  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu")
          .withResolverStyle(java.time.format.ResolverStyle.STRICT);

  private CameraSpreadsheet() {}

  private static Field field(String key, String label, int width) {
    return new Field(key, label, width, List.of());
  }

  static List<SpreadsheetColumn> importColumns() {
    return FIELDS.stream()
        .map(f -> new SpreadsheetColumn(f.header(), f.width(), f.allowed()))
        .toList();
  }

  static List<SpreadsheetColumn> exportColumns() {
    List<SpreadsheetColumn> columns = new ArrayList<>(importColumns());
    EXPORT_ONLY.forEach(f -> columns.add(SpreadsheetColumn.of(f.header(), f.width())));
    return columns;
  }

  static List<Object> exportCells(CameraExportRow row) {
    CameraDetails d = row.details();
    List<Object> cells = new ArrayList<>(importCells(d));
    cells.add(row.ownerType().name());
    cells.add(row.ownerName());
    cells.add(row.health().name());
    cells.add(row.healthSince());
    cells.add(row.updatedAt());
    return cells;
  }

  static List<Object> importCells(CameraDetails d) {
    return Arrays.asList(
        d.code(),
        d.name(),
        String.join(", ", EnumSet.copyOf(nonEmpty(d.purposes())).stream().map(Enum::name).toList()),
        d.ownerCode(),
        d.communeCode(),
        d.latitude(),
        d.longitude(),
        d.address(),
        d.route(),
        d.kmMarker(),
        d.siteCode(),
        d.analysisSiteCode(),
        d.resolution(),
        d.codec(),
        d.mainStreamUrl(),
        d.subStreamUrl(),
        d.onvif() ? "có" : "không",
        d.builtInAnalytics() ? "có" : "không",
        d.plateAccuracyDay(),
        d.plateAccuracyNight(),
        d.certificateNumber(),
        d.certificateIssuer(),
        d.certificateIssuedOn(),
        d.certificateExpiresOn(),
        d.registrationNumber(),
        d.registeredOn(),
        d.status() == null ? null : d.status().name(),
        d.vmsCode(),
        d.vmsExternalId());
  }

  private static Set<CameraPurpose> nonEmpty(Set<CameraPurpose> purposes) {
    return purposes.isEmpty() ? EnumSet.noneOf(CameraPurpose.class) : purposes;
  }

  /** The key of a header cell, "Mã camera (code)" → "code"; a bare key is accepted too. */
  static String keyOf(String header) {
    if (header == null) {
      return null;
    }
    Matcher matcher = KEY_IN_HEADER.matcher(header.strip());
    String key = matcher.matches() ? matcher.group(1) : header.strip();
    return FIELDS.stream()
        .map(Field::key)
        .filter(k -> k.equalsIgnoreCase(key))
        .findFirst()
        .orElse(null);
  }

  /** A row read from a sheet, as the field values by key. */
  record ParsedRow(CameraDetails details, List<FieldError> errors) {}

  static ParsedRow parse(Map<String, String> cells) {
    List<FieldError> errors = new ArrayList<>();
    Parser p = new Parser(cells, errors);
    CameraDetails details =
        new CameraDetails(
            p.text("code"),
            p.text("name"),
            p.purposes("purposes"),
            p.text("ownerCode"),
            p.text("communeCode"),
            p.decimal("latitude"),
            p.decimal("longitude"),
            p.text("address"),
            p.text("route"),
            p.text("kmMarker"),
            p.text("siteCode"),
            p.text("analysisSiteCode"),
            p.text("resolution"),
            p.text("codec"),
            p.text("mainStreamUrl"),
            p.text("subStreamUrl"),
            p.bool("onvif"),
            p.bool("builtInAnalytics"),
            p.decimal("plateAccuracyDay"),
            p.decimal("plateAccuracyNight"),
            p.text("certificateNumber"),
            p.text("certificateIssuer"),
            p.date("certificateIssuedOn"),
            p.date("certificateExpiresOn"),
            p.text("registrationNumber"),
            p.date("registeredOn"),
            p.status("status"),
            p.text("vmsCode"),
            p.text("vmsExternalId"));
    return new ParsedRow(details, errors);
  }

  /** Reads typed values out of a row's text cells, collecting an error for each bad one. */
  private record Parser(Map<String, String> cells, List<FieldError> errors) {
    String text(String key) {
      String value = cells.get(key);
      return value == null || value.isBlank() ? null : value.strip();
    }

    BigDecimal decimal(String key) {
      String value = text(key);
      if (value == null) {
        return null;
      }
      try {
        return new BigDecimal(value.replace(',', '.'));
      } catch (NumberFormatException e) {
        errors.add(FieldError.of(key, "camera.error.import.number", value));
        return null;
      }
    }

    LocalDate date(String key) {
      String value = text(key);
      if (value == null) {
        return null;
      }
      try {
        return value.contains("/")
            ? LocalDate.parse(value, VIETNAMESE_DATE)
            : LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
      } catch (DateTimeParseException e) {
        errors.add(FieldError.of(key, "camera.error.import.date", value));
        return null;
      }
    }

    boolean bool(String key) {
      String value = text(key);
      if (value == null) {
        return false;
      }
      return switch (value.toLowerCase(Locale.ROOT)) {
        case "có", "co", "x", "yes", "true", "1" -> true;
        case "không", "khong", "no", "false", "0" -> false;
        default -> {
          errors.add(FieldError.of(key, "camera.error.import.boolean", value));
          yield false;
        }
      };
    }

    Set<CameraPurpose> purposes(String key) {
      String value = text(key);
      Set<CameraPurpose> purposes = EnumSet.noneOf(CameraPurpose.class);
      if (value == null) {
        return purposes;
      }
      for (String part : value.split("[,;]")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          purposes.add(CameraPurpose.valueOf(part.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          errors.add(FieldError.of(key, "camera.error.import.purpose", part.strip()));
        }
      }
      return purposes;
    }

    CameraStatus status(String key) {
      String value = text(key);
      if (value == null) {
        return null;
      }
      try {
        return CameraStatus.valueOf(value.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(FieldError.of(key, "camera.error.import.status", value));
        return null;
      }
    }
  }

  static Map<Integer, String> headerKeys(List<String> headers) {
    Map<Integer, String> keys = new HashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String key = keyOf(headers.get(i));
      if (key != null) {
        keys.put(i, key);
      }
    }
    return keys;
  }
}
