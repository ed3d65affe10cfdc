package vn.tcc.vms.internal.retention;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraHealthState;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.camera.api.HealthReading;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.VmsAdapter;
import vn.tcc.vms.api.VmsCamera;
import vn.tcc.vms.api.VmsCameraStatus;
import vn.tcc.vms.api.VmsCapability;
import vn.tcc.vms.api.VmsDeletion;
import vn.tcc.vms.api.VmsEvent;
import vn.tcc.vms.api.VmsEventCursor;
import vn.tcc.vms.api.VmsEventRequest;
import vn.tcc.vms.api.VmsExport;
import vn.tcc.vms.api.VmsMedia;
import vn.tcc.vms.api.VmsRecording;
import vn.tcc.vms.api.VmsVersion;
import vn.tcc.vms.internal.connection.VmsAdapters;
import vn.tcc.vms.internal.domain.VmsConnection;
import vn.tcc.vms.internal.domain.VmsConnectionDetails;
import vn.tcc.vms.internal.domain.VmsConnectionRepository;

/**
 * A VMS in memory for the retention source's unit tests: recordings per camera, answered the way
 * the port says (overlapping the asked range), a deletion answer chosen per recording, and a count
 * of calls so tests can see the listing stays bounded.
 */
class FakeVms implements VmsAdapter {
  final Map<String, List<VmsRecording>> recordingsByCamera = new LinkedHashMap<>();
  final Map<String, Function<String, VmsDeletion>> deletions = new LinkedHashMap<>();
  final Set<VmsCapability> capabilities = EnumSet.allOf(VmsCapability.class);
  int recordingCalls;

  void record(String externalId, String id, Instant start, Instant end, boolean locked) {
    recordingsByCamera
        .computeIfAbsent(externalId, k -> new ArrayList<>())
        .add(new VmsRecording(id, externalId, start, end, locked));
  }

  @Override
  public String product() {
    return "Fake";
  }

  @Override
  public Set<VmsCapability> capabilities() {
    return capabilities;
  }

  @Override
  public VmsVersion ping() {
    return new VmsVersion("Fake", "1", "1");
  }

  @Override
  public List<VmsCamera> cameras() {
    return List.of();
  }

  @Override
  public Optional<VmsCamera> camera(String externalId) {
    return Optional.empty();
  }

  @Override
  public Map<String, VmsCameraStatus> status(Collection<String> externalIds) {
    return Map.of();
  }

  @Override
  public URI liveStreamUri(String externalId) {
    throw new UnsupportedOperationException("not used by retention");
  }

  @Override
  public VmsMedia snapshot(String externalId, Instant at) {
    throw new UnsupportedOperationException("not used by retention");
  }

  @Override
  public List<VmsRecording> recordings(String externalId, Instant from, Instant to) {
    recordingCalls++;
    return recordingsByCamera.getOrDefault(externalId, List.of()).stream()
        .filter(r -> (r.end() == null || !r.end().isBefore(from)) && !r.start().isAfter(to))
        .toList();
  }

  @Override
  public VmsMedia clip(String recordingId) {
    throw new UnsupportedOperationException("not used by retention");
  }

  @Override
  public VmsExport startExport(List<String> recordingIds) {
    throw new UnsupportedOperationException("not used by retention");
  }

  @Override
  public Optional<VmsMedia> exportResult(VmsExport export) {
    return Optional.empty();
  }

  @Override
  public void protect(String recordingId) {}

  @Override
  public void unprotect(String recordingId) {}

  @Override
  public VmsDeletion delete(String recordingId) {
    return deletions.getOrDefault(recordingId, id -> VmsDeletion.DELETED).apply(recordingId);
  }

  @Override
  public List<VmsEvent> eventsSince(VmsEventCursor cursor, int limit) {
    return List.of();
  }

  @Override
  public Optional<String> raiseEvent(String externalId, VmsEventRequest request) {
    return Optional.empty();
  }

  // ------------------------------------------------------------------ the rest of the wiring

  static VmsConnection connection(String code, String jurisdiction, boolean enabled) {
    return new VmsConnection(
        1,
        code,
        code,
        "ZONEMINDER",
        new JurisdictionCode(jurisdiction),
        URI.create("http://vms.invalid/zm"),
        "admin",
        true,
        5000,
        30,
        15,
        enabled,
        null,
        null,
        null,
        0,
        0);
  }

  static VmsAdapters adapters(Map<String, VmsAdapter> byCode) {
    return new VmsAdapters() {
      @Override
      public VmsAdapter of(VmsConnection connection) {
        return byCode.get(connection.code());
      }
    };
  }

  static VmsConnectionRepository repository(List<VmsConnection> all) {
    return new VmsConnectionRepository() {
      @Override
      public List<VmsConnection> all() {
        return all;
      }

      @Override
      public Optional<VmsConnection> find(String code) {
        return all.stream().filter(c -> c.code().equals(code)).findFirst();
      }

      @Override
      public Optional<byte[]> secretCiphertext(String code) {
        return Optional.empty();
      }

      @Override
      public void add(VmsConnectionDetails details, byte[] secretCiphertext) {}

      @Override
      public boolean update(
          String code, int expectedVersion, VmsConnectionDetails details, byte[] ciphertext) {
        return false;
      }

      @Override
      public void recordPoll(String code, java.time.Instant at, String error) {}

      @Override
      public void moveEventCursor(String code, String lastEventId) {}
    };
  }

  /** Cameras linked to VMSs: code → (vmsCode, externalId, jurisdiction). */
  static CameraDirectory cameras(Map<String, String[]> linked) {
    return new CameraDirectory() {
      @Override
      public Map<String, CameraReference> byCodes(Collection<String> codes) {
        return Map.of();
      }

      @Override
      public Map<String, CameraCustody> custodyOf(Collection<String> codes) {
        Map<String, CameraCustody> found = new LinkedHashMap<>();
        for (String code : codes) {
          String[] link = linked.get(code);
          if (link != null) {
            found.put(
                code,
                new CameraCustody(
                    code,
                    new JurisdictionCode(link[2]),
                    OwnerType.POLICE,
                    SiteKind.COMMUNE_CENTER));
          }
        }
        return found;
      }

      @Override
      public List<CameraReference> unlinked(JurisdictionCode scope) {
        return List.of();
      }

      @Override
      public List<CameraHealthState> linkedTo(String vmsCode) {
        List<CameraHealthState> found = new ArrayList<>();
        linked.forEach(
            (code, link) -> {
              if (link[0].equals(vmsCode)) {
                found.add(
                    new CameraHealthState(
                        code, link[1], new JurisdictionCode(link[2]), CameraHealth.ONLINE, null));
              }
            });
        return found;
      }

      @Override
      public List<String> recordHealth(String vmsCode, List<HealthReading> readings, Instant at) {
        return List.of();
      }

      @Override
      public void recordLatestEvents(Map<String, Instant> latestByCode) {}
    };
  }
}
