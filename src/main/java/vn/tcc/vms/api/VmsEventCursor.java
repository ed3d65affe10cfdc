package vn.tcc.vms.api;

/**
 * Where the last read of a VMS's events stopped: the last event id seen (VMS ids grow). Null id
 * means from the beginning.
 */
public record VmsEventCursor(String lastEventId) {
  public static final VmsEventCursor START = new VmsEventCursor(null);
}
