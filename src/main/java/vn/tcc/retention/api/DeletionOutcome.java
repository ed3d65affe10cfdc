package vn.tcc.retention.api;

/**
 * What became of one item a purge asked to delete.
 *
 * @param detail why an item was not deleted (the VMS's answer), or what was deleted
 */
public record DeletionOutcome(String itemId, Result result, String detail) {
  public enum Result {
    /** Deleted now. */
    DELETED,
    /** Already gone (an earlier attempt of the same run, or the store overwrote it). */
    ALREADY_GONE,
    /** The store keeps it locked (e.g. a recording archived in the VMS as evidence). */
    LOCKED,
    /** The store cannot delete it (a VMS without that operation). */
    UNSUPPORTED,
    /** The store failed; the item is left and tried again by the next run. */
    FAILED
  }

  public static DeletionOutcome deleted(String itemId) {
    return new DeletionOutcome(itemId, Result.DELETED, null);
  }

  public static DeletionOutcome alreadyGone(String itemId) {
    return new DeletionOutcome(itemId, Result.ALREADY_GONE, null);
  }

  public boolean isGone() {
    return result == Result.DELETED || result == Result.ALREADY_GONE;
  }
}
