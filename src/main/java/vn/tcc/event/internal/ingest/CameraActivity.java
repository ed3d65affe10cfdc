package vn.tcc.event.internal.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.event.api.AcceptedEvent;
import vn.tcc.event.api.EventsHandedOver;

/** Tells the registry when each camera last sent an event (shown with its live health). */
@ApplicationScoped
public class CameraActivity {
  @Inject CameraDirectory cameras;

  void onHandedOver(@Observes EventsHandedOver handedOver) {
    Map<String, Instant> latest = new HashMap<>();
    for (AcceptedEvent event : handedOver.events()) {
      latest.merge(
          event.cameraCode(), event.occurredAt().toInstant(), (a, b) -> a.isAfter(b) ? a : b);
    }
    cameras.recordLatestEvents(latest);
  }
}
