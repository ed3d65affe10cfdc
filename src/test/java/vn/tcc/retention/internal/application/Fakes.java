package vn.tcc.retention.internal.application;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.HealthReading;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.retention.internal.domain.HoldScope;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.RetentionPolicies;
import vn.tcc.retention.internal.domain.RetentionPolicy;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.time.TccTime;

/** In-memory stand-ins for the ports the retention services use, and the people who call them. */
final class Fakes {
  static final Instant NOW =
      LocalDateTime.parse("2026-03-10T10:00:00").atZone(TccTime.ZONE).toInstant();
  static final Clock CLOCK = Clock.fixed(NOW, TccTime.ZONE);
  static final String BASIS = "Thông tư 67/2024/TT-BCA; thời hạn là chính sách của tỉnh.";

  private Fakes() {}

  static Caller user(String username, String role, String jurisdiction) {
    return new Caller(
        username, username, Caller.Kind.USER, Set.of(role), new JurisdictionCode(jurisdiction));
  }

  static RetentionPolicy policy(DataClass dataClass, StorageLevel level, Period period) {
    return new RetentionPolicy(
        dataClass,
        level,
        null,
        period,
        EndAction.DELETE,
        BASIS,
        LocalDate.of(2026, 1, 1),
        1,
        "Chính sách ban đầu",
        "system:migration");
  }

  /** Policies in a list; a second version the same day is refused as the table's key would. */
  static final class Policies implements RetentionPolicies {
    final List<RetentionPolicy> stored = new ArrayList<>();

    Policies(RetentionPolicy... initial) {
      stored.addAll(List.of(initial));
    }

    @Override
    public List<RetentionPolicy> versions() {
      return List.copyOf(stored);
    }

    @Override
    public void save(RetentionPolicy newVersion) {
      if (stored.stream()
          .anyMatch(
              v ->
                  v.sameSubjectAs(newVersion)
                      && v.effectiveFrom().equals(newVersion.effectiveFrom()))) {
        throw new RetentionRuleException(409, "retention.policy.sameDay");
      }
      stored.add(newVersion);
    }
  }

  static final class Audit implements AuditTrail {
    final List<AuditRecord> records = new ArrayList<>();

    @Override
    public void record(AuditRecord record) {
      records.add(record);
    }
  }

  /** Holds in a map, "in force" as LegalHold says. */
  static final class Holds implements LegalHolds, HoldArchive {
    final Map<Long, LegalHold> stored = new HashMap<>();
    private long next = 1;

    @Override
    public LegalHold place(LegalHold hold) {
      LegalHold withId = hold.withId(next++);
      stored.put(withId.id(), withId);
      return withId;
    }

    @Override
    public Optional<LegalHold> find(long id) {
      return Optional.ofNullable(stored.get(id));
    }

    @Override
    public void recordLift(LegalHold lifted) {
      if (stored.get(lifted.id()).isLifted()) {
        throw new RetentionRuleException(409, "retention.hold.alreadyLifted", lifted.id());
      }
      stored.put(lifted.id(), lifted);
    }

    @Override
    public List<LegalHold> inForceOnCase(String caseNumber, LocalDate day) {
      return inForceOn(day).stream()
          .filter(h -> h.scope() instanceof HoldScope.OfCase c && c.caseNumber().equals(caseNumber))
          .toList();
    }

    @Override
    public List<LegalHold> inForceOnCamera(
        String cameraCode, Instant from, Instant to, LocalDate day) {
      return inForceOn(day).stream()
          .filter(
              h ->
                  h.scope() instanceof HoldScope.OfCamera c
                      && c.cameraCode().equals(cameraCode)
                      && !c.from().isAfter(to)
                      && !c.to().isBefore(from))
          .toList();
    }

    @Override
    public List<LegalHold> inForceOnAgreement(String agreementId, LocalDate day) {
      return List.of();
    }

    @Override
    public List<LegalHold> inForceOn(LocalDate day) {
      return stored.values().stream()
          .filter(h -> h.isInForceOn(day))
          .sorted(Comparator.comparing(LegalHold::id))
          .toList();
    }

    @Override
    public List<LegalHold> newest(int limit) {
      return stored.values().stream()
          .sorted(Comparator.comparing(LegalHold::id).reversed())
          .limit(limit)
          .toList();
    }
  }

  /** Two cameras of Quy Nhon and one of Pleiku. */
  static final class Cameras implements CameraDirectory {
    final Map<String, CameraReference> cameras = new HashMap<>();

    Cameras() {
      add("GL-QN-0001", "GL.QUY_NHON");
      add("GL-QN-0002", "GL.QUY_NHON");
      add("GL-PK-0001", "GL.PLEIKU");
    }

    private void add(String code, String commune) {
      cameras.put(
          code,
          new CameraReference(
              code, code, new JurisdictionCode(commune), CameraStatus.OPERATIONAL, null, null));
    }

    @Override
    public Map<String, CameraReference> byCodes(Collection<String> codes) {
      Map<String, CameraReference> found = new HashMap<>();
      codes.forEach(c -> Optional.ofNullable(cameras.get(c)).ifPresent(r -> found.put(c, r)));
      return found;
    }

    @Override
    public Map<String, vn.tcc.camera.api.CameraCustody> custodyOf(Collection<String> codes) {
      return Map.of(); // holds and policies never ask whose a camera is
    }

    @Override
    public List<CameraReference> unlinked(JurisdictionCode scope) {
      return List.of();
    }

    @Override
    public List<CameraHealthState> linkedTo(String vmsCode) {
      return List.of();
    }

    @Override
    public List<String> recordHealth(String vmsCode, List<HealthReading> readings, Instant at) {
      return List.of();
    }

    @Override
    public void recordLatestEvents(Map<String, Instant> latestByCode) {}
  }

  /** The events fired, in order. */
  static final class Fired<T> implements Event<T> {
    final List<T> events = new ArrayList<>();

    @Override
    public void fire(T event) {
      events.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }
}
