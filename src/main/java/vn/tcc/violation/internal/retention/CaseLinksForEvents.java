package vn.tcc.violation.internal.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import vn.tcc.event.api.ViolationCaseLinks;
import vn.tcc.retention.api.CaseLink;
import vn.tcc.violation.internal.domain.CaseRetentionStore;

/** The event module's question "which cases hold these events, and where do they stand?". */
@ApplicationScoped
public class CaseLinksForEvents implements ViolationCaseLinks {
  @Inject CaseRetentionStore store;

  @Override
  public Map<Long, CaseLink> casesOf(Collection<Long> eventIds) {
    Map<Long, CaseLink> links = new HashMap<>();
    for (CaseRetentionStore.EventCase found : store.casesOfEvents(eventIds)) {
      links.put(
          found.eventId(),
          CaseStandings.of(
              found.caseNumber(), found.state(), found.escalatedFrom(), found.closedAt()));
    }
    return links;
  }
}
