package vn.tcc.violation.internal.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** Counts over the cases of a jurisdiction, for the dashboard and the camera registry. */
public interface CaseStatistics {

  Map<String, Long> byState(JurisdictionCode scope);

  /** Open cases with a passed deadline. */
  long overdue(JurisdictionCode scope);

  /** Cases verified per day (Vietnam's calendar) over the last days, oldest first. */
  List<DayCount> verifiedPerDay(JurisdictionCode scope, int days);

  /** Cameras by their share of rejected (false) detections among decided cases. */
  List<CameraRate> falseDetections(JurisdictionCode scope, int limit);

  /** The same, for the cameras named; cameras without decided cases are left out. */
  Map<String, CameraRate> falseDetectionsOf(List<String> cameraCodes);

  /** Cases that happened in the period, per day (Vietnam's calendar) and violation type. */
  List<TypeDayCount> casesPerDay(JurisdictionCode scope, Instant from, Instant to);

  /** Cameras by false detections among the cases of the period, worst first. */
  List<CameraRate> falseDetections(JurisdictionCode scope, Instant from, Instant to, int limit);

  /** Fines per day of the period: the minimum assessed for the violations, and what was paid. */
  List<FineDay> finesPerDay(JurisdictionCode scope, Instant from, Instant to);

  record DayCount(LocalDate day, long count) {}

  /** The reviewers' type when they gave one, else the camera's. */
  record TypeDayCount(LocalDate day, String type, long count) {}

  record FineDay(LocalDate day, long assessedVnd, long paidVnd) {}

  /** Decided = verified or rejected by review; the rate is rejected / decided. */
  record CameraRate(String cameraCode, long rejected, long decided) {
    public double rate() {
      return decided == 0 ? 0 : (double) rejected / decided;
    }

    public String percent() {
      return String.format(java.util.Locale.ROOT, "%.1f", rate() * 100);
    }
  }
}
