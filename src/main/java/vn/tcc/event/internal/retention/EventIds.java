package vn.tcc.event.internal.retention;

/** Event and quarantine entry ids as retention items carry them. */
final class EventIds {
  private EventIds() {}

  /** The id, or null for anything that is not one (an item of another source, a forged id). */
  static Long parse(String itemId) {
    return itemId != null && itemId.matches("[0-9]{1,18}") ? Long.valueOf(itemId) : null;
  }
}
