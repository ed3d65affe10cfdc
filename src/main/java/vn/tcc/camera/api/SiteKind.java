package vn.tcc.camera.api;

/** The places of the camera hierarchy (Decision 502/QD-TTg, Project 8668). */
public enum SiteKind {
  /** Provincial police camera center, under the Command Information Center. */
  PROVINCIAL_CENTER,
  /** Commune-level police camera center. */
  COMMUNE_CENTER,
  /** Centralized connection point between cameras and a commune center. */
  CONNECTION_POINT,
  /** Server cluster at commune police, a station or a team that analyses camera video. */
  REGIONAL_SERVER_CLUSTER,
  /** Device that analyses video for cameras without built-in AI. */
  INTERMEDIATE_DEVICE
}
