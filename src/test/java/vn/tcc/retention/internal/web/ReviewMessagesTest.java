package vn.tcc.retention.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The review page and its rules speak both languages: every {@code retention.review.*} key the code
 * and the page use is in vi and en, the two bundles have the same review keys, and each text has as
 * many {@code %s} in both.
 */
class ReviewMessagesTest {
  private static final Pattern KEY = Pattern.compile("(retention\\.review\\.[A-Za-z]+)");

  private static Properties bundle(String language) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        ReviewMessagesTest.class.getResourceAsStream(
            "/i18n/messages_" + language + ".properties")) {
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }

  private static Set<String> used() throws IOException {
    Set<String> keys = new TreeSet<>();
    for (Path file :
        List.of(
            Path.of("webapp/retention/review.xhtml"),
            Path.of("src/main/java/vn/tcc/retention/internal/domain/ReviewItem.java"),
            Path.of("src/main/java/vn/tcc/retention/internal/application/ReviewQueueService.java"),
            Path.of("src/main/java/vn/tcc/retention/internal/web/RetentionReviewView.java"))) {
      Matcher matcher = KEY.matcher(Files.readString(file));
      while (matcher.find()) {
        keys.add(matcher.group(1));
      }
    }
    return keys;
  }

  @Test
  void every_review_key_is_in_both_languages_with_the_same_placeholders() throws IOException {
    Properties vi = bundle("vi");
    Properties en = bundle("en");
    Set<String> used = used();
    assertTrue(used.contains("retention.review.notVerified"), "the scan finds the keys");
    for (String key : used) {
      assertTrue(vi.containsKey(key), "vi lacks " + key);
      assertTrue(en.containsKey(key), "en lacks " + key);
    }
    Set<String> viReview = review(vi);
    assertEquals(viReview, review(en));
    for (String key : viReview) {
      assertEquals(
          count(vi.getProperty(key)), count(en.getProperty(key)), "placeholders of " + key);
    }
  }

  private static Set<String> review(Properties bundle) {
    return bundle.stringPropertyNames().stream()
        .filter(k -> k.startsWith("retention.review."))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static int count(String text) {
    return text.split("%s", -1).length - 1;
  }
}
