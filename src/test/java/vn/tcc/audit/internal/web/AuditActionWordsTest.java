package vn.tcc.audit.internal.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The auditor reads every action in words (issue 18): each upper-case code written in a class that
 * records audit entries has its label in both languages, so a new action without one fails here
 * instead of showing as {@code SOME_CODE} on the audit trail. Codes in those classes that are not
 * actions (a state, a setting's name, a form's code) are listed below.
 */
class AuditActionWordsTest {
  private static final Pattern CODE = Pattern.compile("\"([A-Z][A-Z0-9]*_[A-Z0-9_]+)\"");
  private static final Set<String> NOT_ACTIONS =
      Set.of(
          "IN_REVIEW",
          "CAMERA_OFFLINE",
          "TCC_FEED_CURSOR_SECRET",
          "TCC_PAYMENT_GATEWAY_SECRET",
          "VIOLATION_HANDLING");

  @Test
  void every_action_the_code_records_has_words_in_vietnamese_and_english() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        if (!source.contains("AuditRecord") && !source.contains("AuditTrail")) {
          continue;
        }
        Matcher code = CODE.matcher(source);
        while (code.find()) {
          codes.add(code.group(1));
        }
      }
    }
    codes.removeAll(NOT_ACTIONS);
    assertTrue(codes.size() > 100, "actions found: " + codes.size());
    Set<String> missing = new TreeSet<>();
    for (String action : codes) {
      for (Locale locale : Set.of(AuditWordsTest.VI, Locale.ENGLISH)) {
        if (AuditWords.label("audit.action.", action, locale).equals(action)) {
          missing.add(action + " (" + locale + ")");
        }
      }
    }
    assertTrue(missing.isEmpty(), "actions without words: " + missing);
  }
}
