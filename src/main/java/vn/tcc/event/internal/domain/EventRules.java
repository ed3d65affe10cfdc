package vn.tcc.event.internal.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * What a well-formed event must also satisfy against the registry: its camera is registered, in
 * service and inside the sending client's jurisdiction, and it did not happen in the future.
 */
public final class EventRules {
  /** Clocks of field devices drift; more than this ahead of TCC's clock is not believed. */
  public static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(5);

  private EventRules() {}

  public static List<Reason> check(
      IncomingEvent event,
      CameraReference camera,
      JurisdictionCode clientJurisdiction,
      Instant now) {
    List<Reason> reasons = new ArrayList<>();
    if (camera == null) {
      reasons.add(Reason.of("cameraCode", "event.reason.camera.unknown", event.cameraCode()));
    } else if (!camera.inService()) {
      reasons.add(
          Reason.of("cameraCode", "event.reason.camera.decommissioned", event.cameraCode()));
    } else if (clientJurisdiction == null || !clientJurisdiction.covers(camera.jurisdiction())) {
      reasons.add(
          Reason.of(
              "cameraCode",
              "event.reason.camera.jurisdiction",
              event.cameraCode(),
              String.valueOf(clientJurisdiction)));
    }
    if (event.occurredAt().toInstant().isAfter(now.plus(FUTURE_TOLERANCE))) {
      reasons.add(
          Reason.of(
              "occurredAt",
              "event.reason.time.future",
              event.occurredAt().toString(),
              FUTURE_TOLERANCE.toMinutes()));
    }
    return reasons;
  }
}
