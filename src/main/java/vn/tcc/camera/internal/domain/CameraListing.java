package vn.tcc.camera.internal.domain;

import java.util.List;
import java.util.stream.Stream;

/** Reads cameras for lists, maps, exports and tiles; always within the filter's scope. */
public interface CameraListing {
  long count(CameraFilter filter);

  List<CameraListRow> page(
      CameraFilter filter, CameraSort sort, boolean ascending, int offset, int limit);

  List<CameraMarker> markers(CameraFilter filter);

  /**
   * Every matching camera, read through a cursor in batches so memory stays bounded; needs a
   * transaction, and the stream must be closed.
   */
  Stream<CameraExportRow> stream(CameraFilter filter);

  CameraStatistics statistics(CameraFilter filter);
}
