package vn.tcc.violation.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import vn.tcc.violation.internal.domain.CaseDeadlines.Deadline;
import vn.tcc.violation.internal.domain.CaseDeadlines.WarningRecipient;

/** Every message key the violation rules use, and every label they need, exists in vi and en. */
class ViolationMessagesTest {
  // Whole keys only: a literal ending in a dot is a prefix the code completes (a state's label).
  private static final Pattern KEY = Pattern.compile("\"(violation\\.[A-Za-z.]*[A-Za-z])\"");

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ViolationMessagesTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  /** The keys written in the module's source, e.g. {@code "violation.review.sameOfficer"}. */
  private static Set<String> keysInSource() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/tcc/violation"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          keys.add(matcher.group(1));
        }
      }
    }
    return keys;
  }

  @Test
  void the_keys_the_rules_throw_are_in_both_languages() throws IOException {
    Set<String> used = keysInSource();
    assertTrue(used.contains("violation.review.sameOfficer"), "the scan finds the keys");
    for (String language : new String[] {"vi", "en"}) {
      Properties messages = bundle(language);
      for (String key : used) {
        assertTrue(messages.containsKey(key), language + " lacks " + key);
      }
    }
  }

  @Test
  void every_state_band_class_deadline_and_recipient_has_a_label() throws IOException {
    Set<String> labels = new TreeSet<>();
    Stream.of(CaseState.values()).forEach(v -> labels.add("violation.state." + v));
    Stream.of(SpeedBand.values()).forEach(v -> labels.add("violation.speedBand." + v));
    Stream.of(VehicleClass.values()).forEach(v -> labels.add("violation.vehicleClass." + v));
    Stream.of(Deadline.values()).forEach(v -> labels.add("violation.deadline." + v));
    Stream.of(WarningRecipient.values()).forEach(v -> labels.add("violation.recipient." + v));
    Properties vi = bundle("vi");
    Properties en = bundle("en");
    for (String label : labels) {
      assertTrue(vi.containsKey(label), "vi lacks " + label);
      assertTrue(en.containsKey(label), "en lacks " + label);
      assertFalse(vi.getProperty(label).equals(en.getProperty(label)), "untranslated " + label);
    }
  }

  @Test
  void both_languages_have_the_same_violation_keys() throws IOException {
    assertEquals(violationKeys(bundle("vi")), violationKeys(bundle("en")));
  }

  private static Set<String> violationKeys(Properties messages) {
    Set<String> keys = new TreeSet<>();
    for (String key : messages.stringPropertyNames()) {
      if (key.startsWith("violation.")) {
        keys.add(key);
      }
    }
    return keys;
  }
}
