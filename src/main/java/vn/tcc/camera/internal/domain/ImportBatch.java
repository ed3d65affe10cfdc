package vn.tcc.camera.internal.domain;

import java.time.Instant;

/** A spreadsheet imported into the registry, recognised again by the SHA-256 of its bytes. */
public record ImportBatch(
    String fileName,
    String sha256,
    Instant importedAt,
    String importedBy,
    int rowsTotal,
    int created,
    int updated,
    int unchanged,
    int rejected) {}
