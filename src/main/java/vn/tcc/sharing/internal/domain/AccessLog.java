package vn.tcc.sharing.internal.domain;

import java.util.List;

/** The append-only log of access checks on shared cameras (repository port). */
public interface AccessLog {
  void append(AccessLogEntry entry);

  /** Newest first; {@code providerId} null for every provider's. */
  List<AccessLogEntry> page(Long providerId, Long agreementId, int offset, int limit);

  long count(Long providerId, Long agreementId);
}
