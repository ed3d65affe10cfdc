package vn.tcc.vms.internal.linking;

/**
 * A camera of the VMS beside the registry: the registry camera linked to it, or the one whose code
 * matches its name (a suggestion the admin confirms).
 */
public record VmsCameraRow(
    String externalId,
    String name,
    boolean enabled,
    String streamUri,
    String linkedCameraCode,
    String suggestedCameraCode) {

  public boolean linked() {
    return linkedCameraCode != null;
  }
}
