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
  /**
   * Incidents opened or changed after the change {@code afterChange}, in the order of their
   * changes, at most {@code limit}: the feed's reader keeps the last change it got, so an incident
   * closed after he read it opened comes to him again with its new state.
   */
  List<Changed> changedAfter(long afterChange, int limit);

  /** An incident as its latest change left it, and that change's number. */
  record Changed(long change, FeedIncident incident) {}

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
