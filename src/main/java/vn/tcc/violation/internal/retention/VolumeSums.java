package vn.tcc.violation.internal.retention;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.retention.api.CameraPlaces;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.violation.internal.domain.CaseRetentionStore.Volume;

/** Volumes counted per jurisdiction and camera, summed per storage level and jurisdiction. */
final class VolumeSums {
  private VolumeSums() {}

  static List<StoredVolume> of(
      DataClass dataClass, List<Volume> perCamera, CameraDirectory cameras) {
    CameraPlaces places =
        CameraPlaces.of(cameras, perCamera.stream().map(Volume::cameraCode).toList());
    return of(dataClass, perCamera, places);
  }

  /** Rows without a readable jurisdiction (a client's malformed one) are not counted anywhere. */
  static List<StoredVolume> of(DataClass dataClass, List<Volume> perCamera, CameraPlaces places) {
    Map<String, StoredVolume> summed = new TreeMap<>();
    for (Volume volume : perCamera) {
      if (volume.jurisdiction() == null) {
        continue;
      }
      StorageLevel level = places.level(volume.cameraCode());
      String key = level + "/" + volume.jurisdiction().value();
      StoredVolume before = summed.get(key);
      summed.put(
          key,
          new StoredVolume(
              dataClass,
              level,
              volume.jurisdiction(),
              volume.items() + (before == null ? 0 : before.items()),
              volume.bytes() + (before == null ? 0 : before.bytes())));
    }
    return List.copyOf(summed.values());
  }
}
