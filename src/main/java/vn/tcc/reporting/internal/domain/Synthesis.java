package vn.tcc.reporting.internal.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The provincial synthesis (báo cáo tổng hợp) of one form for one period, one version of it: the
 * units' accepted submissions rolled up, built by a provincial supervisor, then:
 *
 * <pre>
 * DRAFT ──review──▶ REVIEWED ──approve──▶ APPROVED ──submit──▶ SUBMITTED (numbered, dated, signed)
 *   ▲ rebuild (figures taken again)
 * </pre>
 *
 * Four eyes: the leader who approves is a supervisor other than the one who prepared (built) it.
 * Only a draft's figures are taken again; from review on they are fixed, and once submitted the
 * synthesis is frozen for good: a correction is a new version (built from the units' reports as
 * they then stand) that states what changed from the last submitted one.
 */
public final class Synthesis {
  private final Long id;

  private final String formCode;
  private final long formId;
  private final String periodKey;
  private final int version;
  private SynthesisState state;
  private final long rowVersion;
  private Step prepared;
  private Step reviewed;
  private Step approved;
  private Step submitted;
  private String number;
  private LocalDate documentDate;
  private String signedContent;
  private byte[] signature;
  private String signerSubject;
  private String signerFingerprint;
  private String changes;
  private List<SynthesisUnit> units;
  private List<SynthesisLine> lines;

  /** Who took a step, and when. */
  public record Step(String actor, String actorName, Instant at) {}

  public Synthesis(
      Long id,
      String formCode,
      long formId,
      String periodKey,
      int version,
      SynthesisState state,
      long rowVersion,
      Step prepared,
      Step reviewed,
      Step approved,
      Step submitted,
      String number,
      LocalDate documentDate,
      String signedContent,
      byte[] signature,
      String signerSubject,
      String signerFingerprint,
      String changes,
      List<SynthesisUnit> units,
      List<SynthesisLine> lines) {
    this.id = id;
    this.formCode = formCode;
    this.formId = formId;
    this.periodKey = periodKey;
    this.version = version;
    this.state = state;
    this.rowVersion = rowVersion;
    this.prepared = prepared;
    this.reviewed = reviewed;
    this.approved = approved;
    this.submitted = submitted;
    this.number = number;
    this.documentDate = documentDate;
    this.signedContent = signedContent;
    this.signature = signature;
    this.signerSubject = signerSubject;
    this.signerFingerprint = signerFingerprint;
    this.changes = changes;
    this.units = List.copyOf(units);
    this.lines = List.copyOf(lines);
  }

  /** A new draft, version {@code version}, with the figures just rolled up. */
  public static Synthesis draft(
      ReportForm form,
      String periodKey,
      int version,
      List<SynthesisUnit> units,
      List<SynthesisLine> lines,
      String changes,
      Step prepared) {
    return new Synthesis(
        null,
        form.code(),
        form.id(),
        periodKey,
        version,
        SynthesisState.DRAFT,
        0,
        prepared,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        changes,
        units,
        lines);
  }

  /** Takes the figures again: only while a draft; the one who rebuilds it prepared it. */
  public void rebuild(
      List<SynthesisUnit> units, List<SynthesisLine> lines, String changes, Step by) {
    require(SynthesisState.DRAFT, "reporting.synthesis.notDraft");
    this.units = List.copyOf(units);
    this.lines = List.copyOf(lines);
    this.changes = changes;
    this.prepared = by;
  }

  public void review(Step by) {
    require(SynthesisState.DRAFT, "reporting.synthesis.notDraft");
    if (units.isEmpty()) {
      throw ReportingRuleException.conflict("reporting.synthesis.empty");
    }
    this.reviewed = by;
    this.state = SynthesisState.REVIEWED;
  }

  /** The leader approves a reviewed synthesis; not the supervisor who prepared it. */
  public void approve(Step by) {
    require(SynthesisState.REVIEWED, "reporting.synthesis.notReviewed");
    if (by.actor().equals(prepared.actor())) {
      throw ReportingRuleException.conflict("reporting.synthesis.fourEyes");
    }
    this.approved = by;
    this.state = SynthesisState.APPROVED;
  }

  /**
   * Sends it to the PPC: the number and date it is given, and the signature over {@link
   * #canonicalText} of exactly these.
   */
  public void submit(
      String number,
      LocalDate date,
      String content,
      byte[] signature,
      String signerSubject,
      String signerFingerprint,
      Step by) {
    require(SynthesisState.APPROVED, "reporting.synthesis.notApproved");
    this.number = number;
    this.documentDate = date;
    this.signedContent = content;
    this.signature = signature.clone();
    this.signerSubject = signerSubject;
    this.signerFingerprint = signerFingerprint;
    this.submitted = by;
    this.state = SynthesisState.SUBMITTED;
  }

  /** "12/BC-CAT": the year's sequence number and the default suffix (see {@link Letterhead}). */
  public static String number(int sequence) {
    return Letterhead.DEFAULT.number(sequence);
  }

  /**
   * The text that is signed: every fact of the submitted synthesis, one per line, in a fixed order,
   * UTF-8 — what anyone can check with {@code openssl cms -verify} against the stored signature.
   */
  public String canonicalText(String number, LocalDate date) {
    StringBuilder text = new StringBuilder();
    text.append("TCC provincial synthesis\n");
    text.append("number: ").append(number).append('\n');
    text.append("date: ").append(date).append('\n');
    text.append("form: ").append(formCode).append(" (id ").append(formId).append(")\n");
    text.append("period: ").append(periodKey).append('\n');
    text.append("version: ").append(version).append('\n');
    text.append("prepared by: ").append(prepared.actor()).append('\n');
    text.append("approved by: ").append(approved == null ? "" : approved.actor()).append('\n');
    for (SynthesisUnit unit : units) {
      text.append("unit: ")
          .append(unit.code())
          .append(" submission ")
          .append(unit.submissionId())
          .append('\n');
    }
    for (SynthesisLine line : lines) {
      text.append("line: ")
          .append(line.indicatorCode())
          .append(" total=")
          .append(plain(line.total()))
          .append(" tcc=")
          .append(plain(line.tccFigure()))
          .append(" previous=")
          .append(plain(line.previous()))
          .append(" lastYear=")
          .append(plain(line.lastYear()))
          .append('\n');
      for (SynthesisUnit unit : units) {
        BigDecimal figure = line.byUnit().get(unit.code());
        if (figure != null) {
          text.append("  ").append(unit.code()).append('=').append(plain(figure)).append('\n');
        }
      }
    }
    if (changes != null) {
      text.append("changes:\n").append(changes).append('\n');
    }
    return text.toString();
  }

  public byte[] canonicalBytes(String number, LocalDate date) {
    return canonicalText(number, date).getBytes(StandardCharsets.UTF_8);
  }

  private static String plain(BigDecimal value) {
    return value == null ? "" : value.stripTrailingZeros().toPlainString();
  }

  private void require(SynthesisState expected, String messageKey) {
    if (state != expected) {
      throw ReportingRuleException.conflict(messageKey);
    }
  }

  public Long id() {
    return id;
  }

  public String formCode() {
    return formCode;
  }

  public long formId() {
    return formId;
  }

  public String periodKey() {
    return periodKey;
  }

  public int version() {
    return version;
  }

  public SynthesisState state() {
    return state;
  }

  public long rowVersion() {
    return rowVersion;
  }

  public Step prepared() {
    return prepared;
  }

  public Step reviewed() {
    return reviewed;
  }

  public Step approved() {
    return approved;
  }

  public Step submitted() {
    return submitted;
  }

  public String number() {
    return number;
  }

  public LocalDate documentDate() {
    return documentDate;
  }

  public String signedContent() {
    return signedContent;
  }

  public byte[] signature() {
    return signature == null ? null : signature.clone();
  }

  public String signerSubject() {
    return signerSubject;
  }

  public String signerFingerprint() {
    return signerFingerprint;
  }

  public String changes() {
    return changes;
  }

  public List<SynthesisUnit> units() {
    return units;
  }

  public List<SynthesisLine> lines() {
    return lines;
  }
}
