package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Small forms for the tests. */
public final class Forms {
  private Forms() {}

  static Indicator integer(String code, String section, BigDecimal narrativeAbove) {
    return new Indicator(
        code,
        section,
        1,
        code,
        code,
        IndicatorType.INTEGER,
        "vụ",
        "cases",
        BigDecimal.ZERO,
        null,
        narrativeAbove,
        true);
  }

  static Indicator of(String code, IndicatorType type, boolean required) {
    return new Indicator(code, "A", 1, code, code, type, null, null, null, null, null, required);
  }

  /** A monthly form with DETECTED (narrative above 50 %), FINES (VND), RATE (%), NOTE (text). */
  public static ReportForm monthly() {
    return new ReportForm(
        7,
        "TEST_FORM",
        1,
        LocalDate.parse("2025-01-01"),
        "Biểu thử",
        "Test form",
        PeriodKind.MONTHLY,
        Set.of(UnitKind.COMMUNE_POLICE),
        List.of(
            new FormSection(
                "A",
                1,
                "Phần A",
                "Part A",
                List.of(
                    integer("DETECTED", "A", BigDecimal.valueOf(50)),
                    of("FINES", IndicatorType.MONEY_VND, true),
                    of("RATE", IndicatorType.PERCENT, false))),
            new FormSection(
                "B", 2, "Phần B", "Part B", List.of(of("NOTE", IndicatorType.TEXT, false)))));
  }

  public static ReportingUnit commune() {
    return new ReportingUnit(
        "CA.QUY_NHON",
        "Công an phường Quy Nhơn",
        "Quy Nhon ward police",
        UnitKind.COMMUNE_POLICE,
        new vn.tcc.shared.jurisdiction.JurisdictionCode("GL.QUY_NHON"));
  }
}
