package vn.tcc.retention.internal.domain;

import java.time.Instant;
import java.util.List;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.DeletionOutcome;
import vn.tcc.retention.api.StorageLevel;

/** The content of a scheduled run's record with two items, for the deletion-record tests. */
public final class SampleRecordContent {
  private SampleRecordContent() {}

  public static final String BASIS =
      "Thông tư 67/2024/TT-BCA: việc xóa phải lập biên bản có chữ ký.";

  public static DeletionRecordContent content() {
    return new DeletionRecordContent(
        42,
        false,
        "system:retention",
        "supervisor",
        Instant.parse("2026-04-01T17:00:00Z"),
        Instant.parse("2026-04-01T17:03:12.345Z"),
        List.of(
            new DeletedItem(
                DataClass.VIOLATION_EVIDENCE,
                "ab12",
                StorageLevel.PROVINCIAL_CENTER,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                123_456,
                3,
                BASIS,
                DeletionOutcome.Result.DELETED,
                null),
            new DeletedItem(
                DataClass.VMS_RECORDING,
                "zm-1:77",
                StorageLevel.COMMUNE_CENTER,
                null,
                9_000_000,
                1,
                BASIS,
                DeletionOutcome.Result.LOCKED,
                "ZoneMinder: archived")));
  }
}
