package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CmsDetachedSignatureTest {
  static final Instant NOW = Instant.parse("2026-05-04T03:00:00Z");
  static final byte[] DOCUMENT =
      "{\"format\":\"tcc-deletion-record/1\",\"legalBasis\":\"Thông tư 67/2024\"}"
          .getBytes(StandardCharsets.UTF_8);

  @Test
  void a_signature_verifies_over_its_document_and_carries_the_signer() throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    byte[] signature = CmsDetachedSignature.sign(DOCUMENT, center);

    CmsDetachedSignature.Check check = CmsDetachedSignature.verify(DOCUMENT, signature);
    assertTrue(check.valid(), check.problem());
    assertEquals(center.certificate(), check.signer());
  }

  @Test
  void one_changed_byte_of_the_document_fails() throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    byte[] signature = CmsDetachedSignature.sign(DOCUMENT, center);
    byte[] changed = DOCUMENT.clone();
    changed[changed.length - 3] ^= 0x01;

    CmsDetachedSignature.Check check = CmsDetachedSignature.verify(changed, signature);
    assertFalse(check.valid());
    assertEquals("the signature does not match the document", check.problem());
  }

  @Test
  void a_signature_by_another_key_names_another_signer() throws Exception {
    SigningIdentity center = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    SigningIdentity other = SigningKeyFiles.generate("Công an tỉnh Gia Lai", NOW);
    CmsDetachedSignature.Check check =
        CmsDetachedSignature.verify(DOCUMENT, CmsDetachedSignature.sign(DOCUMENT, other));
    // Valid as a signature, but not the center's: whose key it is, is DeletionRecordVerification's
    // question (DeletionRecordVerificationTest).
    assertTrue(check.valid());
    assertNotEquals(center.fingerprint(), Digests.fingerprint(check.signer()));
  }

  @Test
  void bytes_that_are_no_signature_do_not_verify() {
    CmsDetachedSignature.Check check =
        CmsDetachedSignature.verify(DOCUMENT, "not a signature".getBytes(StandardCharsets.UTF_8));
    assertFalse(check.valid());
    assertEquals("the signature is not a readable CMS SignedData", check.problem());
  }
}
