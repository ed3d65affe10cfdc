package vn.tcc.camera.api;

import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** Reads the sites of the camera hierarchy. */
public interface SiteDirectory {
  /** Sites in the given jurisdiction and, for a province, in all its communes. */
  List<SiteSummary> sitesWithin(JurisdictionCode jurisdiction);
}
