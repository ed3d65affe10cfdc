package vn.tcc.audit.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import vn.tcc.audit.internal.domain.AuditEntryRepository;
import vn.tcc.audit.internal.domain.AuditEntryView;
import vn.tcc.audit.internal.domain.AuditSearch;
import vn.tcc.shared.security.Caller;

/**
 * The auditor's reads of the trail, limited to his jurisdiction: a province auditor sees every row,
 * a commune auditor only his commune's.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AuditQueries {
  @Inject AuditEntryRepository entries;

  public List<AuditEntryView> page(Caller viewer, AuditSearch search, int offset, int limit) {
    return entries.search(scoped(viewer, search), offset, Math.min(limit, 500));
  }

  public long count(Caller viewer, AuditSearch search) {
    return entries.count(scoped(viewer, search));
  }

  private static AuditSearch scoped(Caller viewer, AuditSearch s) {
    if (viewer.jurisdiction() == null) {
      throw new SecurityException("A caller without jurisdiction may not read the audit trail");
    }
    String scope = viewer.jurisdiction().isProvince() ? null : viewer.jurisdiction().value();
    return new AuditSearch(
        s.actor(), s.action(), s.objectType(), s.objectId(), s.outcome(), s.from(), s.to(), scope);
  }
}
