package vn.tcc.camera.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.shared.error.FieldError;

public class CameraRulesTest {
  static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
  static final GeoBounds GIA_LAI =
      new GeoBounds(
          new BigDecimal("12.95"),
          new BigDecimal("14.75"),
          new BigDecimal("107.4"),
          new BigDecimal("109.4"));

  /** A red-light camera in Quy Nhon that passes every rule. */
  public static CameraDetails valid() {
    return new CameraDetails(
        "GL-QN-0100",
        "Ngã tư Lê Lợi – Trần Hưng Đạo",
        EnumSet.of(CameraPurpose.RED_LIGHT),
        "GL-CA",
        "GL.QUY_NHON",
        new BigDecimal("13.7712"),
        new BigDecimal("109.2237"),
        "Lê Lợi",
        "QL19B",
        "Km2+150",
        "GL-QN-CC",
        null,
        "1920x1080",
        "H.265",
        "rtsp://10.0.0.1:554/main",
        null,
        true,
        true,
        new BigDecimal("95"),
        new BigDecimal("82"),
        "QCVN05-1",
        "Trung tâm Kiểm định",
        TODAY.minusYears(1),
        TODAY.plusYears(2),
        "BCA-1",
        TODAY.minusMonths(6),
        CameraStatus.OPERATIONAL,
        null,
        null);
  }

  private static List<String> keys(CameraDetails camera) {
    return CameraRules.check(camera, TODAY, GIA_LAI).stream()
        .map(e -> e.field() + ":" + e.messageKey())
        .toList();
  }

  private static CameraDetails with(
      java.util.function.UnaryOperator<java.util.Map<String, Object>> change) {
    CameraDetails d = valid();
    var m = new java.util.HashMap<String, Object>();
    m.put("code", d.code());
    m.put("purposes", d.purposes());
    m.put("lat", d.latitude());
    m.put("lon", d.longitude());
    m.put("km", d.kmMarker());
    m.put("analysis", d.analysisSiteCode());
    m.put("ai", d.builtInAnalytics());
    m.put("url", d.mainStreamUrl());
    m.put("day", d.plateAccuracyDay());
    m.put("certNo", d.certificateNumber());
    m.put("issuer", d.certificateIssuer());
    m.put("issued", d.certificateIssuedOn());
    m.put("expires", d.certificateExpiresOn());
    m.put("reg", d.registrationNumber());
    m.put("registered", d.registeredOn());
    m.put("status", d.status());
    m.put("vms", d.vmsCode());
    m.put("vmsId", d.vmsExternalId());
    change.apply(m);
    @SuppressWarnings("unchecked")
    Set<CameraPurpose> purposes = (Set<CameraPurpose>) m.get("purposes");
    return new CameraDetails(
        (String) m.get("code"),
        d.name(),
        purposes,
        d.ownerCode(),
        d.communeCode(),
        (BigDecimal) m.get("lat"),
        (BigDecimal) m.get("lon"),
        d.address(),
        d.route(),
        (String) m.get("km"),
        d.siteCode(),
        (String) m.get("analysis"),
        d.resolution(),
        d.codec(),
        (String) m.get("url"),
        null,
        d.onvif(),
        (Boolean) m.get("ai"),
        (BigDecimal) m.get("day"),
        d.plateAccuracyNight(),
        (String) m.get("certNo"),
        (String) m.get("issuer"),
        (LocalDate) m.get("issued"),
        (LocalDate) m.get("expires"),
        (String) m.get("reg"),
        (LocalDate) m.get("registered"),
        (CameraStatus) m.get("status"),
        (String) m.get("vms"),
        (String) m.get("vmsId"));
  }

  @Test
  void a_complete_enforcement_camera_passes() {
    assertEquals(List.of(), keys(valid()));
  }

  @Test
  void codes_are_normalised_to_upper_case_and_checked() {
    assertEquals(
        "GL-QN-0100",
        with(m -> {
              m.put("code", " gl-qn-0100 ");
              return m;
            })
            .code());
    assertEquals(
        List.of("code:camera.error.code.format"),
        keys(
            with(
                m -> {
                  m.put("code", "GL QN 1");
                  return m;
                })));
    assertEquals(
        List.of("code:camera.error.required"),
        keys(
            with(
                m -> {
                  m.put("code", "  ");
                  return m;
                })));
  }

  @Test
  void coordinates_must_be_inside_the_province() {
    List<FieldError> errors =
        CameraRules.check(
            with(
                m -> {
                  m.put("lat", new BigDecimal("21.0285"));
                  m.put("lon", new BigDecimal("105.8542"));
                  return m;
                }),
            TODAY,
            GIA_LAI);
    assertEquals(1, errors.size());
    assertEquals("camera.error.location.outsideProvince", errors.get(0).messageKey());
    assertEquals(List.of("12.95", "14.75", "107.4", "109.4"), errors.get(0).args());
    assertEquals(
        List.of("latitude:camera.error.location.range"),
        keys(
            with(
                m -> {
                  m.put("lat", new BigDecimal("95"));
                  return m;
                })));
    assertEquals(
        List.of("longitude:camera.error.required"),
        keys(
            with(
                m -> {
                  m.put("lon", null);
                  return m;
                })));
  }

  @Test
  void certificate_dates_must_be_in_order_and_not_in_the_future() {
    assertEquals(
        List.of("certificateExpiresOn:camera.error.certificate.order"),
        keys(
            with(
                m -> {
                  m.put("status", CameraStatus.INSTALLED);
                  m.put("expires", TODAY.minusYears(2));
                  return m;
                })));
    assertEquals(
        List.of("certificateIssuedOn:camera.error.date.future"),
        keys(
            with(
                m -> {
                  m.put("issued", TODAY.plusDays(1));
                  return m;
                })));
    assertEquals(
        List.of("registeredOn:camera.error.date.future"),
        keys(
            with(
                m -> {
                  m.put("registered", TODAY.plusDays(3));
                  return m;
                })));
  }

  @Test
  void an_operational_violation_camera_needs_a_valid_certificate_and_registration() {
    assertEquals(
        List.of("status:camera.error.operational.certificate"),
        keys(
            with(
                m -> {
                  m.put("certNo", null);
                  m.put("issuer", null);
                  m.put("issued", null);
                  m.put("expires", null);
                  return m;
                })));
    assertEquals(
        List.of("status:camera.error.operational.certificateExpired"),
        keys(
            with(
                m -> {
                  m.put("issued", TODAY.minusYears(3));
                  m.put("expires", TODAY.minusDays(1));
                  return m;
                })));
    assertEquals(
        List.of("status:camera.error.operational.registration"),
        keys(
            with(
                m -> {
                  m.put("reg", null);
                  return m;
                })));
  }

  @Test
  void the_certificate_rule_spares_cameras_that_are_not_yet_in_use_or_not_for_enforcement() {
    assertEquals(
        List.of(),
        keys(
            with(
                m -> {
                  m.put("certNo", null);
                  m.put("issuer", null);
                  m.put("issued", null);
                  m.put("expires", null);
                  m.put("status", CameraStatus.INSTALLED);
                  return m;
                })));
    assertEquals(
        List.of(),
        keys(
            with(
                m -> {
                  m.put("certNo", null);
                  m.put("issuer", null);
                  m.put("issued", null);
                  m.put("expires", null);
                  m.put("reg", null);
                  m.put("purposes", EnumSet.of(CameraPurpose.OBSERVATION));
                  return m;
                })));
    // The certificate's last day still counts as valid.
    assertEquals(
        List.of(),
        keys(
            with(
                m -> {
                  m.put("expires", TODAY);
                  return m;
                })));
  }

  @Test
  void a_camera_without_built_in_analytics_needs_a_device_or_cluster_unless_it_only_observes() {
    assertEquals(
        List.of("analysisSiteCode:camera.error.analysisSite.required"),
        keys(
            with(
                m -> {
                  m.put("ai", false);
                  return m;
                })));
    assertEquals(
        List.of(),
        keys(
            with(
                m -> {
                  m.put("ai", false);
                  m.put("analysis", "GL-QN-RSC1");
                  return m;
                })));
    assertEquals(
        List.of(),
        keys(
            with(
                m -> {
                  m.put("ai", false);
                  m.put("purposes", EnumSet.of(CameraPurpose.OBSERVATION));
                  return m;
                })));
  }

  @Test
  void stream_urls_must_be_video_urls_without_credentials() {
    assertEquals(
        List.of("mainStreamUrl:camera.error.streamUrl.credentials"),
        keys(
            with(
                m -> {
                  m.put("url", "rtsp://admin:123456@10.0.0.1/stream");
                  return m;
                })));
    assertEquals(
        List.of("mainStreamUrl:camera.error.streamUrl.format"),
        keys(
            with(
                m -> {
                  m.put("url", "ftp://10.0.0.1/x");
                  return m;
                })));
    assertEquals(
        List.of("mainStreamUrl:camera.error.streamUrl.format"),
        keys(
            with(
                m -> {
                  m.put("url", "not a url");
                  return m;
                })));
  }

  @Test
  void other_field_rules() {
    assertEquals(
        List.of("purposes:camera.error.purposes.required"),
        keys(
            with(
                m -> {
                  m.put("purposes", Set.of());
                  return m;
                })));
    assertEquals(
        List.of("kmMarker:camera.error.kmMarker.format"),
        keys(
            with(
                m -> {
                  m.put("km", "12 km");
                  return m;
                })));
    assertEquals(
        List.of(),
        keys(
            with(
                m -> {
                  m.put("km", "km 1227");
                  return m;
                })));
    assertEquals(
        List.of("plateAccuracyDay:camera.error.percentage"),
        keys(
            with(
                m -> {
                  m.put("day", new BigDecimal("100.5"));
                  return m;
                })));
    assertEquals(
        List.of("vmsCode:camera.error.vms.required"),
        keys(
            with(
                m -> {
                  m.put("vmsId", "7");
                  return m;
                })));
    assertTrue(
        keys(with(
                m -> {
                  m.put("status", null);
                  return m;
                }))
            .contains("status:camera.error.required"));
  }

  @Test
  void changes_name_each_field_that_differs() {
    CameraDetails before = valid();
    CameraDetails after =
        with(
            m -> {
              m.put("status", CameraStatus.MAINTENANCE);
              m.put("lat", new BigDecimal("13.7713"));
              return m;
            });
    assertEquals(
        List.of(
            new FieldChange("latitude", "13.771200", "13.771300"),
            new FieldChange("status", "OPERATIONAL", "MAINTENANCE")),
        before.changesTo(after));
    assertEquals(List.of(), before.changesTo(valid()));
    // Scale and spacing differences are not changes.
    assertEquals(
        List.of(),
        before.changesTo(
            with(
                m -> {
                  m.put("lat", new BigDecimal("13.77120"));
                  return m;
                })));
  }
}
