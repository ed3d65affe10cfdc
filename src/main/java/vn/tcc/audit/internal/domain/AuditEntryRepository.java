package vn.tcc.audit.internal.domain;

import java.util.List;
import java.util.Optional;

/** Storage of the trail: append, read back in order, and search for the auditor's list. */
public interface AuditEntryRepository {
  /** Takes the chain's lock until the transaction ends, so appends form one line. */
  void lockChainForAppend();

  Optional<AuditEntry> last();

  void append(AuditEntry entry);

  /** Entries with seq greater than {@code afterSeq}, in order, at most {@code limit}. */
  List<AuditEntry> batchAfter(long afterSeq, int limit);

  List<AuditEntryView> search(AuditSearch search, int offset, int limit);

  long count(AuditSearch search);
}
