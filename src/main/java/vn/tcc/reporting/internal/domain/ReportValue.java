package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One figure (or text answer) of a submission, with where it comes from: TCC's computed figure is
 * kept beside a correction, so the reviewer sees both and the reason.
 *
 * @param number the figure, for number indicators; null when not given
 * @param text the answer, for text indicators
 * @param prefilled TCC's computed figure, or null when TCC has none
 * @param correctionReason why the unit changed TCC's figure (only for {@link
 *     ValueSource#CORRECTED})
 * @param narrative the unit's explanation of the figure (required when it moves beyond the
 *     indicator's threshold)
 */
public record ReportValue(
    String indicatorCode,
    BigDecimal number,
    String text,
    ValueSource source,
    BigDecimal prefilled,
    String correctionReason,
    String narrative,
    String updatedBy,
    Instant updatedAt) {

  public boolean isEmpty() {
    return number == null && (text == null || text.isBlank());
  }
}
