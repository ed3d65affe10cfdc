package vn.tcc.sharing.internal.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Which provider cameras a consumer may receive now: those an agreement covers that names the
 * consumer, is ACTIVE and whose term includes today (the term decides even before the expiry timer
 * has run). Asked on every page, so a revocation or expiry shows in the next one.
 */
public interface ConsumerCoverage {

  /**
   * @param events also require the agreement to cover the cameras' events (for event counts)
   * @return the codes among {@code cameraCodes} that may be delivered
   */
  Set<String> coveredNow(
      String consumer, Collection<String> cameraCodes, boolean events, LocalDate today);
}
