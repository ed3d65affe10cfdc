package vn.tcc.sharing.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.tcc.sharing.internal.application.SharingFakes.ADMIN;
import static vn.tcc.sharing.internal.application.SharingFakes.SHA;
import static vn.tcc.sharing.internal.application.SharingFakes.request;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.sharing.internal.domain.AgreementDocument;
import vn.tcc.sharing.internal.domain.AgreementState;

class AgreementPapersTest {
  private final SharingFakes fakes = new SharingFakes();
  private final AgreementAdministration administration = fakes.administration();

  private static String text(AgreementDocument document) throws IOException {
    try (XWPFDocument word = new XWPFDocument(new ByteArrayInputStream(document.content()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(word)) {
      return extractor.getText();
    }
  }

  @Test
  void signing_issues_the_consent_receipt_once_with_the_kantara_fields() throws IOException {
    long id = administration.draft(ADMIN, request("GL-QN-0004", "2026-12-31")).id();
    assertTrue(fakes.documents.kinds(id).isEmpty(), "no receipt for a draft");
    administration.move(ADMIN, id, AgreementState.ACTIVE, "Đã ký", null);

    AgreementDocument receipt =
        fakes.documents.find(id, AgreementDocument.Kind.RECEIPT).orElseThrow();
    assertEquals(AgreementPapers.sha256(receipt.content()), receipt.sha256());
    String text = text(receipt);
    for (String field :
        new String[] {
          "Mã biên nhận",
          receipt.documentId(),
          "Thời điểm",
          "Luật Dữ liệu số 60/2024/QH15",
          "Công an Phường Quy Nhơn",
          "Bên GL-VTVH",
          "Bảo đảm an ninh, trật tự",
          "Xem trực tiếp",
          "01/01/2026",
          "31/12/2026",
          "Cách rút lại đồng ý",
          SHA
        }) {
      assertTrue(text.contains(field), field + " in\n" + text);
    }
    assertTrue(fakes.audit.actions().contains("SHARING_DOCUMENT_ISSUED"));

    // Suspended and resumed: still the one receipt of the signing.
    administration.move(ADMIN, id, AgreementState.SUSPENDED, "Tạm dừng", null);
    administration.move(ADMIN, id, AgreementState.ACTIVE, "Tiếp tục", null);
    assertEquals(1, fakes.documents.stored.size());
  }

  @Test
  void destruction_issues_a_certificate_with_what_when_who_and_the_hashes() throws IOException {
    long id = administration.draft(ADMIN, request("GL-QN-0004", "2026-12-31")).id();
    administration.move(ADMIN, id, AgreementState.ACTIVE, "Đã ký", null);
    administration.move(
        SharingFakes.provider("provider", "GL-VTVH"), id, AgreementState.REVOKED, "Thôi", null);
    administration.move(
        ADMIN, id, AgreementState.DATA_DESTROYED, "Đã xóa 12 ảnh và 3 video trên máy chủ xã", null);

    AgreementDocument certificate =
        fakes.documents.find(id, AgreementDocument.Kind.DESTRUCTION_CERTIFICATE).orElseThrow();
    AgreementDocument receipt =
        fakes.documents.find(id, AgreementDocument.Kind.RECEIPT).orElseThrow();
    String text = text(certificate);
    for (String field :
        new String[] {
          certificate.documentId(),
          "Thời điểm hủy",
          "admin",
          "Đã xóa 12 ảnh và 3 video trên máy chủ xã",
          "GL-QN-0004",
          "3 lần truy cập",
          SHA,
          receipt.sha256()
        }) {
      assertTrue(text.contains(field), field + " in\n" + text);
    }
  }

  @Test
  void only_who_may_see_the_agreement_downloads_its_papers() {
    long id = administration.draft(ADMIN, request("GL-QN-0004", "2026-12-31")).id();
    administration.move(ADMIN, id, AgreementState.ACTIVE, "Đã ký", null);
    AgreementPaperDownloads downloads = new AgreementPaperDownloads();
    downloads.administration = administration;
    downloads.agreements = fakes.agreements;
    downloads.papers = fakes.papers();

    assertEquals(
        AgreementDocument.Kind.RECEIPT,
        downloads.download(SharingFakes.provider("provider", "GL-VTVH"), id, "RECEIPT").kind());
    assertTrue(fakes.audit.actions().contains("SHARING_DOCUMENT_READ"));
    assertEquals(
        404,
        assertThrows(
                ProblemException.class,
                () ->
                    downloads.download(
                        SharingFakes.provider("other", "GL-PK-HGD01"), id, "RECEIPT"))
            .status());
    assertEquals(
        404,
        assertThrows(
                ProblemException.class,
                () -> downloads.download(ADMIN, id, "DESTRUCTION_CERTIFICATE"))
            .status());
    assertEquals(
        404,
        assertThrows(ProblemException.class, () -> downloads.download(ADMIN, id, "x\u0000"))
            .status());
  }

  @Test
  void the_destruction_certificate_is_signed_and_carries_its_signature_the_receipt_is_not()
      throws IOException {
    long id = administration.draft(ADMIN, request("GL-QN-0004", "2026-12-31")).id();
    administration.move(ADMIN, id, AgreementState.ACTIVE, "Đã ký", null);
    administration.move(ADMIN, id, AgreementState.REVOKED, "Theo văn bản đề nghị", null);
    administration.move(
        ADMIN, id, AgreementState.DATA_DESTROYED, "Đã xóa 4 ảnh trên máy chủ xã", null);
    AgreementPapers papers = fakes.papers();

    assertNull(
        fakes.documents.find(id, AgreementDocument.Kind.RECEIPT).orElseThrow().signature(),
        "a receipt is not signed");
    AgreementDocument certificate =
        fakes.documents.find(id, AgreementDocument.Kind.DESTRUCTION_CERTIFICATE).orElseThrow();
    AgreementDocument.Signature signature = certificate.signature();
    assertNotNull(signature);
    assertEquals(1, fakes.signer.signed);
    assertEquals("ab".repeat(32), signature.signerFingerprint());
    // What was signed is the certificate's own text: its number, what was destroyed, the hashes.
    for (String field :
        new String[] {
          certificate.documentId(), "Đã xóa 4 ảnh trên máy chủ xã", "GL-QN-0004", SHA, "admin"
        }) {
      assertTrue(signature.signedContent().contains(field), field + " signed");
    }
    assertTrue(papers.signatureValid(certificate));

    // The Word file carries the signer, his fingerprint and the signature itself.
    String text = text(certificate);
    assertTrue(text.contains("CN=TCC test center"), text);
    assertTrue(text.contains("ab".repeat(32)), text);
    assertTrue(text.contains(AgreementPapers.SIGNATURE_LABEL), text);
    assertTrue(text.contains(Base64.getEncoder().encodeToString(signature.value())), text);

    // A changed text or signature no longer verifies.
    AgreementDocument.Signature forgedText =
        new AgreementDocument.Signature(
            signature.signedContent().replace("4 ảnh", "40 ảnh"),
            signature.value(),
            signature.signerSubject(),
            signature.signerFingerprint());
    assertFalse(papers.signatureValid(withSignature(certificate, forgedText)));
    byte[] flipped = signature.value().clone();
    flipped[flipped.length / 2] ^= 1;
    assertFalse(
        papers.signatureValid(
            withSignature(
                certificate,
                new AgreementDocument.Signature(
                    signature.signedContent(),
                    flipped,
                    signature.signerSubject(),
                    signature.signerFingerprint()))));
    assertFalse(papers.signatureValid(withSignature(certificate, null)));

    // Shown where the certificate is offered: to the provider, verified again.
    AgreementPaperDownloads downloads = new AgreementPaperDownloads();
    downloads.administration = administration;
    downloads.agreements = fakes.agreements;
    downloads.papers = papers;
    AgreementPaperDownloads.CertificateSignature shown =
        downloads
            .certificateSignature(SharingFakes.provider("provider", "GL-VTVH"), id)
            .orElseThrow();
    assertTrue(shown.valid());
    assertEquals(certificate.sha256(), shown.sha256());
    assertEquals(
        404,
        assertThrows(
                ProblemException.class,
                () ->
                    downloads.certificateSignature(
                        SharingFakes.provider("other", "GL-PK-HGD01"), id))
            .status());
  }

  private static AgreementDocument withSignature(
      AgreementDocument d, AgreementDocument.Signature signature) {
    return new AgreementDocument(
        d.id(),
        d.agreementId(),
        d.kind(),
        d.documentId(),
        d.content(),
        d.sha256(),
        d.issuedBy(),
        d.issuedAt(),
        signature);
  }
}
