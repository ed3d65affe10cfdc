package vn.tcc.retention.internal.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tcc.retention.api.CaseLink;

/**
 * The holds in force, filed by what they reach (case number, camera, agreement), so that a purge
 * walking millions of items asks only the few holds that could reach each one instead of every
 * hold: a map look-up per case, camera and agreement of the item. {@link HoldScope#reaches} still
 * decides; the index only leaves out holds that cannot.
 */
public final class HoldIndex {
  private final Map<String, List<LegalHold>> byCase = new HashMap<>();
  private final Map<String, List<LegalHold>> byCamera = new HashMap<>();
  private final Map<String, List<LegalHold>> byAgreement = new HashMap<>();
  private final int size;

  private HoldIndex(Collection<LegalHold> holds) {
    for (LegalHold hold : holds) {
      if (hold.scope() instanceof HoldScope.OfCase scope) {
        byCase.computeIfAbsent(scope.caseNumber(), k -> new ArrayList<>()).add(hold);
      } else if (hold.scope() instanceof HoldScope.OfCamera scope) {
        byCamera.computeIfAbsent(scope.cameraCode(), k -> new ArrayList<>()).add(hold);
      } else if (hold.scope() instanceof HoldScope.OfAgreement scope) {
        byAgreement.computeIfAbsent(scope.agreementId(), k -> new ArrayList<>()).add(hold);
      }
    }
    size = holds.size();
  }

  public static HoldIndex of(Collection<LegalHold> holds) {
    return new HoldIndex(holds);
  }

  public static HoldIndex empty() {
    return new HoldIndex(List.of());
  }

  /** The holds that may reach the item (usually none). */
  public List<LegalHold> mayReach(RetainedItem item) {
    if (size == 0) {
      return List.of();
    }
    List<LegalHold> found = null;
    for (CaseLink link : item.cases()) {
      found = add(found, byCase.get(link.caseNumber()));
    }
    if (item.cameraCode() != null) {
      found = add(found, byCamera.get(item.cameraCode()));
    }
    if (item.agreementId() != null) {
      found = add(found, byAgreement.get(item.agreementId()));
    }
    return found == null ? List.of() : found;
  }

  public int size() {
    return size;
  }

  private static List<LegalHold> add(List<LegalHold> found, List<LegalHold> more) {
    if (more == null) {
      return found;
    }
    List<LegalHold> all = found == null ? new ArrayList<>() : found;
    all.addAll(more);
    return all;
  }
}
