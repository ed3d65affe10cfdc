package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import vn.tcc.camera.api.DetectionQuality;

/** The registry's false-detection rate, from the reviews of each camera's cases. */
@ApplicationScoped
public class CameraDetectionQuality implements DetectionQuality {
  @Inject CaseStatistics statistics;

  @Override
  public Optional<Rate> of(String cameraCode) {
    return Optional.ofNullable(statistics.falseDetectionsOf(List.of(cameraCode)).get(cameraCode))
        .map(rate -> new Rate(rate.rejected(), rate.decided()));
  }
}
