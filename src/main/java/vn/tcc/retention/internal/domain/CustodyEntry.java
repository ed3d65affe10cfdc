package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.util.Objects;
import vn.tcc.retention.api.DataClass;

/**
 * One link of an item's chain of custody: it left {@code fromLocation} and arrived at {@code
 * toLocation}, moved by a person in a transfer. For a file both hashes are given and equal: the one
 * read at the commune before the copy, the one the provincial center computed from the bytes it
 * holds. A row in the one database (a closed case) changes custody without bytes to hash.
 */
public record CustodyEntry(
    Long id,
    long transferId,
    long reviewItemId,
    DataClass dataClass,
    String itemId,
    String fromLocation,
    String toLocation,
    String fromPath,
    String toPath,
    String sha256Before,
    String sha256After,
    long bytes,
    String movedBy,
    Instant movedAt) {
  public CustodyEntry {
    Objects.requireNonNull(dataClass, "dataClass");
    Objects.requireNonNull(itemId, "itemId");
    Objects.requireNonNull(movedAt, "movedAt");
    if ((sha256Before == null) != (sha256After == null)
        || (sha256Before != null && !sha256Before.equals(sha256After))) {
      // The transfer refuses a copy that does not verify; such a link is never written.
      throw new IllegalArgumentException("Custody of an unverified copy: " + itemId);
    }
  }
}
