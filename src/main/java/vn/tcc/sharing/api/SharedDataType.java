package vn.tcc.sharing.api;

/** The kinds of a shared camera's data an agreement may cover. */
public enum SharedDataType {
  LIVE_VIEW,
  RECORDINGS,
  /** Violation and analytics events the camera's analysis produced. */
  EVENTS,
  SNAPSHOTS
}
