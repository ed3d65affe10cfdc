package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.domain.RetentionCalendar;
import vn.tcc.retention.internal.domain.RetentionPolicy;
import vn.tcc.shared.security.Caller;

/**
 * What retention says about one camera, for the camera's page: how far back its recordings are kept
 * (the VMS recording policy in force today at its commune's center, or the province's for a camera
 * of the province) and the holds on its footage.
 *
 * <p>The window is the any-owner policy's: the camera registry's api does not say the camera's
 * owner type, and a policy for one owner type would change the window only for such cameras.
 */
@ApplicationScoped
public class CameraRetention {
  private CameraDirectory cameras;
  private PolicyAdministration policies;
  private HoldAdministration holds;
  private Clock clock;

  CameraRetention() {}

  @Inject
  CameraRetention(
      CameraDirectory cameras,
      PolicyAdministration policies,
      HoldAdministration holds,
      Clock clock) {
    this.cameras = cameras;
    this.policies = policies;
    this.holds = holds;
    this.clock = clock;
  }

  /**
   * A camera's recording window: footage whose recording ended on {@code oldestDay} or later is
   * still kept; null fields when no policy covers the recordings (kept indefinitely).
   */
  public record Panel(
      String cameraCode,
      StorageLevel level,
      String period,
      LocalDate oldestDay,
      LocalDate today,
      String legalBasis,
      List<HoldView> holds) {}

  /** The panel, or empty when the camera is unknown or not the caller's to see. */
  public Optional<Panel> of(Caller caller, String cameraCode) {
    if (!RetentionRoles.has(caller, RetentionRoles.HOLD_READERS)
        || cameraCode == null
        || cameraCode.isBlank()
        || cameraCode.length() > 64) {
      return Optional.empty();
    }
    CameraReference camera = cameras.byCodes(List.of(cameraCode)).get(cameraCode);
    if (camera == null || !caller.mayAccess(camera.jurisdiction())) {
      return Optional.empty();
    }
    StorageLevel level =
        camera.jurisdiction().isProvince()
            ? StorageLevel.PROVINCIAL_CENTER
            : StorageLevel.COMMUNE_CENTER;
    LocalDate today = RetentionCalendar.day(clock.instant());
    Optional<RetentionPolicy> policy = policies.inForceToday(DataClass.VMS_RECORDING, level);
    Period period = policy.map(RetentionPolicy::period).orElse(null);
    return Optional.of(
        new Panel(
            camera.code(),
            level,
            period == null ? null : period.toString(),
            // Kept through start + period: footage that ended on today − period is kept today.
            period == null ? null : today.minus(period),
            today,
            policy.map(RetentionPolicy::legalBasis).orElse(null),
            holds.onCamera(caller, camera.code())));
  }
}
