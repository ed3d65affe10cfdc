package vn.tcc.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.internal.domain.SubmissionState;
import vn.tcc.reporting.internal.domain.ValueSource;

/**
 * Every message key of the reporting module, in its Java sources and pages, is in the Vietnamese
 * and the English bundle, and both bundles hold the same reporting keys with the same placeholders.
 */
class ReportingMessagesTest {
  private static final Pattern KEY = Pattern.compile("[\"'](reporting\\.[A-Za-z0-9.]+)[\"']");

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ReportingMessagesTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> reportingKeys(Properties bundle) {
    Set<String> keys = new TreeSet<>();
    for (String key : bundle.stringPropertyNames()) {
      if (key.startsWith("reporting.")) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static Set<String> keysUsed() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path root :
        new Path[] {Path.of("src/main/java/vn/tcc/reporting"), Path.of("webapp/reports")}) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file :
            files
                .filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".xhtml"))
                .toList()) {
          Matcher matcher = KEY.matcher(Files.readString(file));
          while (matcher.find()) {
            if (!matcher.group(1).endsWith(".")) {
              keys.add(matcher.group(1));
            }
          }
        }
      }
    }
    for (SubmissionState state : SubmissionState.values()) {
      keys.add("reporting.state." + state);
    }
    for (ValueSource source : ValueSource.values()) {
      keys.add("reporting.source." + source);
    }
    keys.add("reporting.menu.mine");
    keys.add("reporting.menu.review");
    return keys;
  }

  @Test
  void every_key_used_is_in_both_languages() throws IOException {
    Properties vi = bundle("vi");
    Properties en = bundle("en");
    for (String key : keysUsed()) {
      assertTrue(vi.containsKey(key), "vi lacks " + key);
      assertTrue(en.containsKey(key), "en lacks " + key);
    }
  }

  @Test
  void both_bundles_hold_the_same_keys_with_the_same_placeholders() throws IOException {
    Properties vi = bundle("vi");
    Properties en = bundle("en");
    assertEquals(reportingKeys(vi), reportingKeys(en));
    for (String key : reportingKeys(vi)) {
      assertEquals(
          count(vi.getProperty(key)), count(en.getProperty(key)), "placeholders of " + key);
    }
  }

  private static int count(String text) {
    return text.replace("%%", "").split("%s", -1).length - 1;
  }
}
