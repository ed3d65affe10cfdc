package vn.tcc.camera.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.camera.api.CameraHealth;

/**
 * A camera's health over a window, from the transitions the VMS polls recorded: how long it was up
 * (online or degraded: it delivered video) and the gaps (offline, or unknown because its VMS did
 * not answer), each with its start and end.
 */
public record HealthTimeline(Instant from, Instant to, List<Period> periods)
    implements java.io.Serializable {

  public record Transition(Instant at, CameraHealth from, CameraHealth to) {}

  public record Period(CameraHealth health, Instant start, Instant end)
      implements java.io.Serializable {
    public Duration length() {
      return Duration.between(start, end);
    }

    public boolean up() {
      return health == CameraHealth.ONLINE || health == CameraHealth.DEGRADED;
    }
  }

  public HealthTimeline {
    periods = List.copyOf(periods);
  }

  /**
   * @param before the health at {@code from} (the last transition before the window), or null
   * @param transitions the transitions inside the window, oldest first
   * @param now the health now, used when nothing at all was recorded
   */
  public static HealthTimeline of(
      Instant from,
      Instant to,
      CameraHealth before,
      List<Transition> transitions,
      CameraHealth now) {
    return of(from, to, before, transitions, now, null);
  }

  /**
   * The same, with the camera's current health and since when it holds: the page's header says
   * that, so it is the timeline's last word too. A health the registry holds without a recorded
   * transition (a demo seed, an import) starts at {@code nowSince}, after an unknown stretch when
   * nothing earlier was recorded, rather than filling the whole window.
   */
  public static HealthTimeline of(
      Instant from,
      Instant to,
      CameraHealth before,
      List<Transition> transitions,
      CameraHealth now,
      Instant nowSince) {
    List<Transition> all = new ArrayList<>(transitions);
    CameraHealth lastKnown = all.isEmpty() ? before : all.get(all.size() - 1).to();
    Instant lastAt = all.isEmpty() ? null : all.get(all.size() - 1).at();
    if (now != null
        && nowSince != null
        && nowSince.isBefore(to)
        && (lastAt == null || nowSince.isAfter(lastAt))) {
      if (!nowSince.isAfter(from) && all.isEmpty()) {
        before = now; // it held since before the window
      } else if (lastKnown != now) {
        all.add(
            new Transition(nowSince, lastKnown == null ? CameraHealth.UNKNOWN : lastKnown, now));
      }
    }
    transitions = all;
    CameraHealth current =
        before != null ? before : transitions.isEmpty() ? now : transitions.get(0).from();
    Instant start = from;
    List<Period> periods = new ArrayList<>();
    for (Transition transition : transitions) {
      if (transition.at().isAfter(start)) {
        periods.add(new Period(current, start, transition.at()));
        start = transition.at();
      }
      current = transition.to();
    }
    if (to.isAfter(start)) {
      periods.add(new Period(current, start, to));
    }
    return new HealthTimeline(from, to, merged(periods));
  }

  private static List<Period> merged(List<Period> periods) {
    List<Period> merged = new ArrayList<>();
    for (Period period : periods) {
      Period last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && last.health() == period.health()) {
        merged.set(merged.size() - 1, new Period(last.health(), last.start(), period.end()));
      } else {
        merged.add(period);
      }
    }
    return merged;
  }

  /** Share of the window the camera was up, 0–100. */
  public double uptimePercent() {
    long total = Duration.between(from, to).toMillis();
    if (total <= 0) {
      return 0;
    }
    long up = periods.stream().filter(Period::up).mapToLong(p -> p.length().toMillis()).sum();
    return 100.0 * up / total;
  }

  /** When the camera's present health began, if inside the window; null when it held all along. */
  public Instant currentSince() {
    if (periods.isEmpty()) {
      return null;
    }
    Instant start = periods.get(periods.size() - 1).start();
    return start.isAfter(from) ? start : null;
  }

  public List<Period> gaps() {
    return periods.stream().filter(p -> !p.up()).toList();
  }
}
