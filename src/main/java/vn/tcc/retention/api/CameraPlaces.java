package vn.tcc.retention.api;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import vn.tcc.camera.api.CameraCustody;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.api.SiteKind;

/**
 * Where a camera's data is kept, as retention sees it. TCC has one evidence store and one database,
 * run by the province; what it keeps of a camera analysed at a commune center is that commune's
 * data until it is reviewed and sent up (Decision 502/QD-TTg), so the level is the camera's keeping
 * center: {@link StorageLevel#COMMUNE_CENTER} when the nearest center above its analysis site is a
 * commune's, else the province's (also for a camera the registry does not know, or one with no
 * center above it: the province keeps what nobody else does).
 */
public final class CameraPlaces {
  private final Map<String, CameraCustody> custody;

  private CameraPlaces(Map<String, CameraCustody> custody) {
    this.custody = custody;
  }

  public static CameraPlaces of(CameraDirectory cameras, Collection<String> codes) {
    return new CameraPlaces(
        cameras.custodyOf(codes.stream().filter(Objects::nonNull).distinct().toList()));
  }

  public static StorageLevel levelOf(CameraCustody custody) {
    return custody != null && custody.keptAt() == SiteKind.COMMUNE_CENTER
        ? StorageLevel.COMMUNE_CENTER
        : StorageLevel.PROVINCIAL_CENTER;
  }

  public StorageLevel level(String cameraCode) {
    return levelOf(cameraCode == null ? null : custody.get(cameraCode));
  }

  public OwnerType ownerType(String cameraCode) {
    CameraCustody known = cameraCode == null ? null : custody.get(cameraCode);
    return known == null ? null : known.ownerType();
  }
}
