package vn.tcc.reporting.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.tcc.reporting.internal.domain.Letterhead;
import vn.tcc.reporting.internal.domain.SumRule;

class ReportingSettingsLetterheadTest {
  @Test
  void the_synthesis_sender_signer_and_number_suffix_default_to_todays_values() {
    Letterhead letterhead = new ReportingSettings(name -> null).letterhead();
    assertEquals(Letterhead.DEFAULT, letterhead);
    assertEquals("12/BC-CAT", letterhead.number(12));
    assertEquals("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC", letterhead.signerTitle());
  }

  @Test
  void the_deployment_sets_them_and_a_value_that_does_not_fit_falls_back() {
    Map<String, String> env =
        Map.of(
            "TCC_REPORT_SUPERIOR", " CÔNG AN TỈNH KON TUM ",
            "TCC_REPORT_ISSUING_BODY", "Phòng Tham mưu",
            "TCC_REPORT_SIGNER_TITLE", "TL. GIÁM ĐỐC | TRƯỞNG PHÒNG",
            "TCC_REPORT_NUMBER_SUFFIX", "BC-PV01");
    Letterhead letterhead = new ReportingSettings(env::get).letterhead();
    assertEquals("CÔNG AN TỈNH KON TUM", letterhead.superior());
    assertEquals("Phòng Tham mưu", letterhead.issuingBody());
    assertEquals("TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG", letterhead.signerTitle());
    assertEquals("3/BC-PV01", letterhead.number(3));

    Map<String, String> hostile =
        Map.of(
            "TCC_REPORT_NUMBER_SUFFIX", "bc/../x",
            "TCC_REPORT_ISSUING_BODY", "x".repeat(100_000),
            "TCC_REPORT_SUPERIOR", "A\u0000B");
    Letterhead fallback = new ReportingSettings(hostile::get).letterhead();
    assertEquals(Letterhead.DEFAULT, fallback);
  }

  @Test
  void a_total_no_source_computes_is_pre_filled_as_the_sum_of_its_parts() {
    var form =
        new vn.tcc.reporting.internal.domain.ReportForm(
            1,
            "F",
            1,
            java.time.LocalDate.parse("2025-01-01"),
            "T",
            "T",
            vn.tcc.reporting.internal.domain.PeriodKind.QUARTERLY,
            java.util.Set.of(vn.tcc.reporting.internal.domain.UnitKind.COMMUNE_POLICE),
            List.of(),
            List.of(
                new SumRule("DP.LOOKUPS", List.of("DP.LOOKUPS.A", "DP.LOOKUPS.B")),
                new SumRule("OTHER", List.of("DP.LOOKUPS.A", "MISSING"))));
    Map<String, BigDecimal> figures =
        FigureSources.withTotals(
            form, Map.of("DP.LOOKUPS.A", BigDecimal.valueOf(3), "DP.LOOKUPS.B", BigDecimal.TEN));
    assertEquals(BigDecimal.valueOf(13), figures.get("DP.LOOKUPS"));
    assertEquals(null, figures.get("OTHER"), "a part has no figure: the total is typed");
    assertEquals(
        BigDecimal.ONE,
        FigureSources.withTotals(
                form,
                Map.of(
                    "DP.LOOKUPS", BigDecimal.ONE,
                    "DP.LOOKUPS.A", BigDecimal.valueOf(3),
                    "DP.LOOKUPS.B", BigDecimal.TEN))
            .get("DP.LOOKUPS"),
        "a computed total is kept as computed");
  }
}
