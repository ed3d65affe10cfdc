package vn.tcc.camera.api;

import java.util.Collection;
import java.util.Map;

/**
 * Who owns each camera, by the owner's code: what the sharing module needs to let a provider share
 * his own cameras and no one else's.
 */
public interface CameraOwners {

  /** The owner's code of the registered cameras among these codes, by camera code. */
  Map<String, String> ownerCodesOf(Collection<String> cameraCodes);
}
