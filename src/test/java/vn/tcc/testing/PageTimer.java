package vn.tcc.testing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Times pages of a signed-in browser session, asked over plain HTTP with the session's cookies (so
 * the figure is the server's answer, not the browser's drawing), and prints their figures per page:
 * count, statuses, p50, p95 and max. The fault suites assert what the pages answer, and print how
 * fast they answered.
 */
public final class PageTimer {
  /** One page answer: its status, its time and its body. */
  public record Answer(int status, long millis, String body) {}

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          // A failed page is sent on to the error page: follow it, so its status is seen.
          .followRedirects(HttpClient.Redirect.NORMAL)
          .connectTimeout(Duration.ofSeconds(10))
          .build();

  private final String cookies;
  private final Map<String, List<Answer>> answers = new LinkedHashMap<>();

  public PageTimer(Browser signedIn) {
    this.cookies =
        signedIn.driver().manage().getCookies().stream()
            .map(c -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
  }

  /** GETs {@code pathInTcc} (e.g. {@code /camera/list.xhtml}), remembered under {@code label}. */
  public synchronized Answer get(String label, String pathInTcc) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(URI.create(TccDeployment.baseUrl() + pathInTcc))
                .header("Cookie", cookies)
                .header("Accept-Language", "vi")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
    Answer answer =
        new Answer(response.statusCode(), (System.nanoTime() - start) / 1_000_000, response.body());
    answers.computeIfAbsent(label, k -> new ArrayList<>()).add(answer);
    return answer;
  }

  /** Every answer remembered under {@code label}. */
  public synchronized List<Answer> answers(String label) {
    return List.copyOf(answers.getOrDefault(label, List.of()));
  }

  /** Statuses other than {@code expected}, per label, e.g. {"case page": [500]}. */
  public synchronized Map<String, List<Integer>> unexpected(int expected) {
    Map<String, List<Integer>> wrong = new LinkedHashMap<>();
    answers.forEach(
        (label, list) -> {
          List<Integer> others =
              list.stream().map(Answer::status).filter(s -> s != expected).toList();
          if (!others.isEmpty()) {
            wrong.put(label, others);
          }
        });
    return wrong;
  }

  /** One line per label: n, statuses, p50, p95, max in ms; also printed to standard output. */
  public synchronized String report(String title) {
    StringBuilder text = new StringBuilder(title).append('\n');
    answers.forEach(
        (label, list) -> {
          List<Long> millis = list.stream().map(Answer::millis).sorted().toList();
          Map<Integer, Long> statuses =
              list.stream()
                  .collect(
                      Collectors.groupingBy(
                          Answer::status, LinkedHashMap::new, Collectors.counting()));
          text.append(
              String.format(
                  "  %-28s n=%3d statuses=%s p50=%d ms p95=%d ms max=%d ms%n",
                  label,
                  millis.size(),
                  statuses,
                  percentile(millis, 50),
                  percentile(millis, 95),
                  millis.isEmpty() ? 0 : millis.get(millis.size() - 1)));
        });
    System.out.print(text);
    return text.toString();
  }

  /** Nearest-rank percentile of sorted values. */
  static long percentile(List<Long> sorted, int percent) {
    if (sorted.isEmpty()) {
      return 0;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.size());
    return sorted.get(Math.max(0, Math.min(sorted.size(), rank) - 1));
  }
}
