package vn.tcc.reporting.internal.domain;

import vn.tcc.shared.jurisdiction.JurisdictionCode;

/**
 * A unit that files periodic reports (đơn vị báo cáo). Units with a jurisdiction (commune police)
 * get the figures TCC holds for it pre-filled; the others type theirs.
 *
 * @param jurisdiction the area whose data TCC pre-fills, or null
 */
public record ReportingUnit(
    String code, String nameVi, String nameEn, UnitKind kind, JurisdictionCode jurisdiction) {

  public String name(boolean vietnamese) {
    return vietnamese ? nameVi : nameEn;
  }
}
