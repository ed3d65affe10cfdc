package vn.tcc.camera.api;

import java.time.Instant;

/** What one VMS poll said of one camera; {@code detail} is the VMS's own words. */
public record HealthReading(String code, CameraHealth health, Instant lastSeen, String detail) {}
