package vn.tcc.audit.internal.domain;

/** Walks entries in sequence order and stops at the first one that does not verify. */
public final class ChainVerifier {
  private long checked;
  private long expectedSeq = 1;
  private String previousHash = AuditChain.GENESIS;
  private ChainVerification broken;

  /** Feeds the next entry; answers false once a broken link has been found. */
  public boolean accept(AuditEntry entry) {
    if (broken != null) {
      return false;
    }
    checked++;
    if (entry.seq() != expectedSeq) {
      broken = new ChainVerification(checked, expectedSeq, ChainVerification.Problem.ENTRY_MISSING);
      return false;
    }
    if (!AuditChain.hash(entry.prevHash(), entry.content()).equals(entry.hash())) {
      broken =
          new ChainVerification(checked, entry.seq(), ChainVerification.Problem.CONTENT_ALTERED);
      return false;
    }
    if (!entry.prevHash().equals(previousHash)) {
      broken = new ChainVerification(checked, entry.seq(), ChainVerification.Problem.LINK_BROKEN);
      return false;
    }
    previousHash = entry.hash();
    expectedSeq++;
    return true;
  }

  public ChainVerification result() {
    return broken != null ? broken : new ChainVerification(checked, null, null);
  }
}
