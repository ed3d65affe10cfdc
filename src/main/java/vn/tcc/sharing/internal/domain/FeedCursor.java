package vn.tcc.sharing.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The opaque position a consumer hands back to get the next page: the position's parts (e.g. the
 * last camera code) in base64url, a dot, and an HMAC-SHA256 (first 16 bytes) over them bound to the
 * consumer and the data class. A cursor changed by hand, made for another consumer or another
 * class, or from another key is refused, so a consumer cannot steer the query with made-up
 * positions; positions are not secret (a code, an event id), only unforgeable.
 */
public final class FeedCursor {
  /** Longer than any cursor TCC makes: anything longer is refused before decoding. */
  public static final int MAX_LENGTH = 400;

  private static final int MAC_BYTES = 16;
  private static final String SEPARATOR = "|";
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  private final SecretKeySpec key;

  public FeedCursor(byte[] key) {
    if (key == null || key.length < 16) {
      throw new IllegalArgumentException("A cursor key needs at least 16 bytes");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
  }

  /** The cursor for these parts; a part may not contain {@value #SEPARATOR}. */
  public String encode(String consumer, FeedDataClass dataClass, List<String> parts) {
    for (String part : parts) {
      if (part == null || part.contains(SEPARATOR)) {
        throw new IllegalArgumentException("A cursor part cannot be null or hold a separator");
      }
    }
    byte[] payload = String.join(SEPARATOR, parts).getBytes(StandardCharsets.UTF_8);
    return ENCODER.encodeToString(payload)
        + "."
        + ENCODER.encodeToString(mac(consumer, dataClass, payload));
  }

  /** The parts of a cursor TCC made for this consumer and class; empty for anything else. */
  public Optional<List<String>> decode(String consumer, FeedDataClass dataClass, String cursor) {
    if (cursor == null || cursor.isEmpty() || cursor.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int dot = cursor.indexOf('.');
    if (dot < 0 || dot != cursor.lastIndexOf('.')) {
      return Optional.empty();
    }
    byte[] payload;
    byte[] given;
    try {
      payload = DECODER.decode(cursor.substring(0, dot));
      given = DECODER.decode(cursor.substring(dot + 1));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(given, mac(consumer, dataClass, payload))) {
      return Optional.empty();
    }
    return Optional.of(
        List.of(new String(payload, StandardCharsets.UTF_8).split("\\" + SEPARATOR, -1)));
  }

  private byte[] mac(String consumer, FeedDataClass dataClass, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(
          ("tcc-feed-v1\n" + consumer + "\n" + dataClass.name() + "\n")
              .getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
