package vn.tcc.camera.internal.domain;

import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** Sites of the camera hierarchy. */
public interface SiteRepository {
  Optional<Site> findByCode(String code);

  /** Sites in the jurisdiction and, for a province, in all its communes. */
  List<Site> within(JurisdictionCode jurisdiction);

  void add(Site site);
}
