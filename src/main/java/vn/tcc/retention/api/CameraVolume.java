package vn.tcc.retention.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * What an owning module counts of one class for one camera in one jurisdiction: items and bytes.
 * {@link #sum} turns such counts into the {@link StoredVolume}s a {@link RetentionSource} reports,
 * per storage level (the camera's keeping center) and jurisdiction.
 */
public record CameraVolume(
    JurisdictionCode jurisdiction, String cameraCode, long items, long bytes) {

  /** Rows without a readable jurisdiction (a client's malformed one) are not counted anywhere. */
  public static List<StoredVolume> sum(
      DataClass dataClass, List<CameraVolume> perCamera, CameraDirectory cameras) {
    CameraPlaces places =
        CameraPlaces.of(cameras, perCamera.stream().map(CameraVolume::cameraCode).toList());
    Map<String, StoredVolume> summed = new TreeMap<>();
    for (CameraVolume volume : perCamera) {
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
