package vn.tcc.vms.internal.retention;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Comparator;

/**
 * Where a list of VMS recordings continues: a camera (by VMS and camera code, so cameras linked or
 * unlinked between two pages do not shift it), and on that camera the recordings done so far, all
 * those ending before {@code end} and those ending at {@code end} up to {@code recordingId} ({@link
 * #ALL} when every one ending then is done). Written {@code
 * ZM-1|GL-QN-0001|2026-03-01T00:00:00Z|42}.
 */
record RecordingCursor(String vmsCode, String cameraCode, Instant end, String recordingId) {
  /** Every recording ending at {@code end} is done. */
  static final String ALL = "*";

  /**
   * Recording ids in order: numeric ids (ZoneMinder's event ids) by their value, others as text; a
   * numeric id sorts before a text one.
   */
  static final Comparator<String> ID_ORDER =
      (a, b) -> {
        boolean numericA = a.matches("[0-9]{1,18}");
        boolean numericB = b.matches("[0-9]{1,18}");
        if (numericA && numericB) {
          return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (numericA != numericB) {
          return numericA ? -1 : 1;
        }
        return a.compareTo(b);
      };

  String encode() {
    return vmsCode + "|" + cameraCode + "|" + end + "|" + recordingId;
  }

  static RecordingCursor decode(String cursor) {
    if (cursor == null) {
      return null;
    }
    String[] parts = cursor.split("\\|", 4);
    if (parts.length != 4 || parts[0].isEmpty() || parts[1].isEmpty() || parts[3].isEmpty()) {
      throw new IllegalArgumentException("Not a recording cursor: " + cursor);
    }
    try {
      return new RecordingCursor(parts[0], parts[1], Instant.parse(parts[2]), parts[3]);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("Not a recording cursor: " + cursor, e);
    }
  }

  /** Whether a recording of this cursor's camera ending at {@code at} is still to come. */
  boolean isAfter(Instant at, String id) {
    int byTime = at.compareTo(end);
    if (byTime != 0) {
      return byTime > 0;
    }
    return !ALL.equals(recordingId) && ID_ORDER.compare(id, recordingId) > 0;
  }

  /** Whether the camera (vms, code) comes at or after this cursor's in the list's order. */
  int compareCamera(String otherVms, String otherCamera) {
    int byVms = otherVms.compareTo(vmsCode);
    return byVms != 0 ? byVms : otherCamera.compareTo(cameraCode);
  }
}
