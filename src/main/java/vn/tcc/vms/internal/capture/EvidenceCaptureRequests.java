package vn.tcc.vms.internal.capture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.EventsHandedOver;
import vn.tcc.vms.internal.domain.EvidenceCaptures;

/**
 * Every violation event from a camera linked to a VMS gets its evidence captured: queued in the
 * handover's transaction, so an event handed over always has its capture queued. Plate reads and
 * counts are not evidence of anything and are not fetched.
 */
@ApplicationScoped
public class EvidenceCaptureRequests {
  static final String REQUESTED_BY = "system:handover";

  @Inject EvidenceCaptures captures;
  @Inject CameraDirectory cameras;

  void onHandedOver(@Observes EventsHandedOver handedOver) {
    List<AcceptedEvent> violations =
        handedOver.events().stream().filter(event -> event.type().isViolation()).toList();
    if (violations.isEmpty()) {
      return;
    }
    Map<String, CameraReference> byCode =
        cameras.byCodes(violations.stream().map(AcceptedEvent::cameraCode).distinct().toList());
    List<Long> linked =
        violations.stream()
            .filter(
                event -> {
                  CameraReference camera = byCode.get(event.cameraCode());
                  return camera != null && camera.vmsCode() != null;
                })
            .map(AcceptedEvent::id)
            .toList();
    captures.request(linked, REQUESTED_BY);
  }
}
