package vn.tcc.audit.internal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
  private static final Instant T0 = Instant.parse("2026-11-21T01:00:00.123456Z");

  @Test
  void an_untouched_chain_verifies() {
    ChainVerification result = verify(chain(5));
    assertTrue(result.intact());
    assertEquals(5, result.checked());
  }

  @Test
  void an_empty_chain_verifies() {
    assertTrue(verify(List.of()).intact());
  }

  @Test
  void an_altered_field_is_found_at_its_entry() throws Exception {
    List<AuditEntry> entries = chain(5);
    set(entries.get(2), "actor", "someone-else");
    ChainVerification result = verify(entries);
    assertFalse(result.intact());
    assertEquals(3L, result.firstBrokenSeq());
    assertEquals(ChainVerification.Problem.CONTENT_ALTERED, result.problem());
  }

  @Test
  void a_removed_entry_is_found() {
    List<AuditEntry> entries = chain(5);
    entries.remove(3);
    ChainVerification result = verify(entries);
    assertEquals(4L, result.firstBrokenSeq());
    assertEquals(ChainVerification.Problem.ENTRY_MISSING, result.problem());
  }

  @Test
  void an_entry_rewritten_with_a_fresh_hash_still_breaks_the_link() throws Exception {
    List<AuditEntry> entries = chain(4);
    AuditEntry victim = entries.get(1);
    // An intruder who recomputes the row's own hash cannot also fix the next row's link.
    set(victim, "action", "NOTHING_TO_SEE");
    set(victim, "hash", AuditChain.hash(victim.prevHash(), victim.content()));
    ChainVerification result = verify(entries);
    assertEquals(3L, result.firstBrokenSeq());
    assertEquals(ChainVerification.Problem.LINK_BROKEN, result.problem());
  }

  @Test
  void every_field_takes_part_in_the_hash() {
    AuditEntryContent base = content(1, "officer", null);
    String hash = AuditChain.hash(AuditChain.GENESIS, base);
    assertNotEquals(hash, AuditChain.hash(AuditChain.GENESIS, content(1, "officer", "x")));
    assertNotEquals(hash, AuditChain.hash("1".repeat(64), base));
    // Moving text between neighbouring fields changes the hash too.
    AuditEntryContent a = withObject(base, "ab", "c");
    AuditEntryContent b = withObject(base, "a", "bc");
    assertNotEquals(AuditChain.hash(AuditChain.GENESIS, a), AuditChain.hash(AuditChain.GENESIS, b));
  }

  @Test
  void stored_times_keep_microseconds_only() {
    assertEquals(
        Instant.parse("2026-11-21T01:00:00.123456Z"),
        AuditChain.storable(Instant.parse("2026-11-21T01:00:00.123456789Z")));
  }

  private static ChainVerification verify(List<AuditEntry> entries) {
    ChainVerifier verifier = new ChainVerifier();
    for (AuditEntry entry : entries) {
      if (!verifier.accept(entry)) {
        break;
      }
    }
    return verifier.result();
  }

  private static List<AuditEntry> chain(int length) {
    List<AuditEntry> entries = new ArrayList<>();
    String prev = AuditChain.GENESIS;
    for (int seq = 1; seq <= length; seq++) {
      AuditEntry entry = new AuditEntry(content(seq, "officer", "d" + seq), prev);
      entries.add(entry);
      prev = entry.hash();
    }
    return entries;
  }

  private static AuditEntryContent content(long seq, String actor, String details) {
    return new AuditEntryContent(
        seq,
        T0.plusSeconds(seq),
        actor,
        "USER",
        "SIGN_IN",
        "user",
        actor,
        "GL.QUY_NHON",
        null,
        false,
        "SUCCESS",
        "127.0.0.1",
        "req-" + seq,
        details);
  }

  private static AuditEntryContent withObject(AuditEntryContent c, String type, String id) {
    return new AuditEntryContent(
        c.seq(),
        c.occurredAt(),
        c.actor(),
        c.actorKind(),
        c.action(),
        type,
        id,
        c.jurisdiction(),
        c.purpose(),
        c.personalData(),
        c.outcome(),
        c.clientAddress(),
        c.requestId(),
        c.details());
  }

  private static void set(AuditEntry entry, String field, Object value) throws Exception {
    Field f = AuditEntry.class.getDeclaredField(field);
    f.setAccessible(true);
    f.set(entry, value);
  }
}
