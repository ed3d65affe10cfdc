package vn.tcc.reporting.api;

import java.time.Instant;
import java.util.List;
import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * The headline figures of the reporting dashboard, from the modules that hold the data: the
 * violation module counts cases and payments per reporting month, the camera registry counts
 * cameras per commune. Like {@link IndicatorSource}, reporting needs none of those modules: they
 * implement this port, and a module answers only the charts it knows (the others stay empty).
 */
public interface DashboardFigures {
  /**
   * A figure of one reporting month ({@code yyyy-MM}: the month the period is named after, e.g.
   * 2026-11 for 15/10 → 14/11 under Decree 09) and, where it has one, one category (a violation
   * type); null category for a total.
   */
  record MonthlyFigure(String month, String category, long value) {}

  /**
   * A reporting month of the charts: its name ({@code yyyy-MM}) and its data's instants [from, to).
   * The periods a source is asked for follow one another without a gap, oldest first.
   */
  record Period(String month, Instant from, Instant to) {}

  /**
   * Which rows a figure counts, by the marks {@link #marks()} answered: those after {@code after}
   * and up to {@code upTo} (null: no bound). Reporting keeps the figures of the rows up to a mark
   * and counts only the rows added after it on later loads.
   */
  record Rows(List<Long> after, List<Long> upTo) {
    public static final Rows ALL = new Rows(null, null);
  }

  /**
   * The cameras of one commune: installed (installed, operational, maintenance) and operational.
   */
  record CommuneCameras(
      String communeCode, String nameVi, String nameEn, long installed, long operational) {}

  /** Violations detected per period and detected type, in the area, by when they occurred. */
  default List<MonthlyFigure> violationsByTypeAndPeriod(
      JurisdictionCode area, List<Period> periods, Rows rows) {
    return List.of();
  }

  /** Fines collected (VND, fine and late fee) per period of payment, in the area. */
  default List<MonthlyFigure> finesCollectedByPeriod(
      JurisdictionCode area, List<Period> periods, Rows rows) {
    return List.of();
  }

  /**
   * How far this module's rows go (e.g. the newest ids of the rows the charts count), to ask later
   * what was added since; empty when the module keeps no chart figures.
   */
  default List<Long> marks() {
    return List.of();
  }

  /**
   * The earliest instant at which the charts count any row added after {@code marks} (a case by
   * when it occurred, a payment by when it was paid), or null when none was: reporting keeps closed
   * months' figures and computes them again when a late row falls in one.
   */
  default Instant earliestAddedSince(List<Long> marks) {
    return null;
  }

  /** The cameras of every commune of the area that has any, as the registry holds them now. */
  default List<CommuneCameras> camerasByCommune(JurisdictionCode area) {
    return List.of();
  }
}
