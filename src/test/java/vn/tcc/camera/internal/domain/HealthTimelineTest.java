package vn.tcc.camera.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.internal.domain.HealthTimeline.Transition;

class HealthTimelineTest {
  private static final Instant FROM = Instant.parse("2026-11-14T00:00:00Z");
  private static final Instant TO = FROM.plus(Duration.ofDays(7));

  @Test
  void an_outage_inside_the_window_is_one_gap_and_the_rest_is_uptime() {
    Instant down = FROM.plus(Duration.ofDays(2));
    Instant back = down.plus(Duration.ofHours(84)); // half a day of the window is 12 h; 84 h = 50 %
    HealthTimeline timeline =
        HealthTimeline.of(
            FROM,
            TO,
            CameraHealth.ONLINE,
            List.of(
                new Transition(down, CameraHealth.ONLINE, CameraHealth.OFFLINE),
                new Transition(back, CameraHealth.OFFLINE, CameraHealth.ONLINE)),
            CameraHealth.ONLINE);
    assertEquals(50.0, timeline.uptimePercent(), 0.001);
    assertEquals(1, timeline.gaps().size());
    assertEquals(down, timeline.gaps().get(0).start());
    assertEquals(back, timeline.gaps().get(0).end());
  }

  @Test
  void an_unknown_stretch_is_a_gap_and_degraded_counts_as_up() {
    Instant unknown = FROM.plus(Duration.ofDays(6));
    HealthTimeline timeline =
        HealthTimeline.of(
            FROM,
            TO,
            CameraHealth.DEGRADED,
            List.of(new Transition(unknown, CameraHealth.DEGRADED, CameraHealth.UNKNOWN)),
            CameraHealth.UNKNOWN);
    assertEquals(600.0 / 7, timeline.uptimePercent(), 0.001);
    assertEquals(CameraHealth.UNKNOWN, timeline.gaps().get(0).health());
    assertEquals(TO, timeline.gaps().get(0).end());
  }

  @Test
  void without_any_record_the_current_health_fills_the_window() {
    HealthTimeline offline = HealthTimeline.of(FROM, TO, null, List.of(), CameraHealth.OFFLINE);
    assertEquals(0.0, offline.uptimePercent(), 0.001);
    HealthTimeline firstPoll =
        HealthTimeline.of(
            FROM,
            TO,
            null,
            List.of(
                new Transition(
                    FROM.plus(Duration.ofDays(1)), CameraHealth.UNKNOWN, CameraHealth.ONLINE)),
            CameraHealth.ONLINE);
    assertEquals(600.0 / 7, firstPoll.uptimePercent(), 0.001);
  }

  @Test
  void a_health_held_without_a_transition_starts_when_the_header_says() {
    // The page's header said "offline since 15:23 today" while the uptime said offline all week.
    Instant since = TO.minus(Duration.ofHours(3));
    HealthTimeline timeline =
        HealthTimeline.of(FROM, TO, null, List.of(), CameraHealth.OFFLINE, since);
    assertEquals(2, timeline.gaps().size());
    assertEquals(CameraHealth.UNKNOWN, timeline.gaps().get(0).health());
    assertEquals(since, timeline.gaps().get(1).start());
    assertEquals(CameraHealth.OFFLINE, timeline.gaps().get(1).health());
    assertEquals(since, timeline.currentSince());
  }

  @Test
  void the_current_health_follows_the_last_recorded_transition() {
    Instant down = FROM.plus(Duration.ofDays(3));
    Instant since = down.plus(Duration.ofHours(5)); // recorded later, without a transition
    HealthTimeline timeline =
        HealthTimeline.of(
            FROM,
            TO,
            CameraHealth.ONLINE,
            List.of(new Transition(down, CameraHealth.ONLINE, CameraHealth.DEGRADED)),
            CameraHealth.OFFLINE,
            since);
    assertEquals(since, timeline.currentSince());
    assertEquals(CameraHealth.OFFLINE, timeline.gaps().get(0).health());
    // The same health as recorded: the transition stays the start.
    HealthTimeline same =
        HealthTimeline.of(
            FROM,
            TO,
            CameraHealth.ONLINE,
            List.of(new Transition(down, CameraHealth.ONLINE, CameraHealth.OFFLINE)),
            CameraHealth.OFFLINE,
            down);
    assertEquals(down, same.currentSince());
    // Held since before the window: the whole window, and no "since" inside it.
    HealthTimeline all =
        HealthTimeline.of(
            FROM, TO, null, List.of(), CameraHealth.ONLINE, FROM.minus(Duration.ofDays(1)));
    assertEquals(100.0, all.uptimePercent(), 0.001);
    assertEquals(null, all.currentSince());
  }
}
