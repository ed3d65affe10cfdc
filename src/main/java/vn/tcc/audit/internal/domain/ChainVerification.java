package vn.tcc.audit.internal.domain;

/**
 * The result of walking the chain from the first entry: intact, or the first broken link and why.
 *
 * @param checked how many entries were checked
 * @param firstBrokenSeq the first entry that does not verify, or null when the chain is intact
 * @param problem what is wrong with it, or null
 */
public record ChainVerification(long checked, Long firstBrokenSeq, Problem problem)
    implements java.io.Serializable {

  public enum Problem {
    /** The entry's content does not match its own hash: the row was altered. */
    CONTENT_ALTERED,
    /**
     * The entry does not point at the hash of the entry before it: a row was removed or replaced.
     */
    LINK_BROKEN,
    /** A sequence number is missing: a row was removed. */
    ENTRY_MISSING
  }

  public boolean intact() {
    return firstBrokenSeq == null;
  }
}
