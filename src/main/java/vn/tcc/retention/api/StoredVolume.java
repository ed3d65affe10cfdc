package vn.tcc.retention.api;

import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** How many items and bytes of a class are stored at a level in a jurisdiction. */
public record StoredVolume(
    DataClass dataClass,
    StorageLevel level,
    JurisdictionCode jurisdiction,
    long items,
    long bytes) {}
