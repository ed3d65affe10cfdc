package vn.tcc.command.internal.incident.application;

import java.util.List;

/**
 * Fired inside the transaction that opened incidents; observed after it commits ({@link
 * IncidentSignal}) to answer the operators waiting on the stream.
 */
public record IncidentsOpened(List<Long> ids) {
  public IncidentsOpened {
    ids = List.copyOf(ids);
  }
}
