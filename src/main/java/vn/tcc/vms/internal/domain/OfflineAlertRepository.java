package vn.tcc.vms.internal.domain;

import java.time.Instant;
import java.util.Set;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.vms.api.OfflineAlerts;

/**
 * The offline alerts health polling keeps: one open alert per camera that stayed offline longer
 * than its VMS connection allows, resolved once a poll no longer reports it offline.
 */
public interface OfflineAlertRepository extends OfflineAlerts {
  Set<String> openFor(Set<String> cameraCodes);

  void raise(String cameraCode, JurisdictionCode jurisdiction, Instant offlineSince, Instant at);

  void resolve(Set<String> cameraCodes, Instant at);
}
