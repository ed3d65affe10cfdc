package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The repository port of {@link Synthesis} (schema {@code reporting}) and the roll-up reads. */
public interface Syntheses {
  Optional<Synthesis> find(long id);

  /** Every version of a form's synthesis for a period, oldest first. */
  List<Synthesis> versions(String formCode, String periodKey);

  /** The newest versions first, at most {@code limit}; null filters are not applied. */
  List<Synthesis> list(String formCode, String periodKey, int limit);

  /** Stores a new synthesis with its units and lines; returns its id. */
  long create(Synthesis synthesis);

  /**
   * Saves state, steps, number, signature and (for a draft) the units and lines of a synthesis read
   * at {@link Synthesis#rowVersion()}.
   *
   * @throws ReportingRuleException 409 when someone saved it since
   */
  void save(Synthesis synthesis);

  /** The next number of the year's sequence (1, 2, …), taken in the caller's transaction. */
  int nextNumber(int year);

  /** The accepted submissions of a form for a period, each unit's number figures. */
  List<SynthesisRollUp.UnitFigures> accepted(String formCode, String periodKey);

  /** The totals the PPC last received for a period (its newest submitted synthesis), if any. */
  Optional<Map<String, BigDecimal>> submittedTotals(String formCode, String periodKey);

  /**
   * TCC's own province-wide figures a synthesis stored for a period ({@code
   * synthesis_line.tcc_figure}) and when they were taken (its build).
   */
  record StoredTccFigures(
      String periodKey, java.time.Instant takenAt, Map<String, BigDecimal> figures) {}

  /**
   * For each of these periods that has one, the most recently built synthesis (of any form, any
   * version) that stored TCC's figure for {@code required}: its TCC figures of the indicators
   * {@code required}, {@code codePrefix}… and {@code others}.
   */
  List<StoredTccFigures> storedTccFigures(
      List<String> periodKeys, String required, String codePrefix, List<String> others);

  /** Every unit's report on a form for these periods, with when it was first submitted. */
  List<Timeliness.Filing> filings(String formCode, List<String> periodKeys);
}
