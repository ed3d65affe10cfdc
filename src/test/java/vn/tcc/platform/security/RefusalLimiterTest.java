package vn.tcc.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.platform.security.RefusalLimiter.Summary;
import vn.tcc.platform.security.RefusalLimiter.Verdict;

class RefusalLimiterTest {
  /** A clock the test moves. */
  private static final class Hands extends Clock {
    Instant now = Instant.parse("2026-12-07T10:00:05Z");

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void a_minute_audits_the_first_refusals_counts_the_next_and_throttles_beyond() {
    Hands clock = new Hands();
    RefusalLimiter limiter = new RefusalLimiter(clock, 3, 5);
    for (int i = 0; i < 3; i++) {
      assertEquals(Verdict.AUDIT, limiter.refused("10.0.0.9"));
    }
    assertEquals(Verdict.COUNT, limiter.refused("10.0.0.9"));
    assertEquals(Verdict.COUNT, limiter.refused("10.0.0.9"));
    assertEquals(Verdict.THROTTLE, limiter.refused("10.0.0.9"));
    assertEquals(Verdict.AUDIT, limiter.refused("10.0.0.10"), "another address has its own count");
    assertEquals(55, limiter.secondsToNextMinute());
    assertTrue(limiter.drainFinishedMinutes().isEmpty(), "the minute is not over");

    clock.now = clock.now.plusSeconds(60);
    assertEquals(Verdict.AUDIT, limiter.refused("10.0.0.9"), "a new minute starts afresh");
    List<Summary> summaries = limiter.drainFinishedMinutes();
    assertEquals(
        List.of(new Summary("10.0.0.9", Instant.parse("2026-12-07T10:00:00Z"), 2, 1)), summaries);
    assertTrue(limiter.drainFinishedMinutes().isEmpty(), "each summary once");
  }

  @Test
  void a_quiet_minute_leaves_no_summary_and_its_window_goes() {
    Hands clock = new Hands();
    RefusalLimiter limiter = new RefusalLimiter(clock, 3, 5);
    limiter.refused("10.0.0.9");
    clock.now = clock.now.plusSeconds(120);
    assertTrue(limiter.drainFinishedMinutes().isEmpty());
    assertEquals(Verdict.AUDIT, limiter.refused("10.0.0.9"));
  }
}
