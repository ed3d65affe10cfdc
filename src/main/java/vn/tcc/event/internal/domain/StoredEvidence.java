package vn.tcc.event.internal.domain;

import java.time.Instant;
import vn.tcc.retention.api.StorageLevel;

/**
 * A file in the evidence store: its SHA-256 (taken at capture), type, size and capture, and where
 * it is kept: at a commune center (every file starts there) or, sent up after review, at the
 * provincial center.
 */
public record StoredEvidence(
    String sha256,
    String mediaType,
    long sizeBytes,
    Instant capturedAt,
    String capturedBy,
    StorageLevel location) {}
