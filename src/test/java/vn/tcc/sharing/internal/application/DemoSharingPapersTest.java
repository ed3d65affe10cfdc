package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.sharing.internal.application.SharingFakes.ADMIN;
import static vn.tcc.sharing.internal.application.SharingFakes.request;

import org.junit.jupiter.api.Test;
import vn.tcc.sharing.internal.domain.AgreementDocument;
import vn.tcc.sharing.internal.domain.AgreementState;

/**
 * The demo agreements come from SQL without their papers: start-up issues the receipt of every
 * agreement that was signed and the signed certificate of one whose data was destroyed, dated by
 * its timeline, and a second start-up issues nothing.
 */
class DemoSharingPapersTest {
  private final SharingFakes fakes = new SharingFakes();
  private final AgreementAdministration administration = fakes.administration();

  @Test
  void signed_agreements_get_their_receipt_destroyed_ones_their_signed_certificate_once() {
    long draft = administration.draft(ADMIN, request("GL-QN-0004", "2026-12-31")).id();
    long active = administration.draft(ADMIN, request("GL-QN-0004", "2026-12-31")).id();
    administration.move(ADMIN, active, AgreementState.ACTIVE, "Đã ký", null);
    long destroyed = administration.draft(ADMIN, request("GL-QN-0004", "2026-12-31")).id();
    administration.move(ADMIN, destroyed, AgreementState.ACTIVE, "Đã ký", null);
    administration.move(ADMIN, destroyed, AgreementState.REVOKED, "Theo đề nghị", null);
    administration.move(
        ADMIN, destroyed, AgreementState.DATA_DESTROYED, "Đã xóa 214 đoạn video", null);
    // As the demo SQL leaves them: agreements and timelines, no papers.
    fakes.documents.stored.clear();

    DemoSharingPapers.Papers papers = new DemoSharingPapers.Papers();
    papers.agreements = fakes.agreements;
    papers.providers = fakes.providers;
    papers.writer = fakes.papers();

    assertEquals(3, papers.issueMissing());
    assertTrue(fakes.documents.kinds(draft).isEmpty(), "a draft was never signed");
    assertEquals(java.util.List.of(AgreementDocument.Kind.RECEIPT), fakes.documents.kinds(active));
    AgreementDocument certificate =
        fakes
            .documents
            .find(destroyed, AgreementDocument.Kind.DESTRUCTION_CERTIFICATE)
            .orElseThrow();
    assertNotNull(certificate.signature());
    assertTrue(certificate.signature().signedContent().contains("Đã xóa 214 đoạn video"));
    assertTrue(fakes.papers().signatureValid(certificate));

    assertEquals(0, papers.issueMissing(), "a restart issues nothing twice");
    assertEquals(3, fakes.documents.stored.size());
  }
}
