package vn.tcc.reporting.internal.domain;

import java.util.List;

/** A part of a report form (phần, mục) and its indicators in order. */
public record FormSection(
    String code, int position, String titleVi, String titleEn, List<Indicator> indicators) {
  public FormSection {
    indicators = List.copyOf(indicators);
  }

  public String title(boolean vietnamese) {
    return vietnamese ? titleVi : titleEn;
  }
}
