package vn.tcc.vms.internal.connection;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts VMS secrets at rest with AES-256-GCM. The key comes from {@code TCC_VMS_SECRET_KEY}
 * (base64 of 32 bytes); without it a fixed development key is used and a warning is logged, so a
 * production server must set it.
 */
@ApplicationScoped
public class SecretBox {
  private static final Logger LOG = Logger.getLogger(SecretBox.class.getName());
  private static final int IV_BYTES = 12;
  private final SecureRandom random = new SecureRandom();
  private SecretKeySpec key;

  @PostConstruct
  void loadKey() {
    String configured = System.getenv("TCC_VMS_SECRET_KEY");
    byte[] bytes;
    if (configured == null || configured.isBlank()) {
      LOG.warning("TCC_VMS_SECRET_KEY is not set: VMS secrets use the development key");
      bytes = sha256("tcc-development-only-vms-secret-key");
    } else {
      bytes = Base64.getDecoder().decode(configured.strip());
      if (bytes.length != 32) {
        throw new IllegalStateException("TCC_VMS_SECRET_KEY must be base64 of 32 bytes");
      }
    }
    key = new SecretKeySpec(bytes, "AES");
  }

  public byte[] seal(String secret) {
    try {
      byte[] iv = new byte[IV_BYTES];
      random.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
      byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt a VMS secret", e);
    }
  }

  public String open(byte[] ciphertext) {
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, ciphertext, 0, IV_BYTES));
      return new String(
          cipher.doFinal(ciphertext, IV_BYTES, ciphertext.length - IV_BYTES),
          StandardCharsets.UTF_8);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("A VMS secret could not be decrypted (wrong key?)", e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
