package vn.tcc.reporting.internal.domain;

import java.util.List;
import java.util.Optional;

/** The port to the units that file reports. */
public interface ReportingUnits {
  Optional<ReportingUnit> find(String code);

  List<ReportingUnit> all();
}
