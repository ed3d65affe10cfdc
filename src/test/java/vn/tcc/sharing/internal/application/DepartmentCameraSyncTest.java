package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.DepartmentCameras;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.json.JsonFactory;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.Role;

/** Each camera of the IOC's list is read and answered on its own; the registry decides the rest. */
class DepartmentCameraSyncTest {
  static final Caller IOC =
      new Caller(
          "tcc-ioc", "tcc-ioc", Caller.Kind.CLIENT, Set.of(Role.IOC), new JurisdictionCode("GL"));

  final SharingFakes fakes = new SharingFakes();
  final Registry registry = new Registry();
  final DepartmentCameraSync sync = new DepartmentCameraSync();

  @BeforeEach
  void wire() {
    sync.registry = registry;
    sync.trail = fakes.audit;
  }

  static JsonObject json(String text) {
    return JsonFactory.JSON.createReader(new StringReader(text)).readObject();
  }

  static String camera(String code, String latitude) {
    return """
        {"code":"%s","name":"Camera %s","latitude":%s,"longitude":109.22,"commune":"GL.QUY_NHON",
         "department":"GL-SXD","vmsLinkUrl":"https://ioc.example.gov.vn/cam/%s"}
        """
        .formatted(code, code, latitude, code);
  }

  @Test
  void a_bad_item_is_answered_alone_and_the_good_ones_go_in() {
    registry.failOn = "GL-QN-D3";
    DepartmentCameraSync.SyncAnswer answer =
        sync.sync(
            IOC,
            json(
                "{\"cameras\":["
                    + camera("GL-QN-D1", "13.77")
                    + ","
                    + camera("bad code", "13.77")
                    + ","
                    + camera("GL-QN-D2", "\"north\"")
                    + ","
                    + camera("GL-QN-D3", "13.77")
                    + ","
                    + camera("GL-QN-D4", "1e400")
                    + ",42,"
                    + camera("GL-QN-D5", "\"13.78\"")
                    + "]}"),
            Locale.ENGLISH);
    assertEquals(
        List.of("CREATED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "CREATED"),
        answer.items().stream().map(i -> i.outcome().name()).toList());
    assertEquals(2, answer.created());
    assertEquals(5, answer.rejected());
    assertEquals(List.of("GL-QN-D1", "GL-QN-D3", "GL-QN-D5"), registry.asked);
    assertEquals(new BigDecimal("13.78"), registry.lastLatitude);
    assertEquals("code", answer.items().get(1).errors().get(0).field());
    assertEquals("latitude", answer.items().get(2).errors().get(0).field());
    assertEquals("sharing.feed.itemFailed", answer.items().get(3).errors().get(0).code());
    assertEquals("latitude", answer.items().get(4).errors().get(0).field());
    assertEquals(1, fakes.audit.records.size(), "one audit entry for the list");
  }

  @Test
  void the_registrys_refusal_names_the_iocs_fields() {
    registry.refuseWith = FieldError.of("communeCode", "camera.error.commune.unknown", "GL.X");
    DepartmentCameraSync.SyncAnswer answer =
        sync.sync(IOC, json("{\"cameras\":[" + camera("GL-QN-D1", "13.77") + "]}"), Locale.ENGLISH);
    assertEquals("REJECTED", answer.items().get(0).outcome().name());
    assertEquals("commune", answer.items().get(0).errors().get(0).field());
  }

  @Test
  void hostile_lists_and_callers_are_refused_whole() {
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () -> sync.sync(SharingFakes.OFFICER, json("{\"cameras\":[]}"), Locale.ENGLISH))
            .status());
    for (String body : List.of("{}", "{\"cameras\":[]}", "{\"cameras\":\"x\"}")) {
      assertThrows(ValidationException.class, () -> sync.sync(IOC, json(body), Locale.ENGLISH));
    }
    StringBuilder many = new StringBuilder("{\"cameras\":[");
    for (int i = 0; i <= DepartmentCameraSync.MAX_ITEMS; i++) {
      many.append(i == 0 ? "" : ",").append("{}");
    }
    assertThrows(
        ValidationException.class,
        () -> sync.sync(IOC, json(many.append("]}").toString()), Locale.ENGLISH));
    DepartmentCameraSync.SyncAnswer nul =
        sync.sync(
            IOC,
            json(
                "{\"cameras\":["
                    + camera("GL-QN-D1", "13.77").replace("Camera ", "a\\u0000b")
                    + "]}"),
            Locale.ENGLISH);
    assertEquals("REJECTED", nul.items().get(0).outcome().name());
    assertTrue(registry.asked.isEmpty());
  }

  static final class Registry implements DepartmentCameras {
    final List<String> asked = new ArrayList<>();
    String failOn;
    FieldError refuseWith;
    BigDecimal lastLatitude;

    @Override
    public Result upsert(Caller caller, DepartmentCamera camera) {
      asked.add(camera.code());
      lastLatitude = camera.latitude();
      if (camera.code().equals(failOn)) {
        throw new IllegalStateException("duplicate key");
      }
      if (refuseWith != null) {
        return new Result(Outcome.REJECTED, List.of(refuseWith));
      }
      return new Result(Outcome.CREATED, List.of());
    }
  }
}
