package vn.tcc.retention.api;

/**
 * How the module that keeps a class of files sends one up from a commune center to the provincial
 * center when a commune's reviewer chose it (Decision 502/QD-TTg: reviewed, extracted and
 * transmitted to the provincial center). The owning module implements it, one CDI bean per data
 * class it keeps as files, as it implements {@link RetentionSource}: retention decides and records
 * the chain of custody, the owner moves the bytes. A class without a target is kept as rows in the
 * one database, and moving it is a change of custody only.
 *
 * <p>The move: copy the file to the provincial store, read it back there and hash it; only when
 * that hash equals the one read at the commune is the item the province's (in the caller's
 * transaction), and the commune copy is removed once that transaction commits. A copy that does not
 * verify is removed and answered unverified; the commune copy stays and nothing changes.
 */
public interface TransferTarget {
  DataClass dataClass();

  /** Moves the item to the provincial center; idempotent for an item already there. */
  TransferReceipt toProvince(String itemId);

  /**
   * What the move did.
   *
   * @param sha256Before the SHA-256 of the bytes read at the commune, before the copy
   * @param sha256After the SHA-256 the provincial center computed from the bytes it holds now
   * @param fromPath where the file was at the commune center; {@code toPath} where it is now
   * @param detail why it did not verify (or that it was already there), else null
   */
  record TransferReceipt(
      String itemId,
      boolean verified,
      String sha256Before,
      String sha256After,
      long bytes,
      String fromPath,
      String toPath,
      String detail) {

    public boolean matches() {
      return verified && sha256Before != null && sha256Before.equals(sha256After);
    }
  }
}
