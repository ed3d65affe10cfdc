package vn.tcc.sharing.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;

/** Every key the sharing module uses is in Vietnamese and English, and both hold the same keys. */
class SharingMessagesTest {
  private static final Pattern KEY = Pattern.compile("\"(sharing\\.[A-Za-z0-9.]*[A-Za-z0-9])\"");
  private static final Pattern PAGE_KEY = Pattern.compile("msg\\['(sharing\\.[A-Za-z0-9.]*)'\\]");

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        SharingMessagesTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> keysIn(Path root, String suffix, Pattern pattern) throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(f -> f.toString().endsWith(suffix)).toList()) {
        Matcher matcher = pattern.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!matcher.group(1).endsWith(".")) {
            keys.add(matcher.group(1));
          }
        }
      }
    }
    return keys;
  }

  @Test
  void the_keys_of_the_code_and_the_pages_are_in_both_languages() throws IOException {
    Set<String> used = keysIn(Path.of("src/main/java/vn/tcc/sharing"), ".java", KEY);
    used.addAll(keysIn(Path.of("webapp/sharing"), ".xhtml", PAGE_KEY));
    assertTrue(used.contains("sharing.lifecycle.notYours"), "the scan finds the keys");
    assertTrue(used.contains("sharing.agreements.title"), "the scan finds the pages' keys");
    for (String language : new String[] {"vi", "en"}) {
      Properties messages = bundle(language);
      for (String key : used) {
        assertTrue(messages.containsKey(key), language + " lacks " + key);
      }
    }
  }

  @Test
  void both_bundles_hold_the_same_sharing_keys_with_the_same_placeholders() throws IOException {
    Properties vi = bundle("vi");
    Properties en = bundle("en");
    Set<String> viKeys = sharingKeys(vi);
    assertEquals(viKeys, sharingKeys(en));
    for (String key : viKeys) {
      assertEquals(
          placeholders(vi.getProperty(key)),
          placeholders(en.getProperty(key)),
          "placeholders " + key);
    }
  }

  @Test
  void every_state_reason_and_choice_has_a_label() throws IOException {
    Set<String> labels = new TreeSet<>();
    Stream.of(AgreementState.values()).forEach(v -> labels.add("sharing.state." + v));
    // Every state but DRAFT is the target of some move, so it needs a button's label.
    Stream.of(AgreementState.values())
        .filter(v -> v != AgreementState.DRAFT)
        .forEach(v -> labels.add("sharing.action." + v));
    Stream.of(AccessReason.values()).forEach(v -> labels.add("sharing.reason." + v));
    Stream.of(SharedDataType.values()).forEach(v -> labels.add("sharing.dataType." + v));
    Stream.of(SharingPurpose.values()).forEach(v -> labels.add("sharing.purpose." + v));
    Stream.of(LegalBasis.values()).forEach(v -> labels.add("sharing.basis." + v));
    Stream.of(StoragePlace.values()).forEach(v -> labels.add("sharing.storage." + v));
    Stream.of(ProviderKind.values()).forEach(v -> labels.add("sharing.kind." + v));
    Stream.of(ActorKind.values()).forEach(v -> labels.add("sharing.actor." + v));
    Stream.of(ExpiryReminder.Kind.values()).forEach(v -> labels.add("sharing.reminder." + v));
    Stream.of(DayOfWeek.values()).forEach(v -> labels.add("sharing.day." + v));
    Properties vi = bundle("vi");
    Properties en = bundle("en");
    for (String label : labels) {
      assertTrue(vi.containsKey(label), "vi lacks " + label);
      assertTrue(en.containsKey(label), "en lacks " + label);
    }
  }

  private static Set<String> sharingKeys(Properties bundle) {
    return bundle.stringPropertyNames().stream()
        .filter(k -> k.startsWith("sharing."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static long placeholders(String text) {
    return Pattern.compile("%s").matcher(text).results().count();
  }
}
