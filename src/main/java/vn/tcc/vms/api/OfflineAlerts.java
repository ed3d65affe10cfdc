package vn.tcc.vms.api;

import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** Open offline alerts, for the dashboard and the command center. */
public interface OfflineAlerts {
  List<OfflineAlert> open(JurisdictionCode scope);
}
