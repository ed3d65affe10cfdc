package vn.tcc.vms.api;

/** A camera's state as one VMS poll saw it. */
public enum VmsCameraState {
  ONLINE,
  OFFLINE,
  DEGRADED,
  UNKNOWN
}
