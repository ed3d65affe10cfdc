package vn.tcc.jurisdiction.api;

import java.util.List;
import java.util.Optional;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** Looks up jurisdictions: names for display and the communes/wards inside a province. */
public interface JurisdictionDirectory {
  Optional<JurisdictionSummary> find(JurisdictionCode code);

  /** The jurisdiction itself and every one inside it, province first, then by name. */
  List<JurisdictionSummary> within(JurisdictionCode code);

  /** The box around the province the code is in (a commune uses its province's); empty if unset. */
  Optional<JurisdictionBounds> provinceBounds(JurisdictionCode code);
}
