package vn.tcc.retention.internal.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;

/**
 * Every version of every retention policy: which one is in force for a data class, level and owner
 * type on a day, which ones reach an item, and whether a change may become a new version.
 *
 * <p>Which version an item follows: <b>the version in force on the local day its retention started,
 * and every later version in force by today; the longest of them wins</b>. So a change lengthens
 * the retention of data already kept as soon as it takes effect, and never shortens it: a shorter
 * period applies only to data whose retention starts once it is in force. Taking only the version
 * of the start day would let data be purged under a period the province has since lengthened;
 * taking only today's would let an edit shorten what people were told is kept. An item whose
 * retention started before any version follows the versions in force since.
 *
 * <p>Immutable: {@link #with} answers a new book.
 */
public final class PolicyBook {
  private static final Comparator<RetentionPolicy> BY_EFFECTIVE_DATE =
      Comparator.comparing(RetentionPolicy::effectiveFrom);

  private final List<RetentionPolicy> versions;

  /**
   * What {@link #versionsReaching} answered, by its question: a dry run asks it for each of
   * millions of items, and there are only so many classes, levels, owners and start days. The book
   * is immutable, so an answer never goes stale.
   */
  private final Map<Reach, List<RetentionPolicy>> reached = new ConcurrentHashMap<>();

  private record Reach(
      DataClass dataClass,
      StorageLevel level,
      OwnerType owner,
      LocalDate startDay,
      LocalDate today) {}

  private PolicyBook(List<RetentionPolicy> versions) {
    this.versions = versions;
  }

  /**
   * The book of these versions, as stored.
   *
   * @throws RetentionRuleException {@code retention.policy.sameDay} (409) when two versions of one
   *     policy start the same day, {@code retention.policy.versionExists} (409) when two carry the
   *     same number
   */
  public static PolicyBook of(Collection<RetentionPolicy> versions) {
    List<RetentionPolicy> checked = new ArrayList<>();
    for (RetentionPolicy version : versions) {
      Objects.requireNonNull(version, "version");
      for (RetentionPolicy earlier : checked) {
        if (!version.sameSubjectAs(earlier)) {
          continue;
        }
        if (version.effectiveFrom().equals(earlier.effectiveFrom())) {
          throw RetentionRuleException.conflict(
              "retention.policy.sameDay",
              version.dataClass(),
              version.level(),
              version.effectiveFrom());
        }
        if (version.version() == earlier.version()) {
          throw RetentionRuleException.conflict(
              "retention.policy.versionExists",
              version.dataClass(),
              version.level(),
              version.version());
        }
      }
      checked.add(version);
    }
    checked.sort(BY_EFFECTIVE_DATE);
    return new PolicyBook(List.copyOf(checked));
  }

  public static PolicyBook empty() {
    return new PolicyBook(List.of());
  }

  /** Every version, oldest effective date first. */
  public List<RetentionPolicy> versions() {
    return versions;
  }

  /**
   * The change as the next version of its policy, checked: a reason, a legal basis, an effective
   * date not before {@code today} (a policy is not changed retroactively: data already purged or
   * kept under the old one would have been handled under a rule that did not yet exist), no other
   * version starting the same day, and the rules of {@link RetentionPolicy} (positive period, the
   * audit trail's floor, review-and-transfer only at a commune center).
   *
   * @param today the local day in Vietnam the change is made
   * @throws RetentionRuleException {@code retention.policy.effectiveInPast} (422), {@code
   *     retention.policy.sameDay} (409), or one of {@link RetentionPolicy}'s (422)
   */
  public RetentionPolicy admit(PolicyChange change, LocalDate today) {
    Objects.requireNonNull(change, "change");
    List<RetentionPolicy> history = history(change.dataClass(), change.level(), change.ownerType());
    RetentionPolicy candidate =
        change.asVersion(history.stream().mapToInt(RetentionPolicy::version).max().orElse(0) + 1);
    if (candidate.effectiveFrom().isBefore(today)) {
      throw RetentionRuleException.invalid(
          "retention.policy.effectiveInPast", candidate.effectiveFrom(), today);
    }
    if (history.stream().anyMatch(v -> v.effectiveFrom().equals(candidate.effectiveFrom()))) {
      throw RetentionRuleException.conflict(
          "retention.policy.sameDay",
          candidate.dataClass(),
          candidate.level(),
          candidate.effectiveFrom());
    }
    return candidate;
  }

  /** This book with one more version (one {@link #admit} answered, once stored). */
  public PolicyBook with(RetentionPolicy version) {
    List<RetentionPolicy> all = new ArrayList<>(versions);
    all.add(version);
    return of(all);
  }

  /** The versions of one policy, oldest first; {@code ownerType} null for the any-owner policy. */
  public List<RetentionPolicy> history(DataClass dataClass, StorageLevel level, OwnerType owner) {
    return versions.stream()
        .filter(v -> v.dataClass() == dataClass && v.level() == level && v.ownerType() == owner)
        .toList();
  }

  /**
   * The version in force on {@code day} for data of this class at this level from a camera of this
   * owner: the latest version of the owner type's own policy that has taken effect, or, when it has
   * none yet, that of the any-owner policy. {@code owner} null (data from no camera, such as the
   * audit trail) finds the any-owner policy only.
   */
  public Optional<RetentionPolicy> inForce(
      DataClass dataClass, StorageLevel level, OwnerType owner, LocalDate day) {
    Optional<RetentionPolicy> own =
        owner == null ? Optional.empty() : latestOn(history(dataClass, level, owner), day);
    return own.isPresent() ? own : latestOn(history(dataClass, level, null), day);
  }

  /**
   * The versions that reach an item whose retention started on {@code startDay}, judged on {@code
   * today}: the one in force on the start day and every one in force on a later day up to today
   * (see the class comment). Empty when no version has taken effect by today.
   */
  public List<RetentionPolicy> versionsReaching(
      DataClass dataClass,
      StorageLevel level,
      OwnerType owner,
      LocalDate startDay,
      LocalDate today) {
    return reached.computeIfAbsent(
        new Reach(dataClass, level, owner, startDay, today), this::reaching);
  }

  private List<RetentionPolicy> reaching(Reach q) {
    DataClass dataClass = q.dataClass();
    StorageLevel level = q.level();
    OwnerType owner = q.owner();
    LocalDate startDay = q.startDay();
    LocalDate today = q.today();
    Set<RetentionPolicy> reaching = new LinkedHashSet<>();
    inForce(dataClass, level, owner, startDay).ifPresent(reaching::add);
    for (RetentionPolicy version : versions) {
      LocalDate from = version.effectiveFrom();
      if (from.isAfter(startDay) && !from.isAfter(today)) {
        inForce(dataClass, level, owner, from).ifPresent(reaching::add);
      }
    }
    return List.copyOf(reaching);
  }

  private static Optional<RetentionPolicy> latestOn(List<RetentionPolicy> history, LocalDate day) {
    return history.stream().filter(v -> !v.effectiveFrom().isAfter(day)).max(BY_EFFECTIVE_DATE);
  }
}
