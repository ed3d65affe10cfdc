package vn.tcc.vms.api;

import java.time.Instant;

/** A stretch of recorded video in the VMS (for ZoneMinder: an event). */
public record VmsRecording(
    String recordingId,
    String cameraExternalId,
    Instant start,
    Instant end,
    boolean protectedFromDeletion) {}
