package vn.tcc.jurisdiction.api;

import vn.tcc.shared.jurisdiction.JurisdictionCode;

/** A province or commune/ward with its names in both languages. */
public record JurisdictionSummary(
    JurisdictionCode code, String kind, String nameVi, String nameEn, JurisdictionCode parent)
    implements java.io.Serializable {

  public String name(java.util.Locale locale) {
    return "en".equals(locale.getLanguage()) ? nameEn : nameVi;
  }
}
