package vn.tcc.shared.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.logging.Logger;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts personal data at rest (issue 21: owner-identity answers, provider contacts) with
 * AES-256-GCM, the key outside the database. Keys come from {@code TCC_DATA_KEYS}: {@code
 * id:base64-of-32-bytes}, several separated by commas, the first one encrypting and every one
 * decrypting, so a key is rotated by putting a new one first and keeping the old ones as long as
 * rows written with them exist (owner answers leave with their retention period). Without it, a
 * fixed development key is used and a warning logged.
 *
 * <p>A sealed value is {@code tcc1:<key id>:<base64 of iv and ciphertext>}; the caller's context
 * (e.g. {@code case_owner:42}) is bound as associated data, so a sealed value copied onto another
 * row does not open. A value without the prefix is returned as it is: rows written before
 * encryption stay readable.
 */
public final class PersonalDataCipher {
  static final String PREFIX = "tcc1:";
  private static final Logger LOG = Logger.getLogger(PersonalDataCipher.class.getName());
  private static final int IV_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static volatile PersonalDataCipher configured;

  private final String currentKeyId;
  private final Map<String, SecretKeySpec> keys;

  PersonalDataCipher(Map<String, byte[]> keysInOrder) {
    if (keysInOrder.isEmpty()) {
      throw new IllegalArgumentException("At least one key");
    }
    this.keys = new LinkedHashMap<>();
    keysInOrder.forEach(
        (id, bytes) -> {
          if (bytes.length != 32) {
            throw new IllegalStateException("TCC_DATA_KEYS: key " + id + " is not 32 bytes");
          }
          keys.put(id, new SecretKeySpec(bytes, "AES"));
        });
    this.currentKeyId = keysInOrder.keySet().iterator().next();
  }

  /** The cipher of this server's {@code TCC_DATA_KEYS}. */
  public static PersonalDataCipher configured() {
    PersonalDataCipher cipher = configured;
    if (cipher == null) {
      synchronized (PersonalDataCipher.class) {
        if (configured == null) {
          configured = fromSetting(System.getenv("TCC_DATA_KEYS"));
        }
        cipher = configured;
      }
    }
    return cipher;
  }

  static PersonalDataCipher fromSetting(String setting) {
    Map<String, byte[]> keys = new LinkedHashMap<>();
    if (setting == null || setting.isBlank()) {
      LOG.warning("TCC_DATA_KEYS is not set: personal data at rest uses the development key");
      keys.put("dev", sha256("tcc-development-only-personal-data-key"));
      return new PersonalDataCipher(keys);
    }
    for (String entry : setting.split(",")) {
      String[] parts = entry.strip().split(":", 2);
      if (parts.length != 2 || !parts[0].matches("[A-Za-z0-9_-]{1,20}")) {
        throw new IllegalStateException(
            "TCC_DATA_KEYS: each key is id:base64 (id of 1-20 letters)");
      }
      keys.put(parts[0], Base64.getDecoder().decode(parts[1].strip()));
    }
    return new PersonalDataCipher(keys);
  }

  /** {@code plaintext} sealed under the current key, bound to {@code context}; null stays null. */
  public String seal(String plaintext, String context) {
    if (plaintext == null) {
      return null;
    }
    try {
      byte[] iv = new byte[IV_BYTES];
      RANDOM.nextBytes(iv);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKeyId), new GCMParameterSpec(128, iv));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
      return PREFIX + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Could not encrypt personal data", e);
    }
  }

  /** Whether a stored value is sealed (rather than written before encryption). */
  public static boolean isSealed(String stored) {
    return stored != null && stored.startsWith(PREFIX);
  }

  /** The plaintext of a sealed value; a value that is not sealed is returned as it is. */
  public String open(String stored, String context) {
    if (!isSealed(stored)) {
      return stored;
    }
    String[] parts = stored.substring(PREFIX.length()).split(":", 2);
    SecretKeySpec key = parts.length == 2 ? keys.get(parts[0]) : null;
    if (key == null) {
      throw new IllegalStateException(
          "Personal data sealed with key "
              + (parts.length == 2 ? parts[0] : "?")
              + ", which TCC_DATA_KEYS no longer lists");
    }
    try {
      byte[] in = Base64.getDecoder().decode(parts[1]);
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, in, 0, IV_BYTES));
      cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
      return new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("Personal data could not be decrypted (altered or moved)", e);
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
