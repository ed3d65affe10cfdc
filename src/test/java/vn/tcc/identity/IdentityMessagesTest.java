package vn.tcc.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import vn.tcc.identity.api.IdentityField;

/** Every message key of the identity module is in vi and en, with the same placeholders. */
class IdentityMessagesTest {
  /** Literal keys, and the prefix of keys built from a field name ("identity.error." + field). */
  private static final Pattern KEY = Pattern.compile("\"(identity\\.[A-Za-z.]+)\"");

  private static final Pattern PLACEHOLDER = Pattern.compile("%s");

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        IdentityMessagesTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> keysInSource() throws IOException {
    Set<String> keys = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java/vn/tcc/identity"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        Matcher matcher = KEY.matcher(Files.readString(file));
        while (matcher.find()) {
          if (!matcher.group(1).endsWith(".")) {
            keys.add(matcher.group(1));
          }
        }
      }
    }
    for (String field : new String[] {"caseReference", "purpose", "officer", "plate"}) {
      keys.add("identity.error." + field + ".required");
    }
    for (IdentityField field : IdentityField.values()) {
      keys.add("identity.field." + field);
    }
    return keys;
  }

  @Test
  void the_keys_the_module_uses_are_in_both_languages() throws IOException {
    Set<String> used = keysInSource();
    assertTrue(used.contains("identity.error.fieldNotPermitted"), "the scan finds the keys");
    for (String language : new String[] {"vi", "en"}) {
      Properties messages = bundle(language);
      for (String key : used) {
        assertTrue(messages.containsKey(key), language + " lacks " + key);
      }
    }
  }

  @Test
  void both_languages_have_the_same_identity_keys_and_placeholders() throws IOException {
    Properties vi = bundle("vi");
    Properties en = bundle("en");
    assertEquals(identityKeys(vi), identityKeys(en));
    for (String key : identityKeys(vi)) {
      assertEquals(
          PLACEHOLDER.matcher(vi.getProperty(key)).results().count(),
          PLACEHOLDER.matcher(en.getProperty(key)).results().count(),
          "placeholders of " + key);
      assertNotEquals(vi.getProperty(key), en.getProperty(key), "untranslated " + key);
    }
  }

  private static Set<String> identityKeys(Properties messages) {
    Set<String> keys = new TreeSet<>();
    for (String key : messages.stringPropertyNames()) {
      if (key.startsWith("identity.")) {
        keys.add(key);
      }
    }
    return keys;
  }
}
