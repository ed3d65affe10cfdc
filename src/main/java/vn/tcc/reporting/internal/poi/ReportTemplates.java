package vn.tcc.reporting.internal.poi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Office templates the report files start from (the top-level {@code reports/} folder, which a
 * clerk edits in Excel or Word): the official header, title rows, styles and fixed texts come from
 * them, the writers add the figures. They are packaged into the WAR ({@code
 * WEB-INF/classes/reports/}); a folder named by the system property {@value #PROPERTY} (or the
 * environment variable {@value #ENV}) overrides the packaged copies file by file, so a province can
 * change its templates without a new build.
 *
 * <p>Placeholders are written {@code {{name}}} in a cell or paragraph; {@link #fill} replaces them.
 */
public final class ReportTemplates {
  public static final String PROPERTY = "tcc.reporting.templates";
  public static final String ENV = "TCC_REPORT_TEMPLATES";
  public static final String SYNTHESIS_XLSX = "synthesis.xlsx";
  public static final String SYNTHESIS_DOCX = "synthesis.docx";

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z_]+)\\}\\}");

  private final Path folder;

  private ReportTemplates(Path folder) {
    this.folder = folder;
  }

  /** The configured folder (property, then environment) over the packaged templates. */
  public static ReportTemplates configured() {
    String configured = System.getProperty(PROPERTY);
    if (configured == null || configured.isBlank()) {
      configured = System.getenv(ENV);
    }
    return new ReportTemplates(
        configured == null || configured.isBlank() ? null : Path.of(configured));
  }

  /** This folder over the packaged templates (tests). */
  public static ReportTemplates in(Path folder) {
    return new ReportTemplates(folder);
  }

  /**
   * A template's bytes: the folder's file when it has one, else the packaged one.
   *
   * @throws IllegalStateException when neither exists (a broken deployment, not a user's error)
   */
  public InputStream open(String name) {
    try {
      if (folder != null) {
        Path file = folder.resolve(name);
        if (Files.isRegularFile(file)) {
          return Files.newInputStream(file);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Reading the report template " + name + " failed", e);
    }
    InputStream packaged = ReportTemplates.class.getResourceAsStream("/reports/" + name);
    if (packaged == null) {
      throw new IllegalStateException(
          "No report template "
              + name
              + " in "
              + (folder == null ? "" : folder + " nor ")
              + "WEB-INF/classes/reports");
    }
    return packaged;
  }

  /**
   * The text with every known {@code {{name}}} replaced; unknown ones are left for a person to see.
   */
  public static String fill(String text, Map<String, String> values) {
    if (text == null || text.indexOf("{{") < 0) {
      return text;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(value == null ? m.group() : value));
    }
    m.appendTail(out);
    return out.toString();
  }
}
