package vn.tcc.sharing.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The command room's incidents as the outside consumers' feed may see them, implemented by the
 * command module (it uses sharing, so sharing cannot use it): kinds, places and times only. An
 * incident's people (who took it, who closed it), notes and evidence are not in {@link
 * FeedIncident} at all, so no profile can ever let them leave.
 */
public interface IncidentFeedSource {
  /** Incidents with an id above {@code afterId}, by id, at most {@code limit}. */
  List<FeedIncident> after(long afterId, int limit);

  /**
   * One incident as it may leave TCC. {@code address} is the camera's place (a road, a crossing),
   * not a person's.
   */
  record FeedIncident(
      long id,
      String type,
      String severity,
      String cameraCode,
      String commune,
      BigDecimal latitude,
      BigDecimal longitude,
      String address,
      Instant occurredAt,
      Instant openedAt,
      String state,
      Instant closedAt,
      String outcome) {}
}
