package vn.tcc.retention.api;

/**
 * Where in the hierarchy data is stored (Decision 502/QD-TTg): commune centers keep data for a
 * limited period, then review it and send what matters to the provincial center, which keeps it
 * long-term.
 */
public enum StorageLevel {
  /** A commune-level police camera center. */
  COMMUNE_CENTER,
  /** The provincial police camera center (Command Information Center). */
  PROVINCIAL_CENTER
}
