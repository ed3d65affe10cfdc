package vn.tcc.vms.internal.domain;

import java.time.Instant;
import java.util.Set;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.OfflineAlerts;

public interface OfflineAlertRepository extends OfflineAlerts {
  Set<String> openFor(Set<String> cameraCodes);

  void raise(String cameraCode, JurisdictionCode jurisdiction, Instant offlineSince, Instant at);

  void resolve(Set<String> cameraCodes, Instant at);
}
