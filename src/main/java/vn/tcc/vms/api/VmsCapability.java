package vn.tcc.vms.api;

/** What an adapter can do; the admin page shows them per connection. */
public enum VmsCapability {
  PING,
  LIST_CAMERAS,
  CAMERA_STATUS,
  LIVE_STREAM,
  LIVE_SNAPSHOT,
  RECORDED_SNAPSHOT,
  FIND_RECORDINGS,
  CLIP,
  EXPORT,
  PROTECT,
  DELETE,
  EVENTS,
  RAISE_EVENT,
  /** Replays a recording as a stream from a chosen time (the command room's playback). */
  PLAYBACK_STREAM
}
