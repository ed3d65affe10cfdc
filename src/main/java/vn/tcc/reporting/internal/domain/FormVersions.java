package vn.tcc.reporting.internal.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The port the forms admin page edits through: every version of every form, a new draft copied from
 * a published one, the draft's sections, indicators and sums, and its publication. Only a draft is
 * ever changed; the callers check that first ({@link FormDefinitionRules}).
 */
public interface FormVersions {
  /** Every version of every form, by code then version. */
  List<FormVersion> all();

  Optional<FormVersion> find(long id);

  /** The highest version of a form, draft or published. */
  Optional<FormVersion> latest(String code);

  /** Whether a submission was opened on this version. */
  boolean hasSubmissions(long id);

  /** A draft that copies the version {@code fromId} (header, sections, indicators, sums). */
  long copyAsDraft(long fromId, int version, LocalDate effectiveFrom, String by, Instant at);

  void updateHeader(long id, String titleVi, String titleEn, LocalDate effectiveFrom);

  /** Adds the section or changes its titles (matched by code). */
  void putSection(long formId, FormSection section);

  void deleteSection(long formId, String sectionCode);

  /** Adds the indicator or changes it (matched by code), in its section at its position. */
  void putIndicator(long formId, Indicator indicator);

  void deleteIndicator(long formId, String indicatorCode);

  /** Adds or replaces the sum of this total. */
  void putSum(long formId, SumRule sum);

  void deleteSum(long formId, String totalCode);

  /** Publishes a draft; false when it was published meanwhile. */
  boolean publish(long id, String by, Instant at);

  /** Removes a draft and everything in it. */
  void discard(long id);
}
