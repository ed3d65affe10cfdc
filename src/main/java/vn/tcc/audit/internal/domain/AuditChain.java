package vn.tcc.audit.internal.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The hash chain's arithmetic: each entry's hash is SHA-256 over the previous entry's hash and the
 * entry's own content, so changing, removing or reordering any row breaks every link after it.
 */
public final class AuditChain {
  /** The "previous hash" of the first entry. */
  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  public static String hash(String prevHash, AuditEntryContent c) {
    StringBuilder canonical = new StringBuilder(512);
    // Length-prefixed fields: no value can be shifted into its neighbour without changing the hash.
    append(canonical, prevHash);
    append(canonical, Long.toString(c.seq()));
    append(canonical, c.occurredAt() == null ? null : c.occurredAt().toString());
    append(canonical, c.actor());
    append(canonical, c.actorKind());
    append(canonical, c.action());
    append(canonical, c.objectType());
    append(canonical, c.objectId());
    append(canonical, c.jurisdiction());
    append(canonical, c.purpose());
    append(canonical, Boolean.toString(c.personalData()));
    append(canonical, c.outcome());
    append(canonical, c.clientAddress());
    append(canonical, c.requestId());
    append(canonical, c.details());
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by the Java platform", e);
    }
  }

  /** PostgreSQL keeps microseconds; hashing a finer instant would not survive a round trip. */
  public static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  private static void append(StringBuilder out, String value) {
    if (value == null) {
      out.append("-1:");
    } else {
      out.append(value.length()).append(':').append(value);
    }
    out.append('|');
  }
}
