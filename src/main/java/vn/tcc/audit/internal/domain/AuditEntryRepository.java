package vn.tcc.audit.internal.domain;

import java.util.List;

/** Storage of the trail: append, read back in order, and search for the auditor's list. */
public interface AuditEntryRepository {
  /**
   * Appends entries, in order, after the chain's last one: takes the chain's lock until the
   * transaction ends, so appends form one line. The sequence numbers in {@code contents} are
   * ignored; the chain gives them.
   */
  void appendToChain(List<AuditEntryContent> contents);

  /** Entries with seq greater than {@code afterSeq}, in order, at most {@code limit}. */
  List<AuditEntry> batchAfter(long afterSeq, int limit);

  List<AuditEntryView> search(AuditSearch search, int offset, int limit);

  long count(AuditSearch search);
}
