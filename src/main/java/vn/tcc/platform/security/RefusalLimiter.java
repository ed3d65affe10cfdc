package vn.tcc.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps a scanner from growing the audit trail without bound (issue 21). Refused requests (no valid
 * token, a role or page not allowed) are counted per client address and minute: the first {@link
 * #auditedPerMinute} of a minute are audited one by one, the rest only counted and audited as one
 * summary when the minute is over; beyond {@link #allowedPerMinute} the address gets 429 with
 * Retry-After until the minute ends. Both limits are generous (a person or a test suite never
 * reaches them) and configurable: {@code TCC_REFUSALS_AUDITED_PER_MINUTE}, {@code
 * TCC_REFUSALS_ALLOWED_PER_MINUTE}.
 */
@ApplicationScoped
public class RefusalLimiter {
  /** What to do with one refused request. */
  public enum Verdict {
    /** Answer the refusal and audit it. */
    AUDIT,
    /** Answer the refusal; it is counted into the minute's summary entry. */
    COUNT,
    /** Too many: answer 429. */
    THROTTLE
  }

  /** A minute of one address whose refusals were counted beyond the audited ones. */
  public record Summary(String clientAddress, Instant minute, long counted, long throttled) {}

  private static final int MAX_ADDRESSES = 100_000;

  private final Map<String, Window> windows = new ConcurrentHashMap<>();
  private final Clock clock;
  private final int auditedPerMinute;
  private final int allowedPerMinute;

  public RefusalLimiter() {
    this(
        Clock.systemUTC(),
        intFromEnv("TCC_REFUSALS_AUDITED_PER_MINUTE", 600),
        intFromEnv("TCC_REFUSALS_ALLOWED_PER_MINUTE", 6_000));
  }

  RefusalLimiter(Clock clock, int auditedPerMinute, int allowedPerMinute) {
    this.clock = clock;
    this.auditedPerMinute = auditedPerMinute;
    this.allowedPerMinute = Math.max(auditedPerMinute, allowedPerMinute);
  }

  /** Counts one refusal of {@code clientAddress} and says what to do with it. */
  public Verdict refused(String clientAddress) {
    String address = clientAddress == null ? "unknown" : clientAddress;
    Instant minute = minuteOf(clock.instant());
    if (windows.size() > MAX_ADDRESSES && !windows.containsKey(address)) {
      // Addresses spread wide (a botnet, spoofed forwarding): one shared window for the rest.
      address = "other";
    }
    Window window = windows.computeIfAbsent(address, a -> new Window(minute));
    synchronized (window) {
      if (window.minute.isBefore(minute)) {
        // The summary of a past minute waits in the window until drained; a new minute starts.
        window.roll(minute);
      }
      window.refused++;
      if (window.refused <= auditedPerMinute) {
        return Verdict.AUDIT;
      }
      if (window.refused <= allowedPerMinute) {
        window.counted++;
        return Verdict.COUNT;
      }
      window.throttled++;
      return Verdict.THROTTLE;
    }
  }

  /** Seconds until the current minute ends: the Retry-After of a 429. */
  public long secondsToNextMinute() {
    Instant now = clock.instant();
    return Math.max(1, Duration.between(now, minuteOf(now).plusSeconds(60)).toSeconds());
  }

  /** Summaries of the minutes that are over, each returned once; windows gone quiet are dropped. */
  public List<Summary> drainFinishedMinutes() {
    Instant current = minuteOf(clock.instant());
    List<Summary> out = new ArrayList<>();
    for (Map.Entry<String, Window> entry : windows.entrySet()) {
      Window window = entry.getValue();
      synchronized (window) {
        if (window.minute.isBefore(current)) {
          window.roll(current);
        }
        out.addAll(window.pending(entry.getKey()));
        if (window.refused == 0) {
          windows.remove(entry.getKey(), window);
        }
      }
    }
    return out;
  }

  private static Instant minuteOf(Instant instant) {
    return Instant.ofEpochSecond(
        instant.getEpochSecond() - Math.floorMod(instant.getEpochSecond(), 60));
  }

  private static int intFromEnv(String name, int fallback) {
    String value = System.getenv(name);
    try {
      return value == null || value.isBlank()
          ? fallback
          : Math.max(1, Integer.parseInt(value.strip()));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static final class Window {
    Instant minute;
    long refused;
    long counted;
    long throttled;
    final List<Summary> finished = new ArrayList<>();

    Window(Instant minute) {
      this.minute = minute;
    }

    void roll(Instant next) {
      if (counted > 0 || throttled > 0) {
        finished.add(new Summary(null, minute, counted, throttled));
      }
      minute = next;
      refused = 0;
      counted = 0;
      throttled = 0;
    }

    List<Summary> pending(String address) {
      List<Summary> out =
          finished.stream()
              .map(s -> new Summary(address, s.minute(), s.counted(), s.throttled()))
              .toList();
      finished.clear();
      return out;
    }
  }
}
