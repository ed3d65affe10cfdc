package vn.tcc.vms.api;

import java.util.List;

/** A handle on an export the VMS is preparing. */
public record VmsExport(String exportId, List<String> recordingIds) {
  public VmsExport {
    recordingIds = List.copyOf(recordingIds);
  }
}
