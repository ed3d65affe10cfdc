package vn.tcc.event.internal.ingest;

/**
 * Fired inside the accepting transaction when it stored events of an urgent type; observed after it
 * commits ({@link UrgentWakeUp}) so the urgent lane's worker starts at once instead of at its next
 * tick.
 */
public record UrgentEventsAccepted(int count) {}
