package vn.tcc.reporting.internal.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The port to the report forms (biểu mẫu) and their versions. */
public interface ReportForms {
  /** The version of each form in force on the day. */
  List<ReportForm> inForce(LocalDate day);

  /** The version of the form in force on the day. */
  Optional<ReportForm> inForce(String code, LocalDate day);

  Optional<ReportForm> byId(long id);
}
