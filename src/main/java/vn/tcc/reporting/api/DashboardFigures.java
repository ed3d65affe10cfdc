package vn.tcc.reporting.api;

import java.time.Instant;
import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * The headline figures of the reporting dashboard, from the modules that hold the data: the
 * violation module counts cases and payments per month, the camera registry counts cameras per
 * commune. Like {@link IndicatorSource}, reporting needs none of those modules: they implement this
 * port, and a module answers only the charts it knows (the others stay empty).
 */
public interface DashboardFigures {
  /**
   * A figure of one month (Vietnam's calendar month, {@code yyyy-MM}) and, where it has one, one
   * category (a violation type); null category for a total.
   */
  record MonthlyFigure(String month, String category, long value) {}

  /**
   * The cameras of one commune: installed (installed, operational, maintenance) and operational.
   */
  record CommuneCameras(
      String communeCode, String nameVi, String nameEn, long installed, long operational) {}

  /** Violations detected per month and detected type, in the area, occurred in [from, to). */
  default List<MonthlyFigure> violationsByTypeAndMonth(
      JurisdictionCode area, Instant from, Instant to) {
    return List.of();
  }

  /** Fines collected (VND, fine and late fee) per month of payment, in the area, in [from, to). */
  default List<MonthlyFigure> finesCollectedByMonth(
      JurisdictionCode area, Instant from, Instant to) {
    return List.of();
  }

  /** The cameras of every commune of the area that has any, as the registry holds them now. */
  default List<CommuneCameras> camerasByCommune(JurisdictionCode area) {
    return List.of();
  }
}
