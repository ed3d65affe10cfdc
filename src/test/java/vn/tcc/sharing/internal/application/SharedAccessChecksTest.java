package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.sharing.internal.application.SharingFakes.ADMIN;
import static vn.tcc.sharing.internal.application.SharingFakes.NOW;
import static vn.tcc.sharing.internal.application.SharingFakes.request;

import org.junit.jupiter.api.Test;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.sharing.api.AccessReason;
import vn.tcc.sharing.api.SharedAccessDecision;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.domain.AccessLogEntry;
import vn.tcc.sharing.internal.domain.AgreementState;

class SharedAccessChecksTest {
  private static final JurisdictionCode QUY_NHON = new JurisdictionCode("GL.QUY_NHON");

  private final SharingFakes fakes = new SharingFakes();
  private final SharedAccessChecks checks = fakes.checks();
  private final AgreementAdministration administration = fakes.administration();

  private SharedAccessDecision look(String camera) {
    return checks.check(
        camera, SharedDataType.LIVE_VIEW, SharingPurpose.SECURITY_AND_ORDER, QUY_NHON, NOW);
  }

  private AuditRecord lastAudit() {
    return fakes.audit.records.get(fakes.audit.records.size() - 1);
  }

  @Test
  void police_cameras_pass_untouched_and_unlogged() {
    SharedAccessDecision police = look("GL-QN-0001");
    assertTrue(police.allowed());
    assertEquals(AccessReason.NOT_A_SHARED_CAMERA, police.reason());
    assertTrue(fakes.log.entries.isEmpty());
    assertTrue(fakes.audit.records.isEmpty());
  }

  @Test
  void an_allowed_look_is_logged_with_its_agreement_and_provider_then_revocation_stops_it() {
    long id = administration.draft(ADMIN, request("GL-QN-0004", "2026-12-31")).id();
    administration.move(ADMIN, id, AgreementState.ACTIVE, "Đã ký", null);
    fakes.audit.records.clear();

    SharedAccessDecision allowed = look("GL-QN-0004");
    assertTrue(allowed.allowed());
    assertEquals(id, allowed.agreementId());
    AccessLogEntry entry = fakes.log.entries.get(0);
    assertEquals(id, entry.agreementId());
    assertEquals(1L, entry.providerId());
    assertEquals("officer", entry.actor());
    assertEquals("GL.QUY_NHON", entry.unit());
    assertEquals("test-request", entry.requestId());
    assertEquals("SHARING_ACCESS_ALLOWED", lastAudit().action());
    assertEquals(AuditOutcome.SUCCESS, lastAudit().outcome());
    assertTrue(lastAudit().details().contains("agreement " + id), lastAudit().details());

    administration.move(
        SharingFakes.provider("provider", "GL-VTVH"), id, AgreementState.REVOKED, "Thôi", null);
    SharedAccessDecision refused = look("GL-QN-0004");
    assertFalse(refused.allowed());
    assertEquals(AccessReason.REVOKED, refused.reason());
    assertEquals("SHARING_ACCESS_REFUSED", lastAudit().action());
    assertEquals(AuditOutcome.DENIED, lastAudit().outcome());
    assertEquals(2, fakes.log.entries.size());
  }

  @Test
  void an_unknown_or_unshared_camera_is_refused_and_recorded() {
    assertEquals(AccessReason.UNKNOWN_CAMERA, look("GL-XX-0001").reason());
    assertEquals(AccessReason.UNKNOWN_CAMERA, look("x".repeat(100)).reason());
    assertEquals(AccessReason.NO_AGREEMENT, look("GL-QN-0009").reason());
    assertEquals(3, fakes.log.entries.size());
    assertTrue(fakes.log.entries.stream().allMatch(e -> e.cameraCode().length() <= 64));
    assertTrue(fakes.log.entries.stream().noneMatch(AccessLogEntry::allowed));
  }
}
