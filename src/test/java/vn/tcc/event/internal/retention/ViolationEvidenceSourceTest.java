package vn.tcc.event.internal.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.api.SiteKind;
import vn.tcc.event.internal.domain.EventRetentionStore.EvidenceFile;
import vn.tcc.event.internal.domain.EventRetentionStore.LinkedEvent;
import vn.tcc.retention.api.CameraPlaces;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.RetainedRecord;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

class ViolationEvidenceSourceTest {
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");
  private static final Instant T = Instant.parse("2026-01-10T03:00:00Z");

  @Test
  void a_file_of_several_events_is_one_item_with_each_case_once() {
    EvidenceFile file =
        new EvidenceFile(
            "a".repeat(64),
            "video/mp4",
            2_000_000,
            T.plusSeconds(30),
            List.of(
                new LinkedEvent(12, "GL-QN-0001", QUY_NHON, T.plusSeconds(60), "RED_LIGHT"),
                new LinkedEvent(11, "GL-QN-0001", QUY_NHON, T, "RED_LIGHT"),
                new LinkedEvent(13, "GL-QN-0001", QUY_NHON, T.plusSeconds(90), "PLATE_READ"),
                new LinkedEvent(14, "GL-QN-0001", QUY_NHON, T.plusSeconds(120), "RED_LIGHT")));
    Instant closed = T.plusSeconds(86_400);
    Map<Long, CaseLink> cases =
        Map.of(
            11L, CaseLink.closed("VP-2026-1", closed),
            12L, CaseLink.closed("VP-2026-1", closed),
            14L, CaseLink.underAppeal("VP-2026-2"));

    RetainedRecord item =
        ViolationEvidenceSource.record(file, cases, places(SiteKind.COMMUNE_CENTER));

    assertEquals(DataClass.VIOLATION_EVIDENCE, item.dataClass());
    assertEquals("a".repeat(64), item.itemId());
    assertEquals(item.itemId(), item.sha256());
    assertEquals(2_000_000, item.sizeBytes());
    assertEquals(T.plusSeconds(30), item.retentionStartsAt(), "counted from capture");
    assertEquals(
        List.of(CaseLink.closed("VP-2026-1", closed), CaseLink.underAppeal("VP-2026-2")),
        item.cases());
    assertEquals(T, item.capturedFrom());
    assertEquals(T.plusSeconds(120), item.capturedTo());
    assertEquals(StorageLevel.COMMUNE_CENTER, item.level());
    assertEquals(OwnerType.POLICE, item.ownerType());
    assertEquals(QUY_NHON, item.jurisdiction());
    assertEquals("video/mp4 of event 11 (RED_LIGHT)", item.description());
  }

  @Test
  void a_camera_kept_by_the_province_or_unknown_to_the_registry_is_provincial() {
    EvidenceFile file =
        new EvidenceFile(
            "b".repeat(64),
            "image/jpeg",
            10,
            T,
            List.of(new LinkedEvent(1, "GL-QN-0001", QUY_NHON, T, "SPEEDING")));
    assertEquals(
        StorageLevel.PROVINCIAL_CENTER,
        ViolationEvidenceSource.record(file, Map.of(), places(SiteKind.PROVINCIAL_CENTER)).level());
    assertEquals(
        StorageLevel.PROVINCIAL_CENTER,
        ViolationEvidenceSource.record(file, Map.of(), places(null)).level());
  }

  @Test
  void a_file_of_no_violation_event_is_no_violation_evidence() {
    EvidenceFile file =
        new EvidenceFile(
            "c".repeat(64),
            "image/jpeg",
            10,
            T,
            List.of(new LinkedEvent(1, "GL-QN-0001", QUY_NHON, T, "PLATE_READ")));
    assertThrows(
        IllegalStateException.class,
        () -> ViolationEvidenceSource.record(file, Map.of(), places(null)));
  }

  /** The places of camera GL-QN-0001, kept at {@code keptAt} (null: not in the registry). */
  private static CameraPlaces places(SiteKind keptAt) {
    CameraDirectory cameras =
        (CameraDirectory)
            Proxy.newProxyInstance(
                CameraDirectory.class.getClassLoader(),
                new Class<?>[] {CameraDirectory.class},
                (proxy, method, args) -> {
                  if (!method.getName().equals("custodyOf")) {
                    throw new UnsupportedOperationException(method.getName());
                  }
                  @SuppressWarnings("unchecked")
                  Collection<String> codes = (Collection<String>) args[0];
                  return keptAt == null
                      ? Map.of()
                      : Map.of(
                          "GL-QN-0001",
                          new CameraCustody("GL-QN-0001", QUY_NHON, OwnerType.POLICE, keptAt));
                });
    return CameraPlaces.of(cameras, List.of("GL-QN-0001"));
  }
}
