package vn.tcc.camera.api;

import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** The cameras in service inside a scope, for the operators' video wall. */
public interface WatchableCameras {
  /** In service inside {@code scope}, linked ones first, then by code; at most {@code limit}. */
  List<WatchableCamera> inScope(JurisdictionCode scope, int limit);
}
