package vn.tcc.event.internal.domain;

import java.time.Instant;

/** A file in the evidence store: its SHA-256 (taken at capture), type, size and capture. */
public record StoredEvidence(
    String sha256, String mediaType, long sizeBytes, Instant capturedAt, String capturedBy) {}
