package vn.tcc.reporting.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.tcc.reporting.internal.domain.FormDefinitionRules;
import vn.tcc.reporting.internal.domain.FormSection;
import vn.tcc.reporting.internal.domain.FormVersion;
import vn.tcc.reporting.internal.domain.FormVersions;
import vn.tcc.reporting.internal.domain.Indicator;
import vn.tcc.reporting.internal.domain.IndicatorType;
import vn.tcc.reporting.internal.domain.ReportForm;
import vn.tcc.reporting.internal.domain.ReportForms;
import vn.tcc.reporting.internal.domain.ReportingRuleException;
import vn.tcc.reporting.internal.domain.SumRule;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.time.TccTime;

/**
 * The forms admin page's use cases: the administrator of the province lists every form and its
 * versions, starts a new version of a form by copying the one in force with a later effective day,
 * edits the draft's sections, indicators and sums, and publishes it (or discards it). A published
 * version is never edited: a submission keeps the version it was opened on, so what a unit filed
 * stays legible. Every change is on the audit trail, and so is every refusal of a
 * non-administrator.
 */
@ApplicationScoped
public class FormAdministration {
  static final String OBJECT = "report_form";
  static final String DRAFTED = "REPORT_FORM_DRAFTED";
  static final String CHANGED = "REPORT_FORM_CHANGED";
  static final String PUBLISHED = "REPORT_FORM_PUBLISHED";
  static final String DISCARDED = "REPORT_FORM_DISCARDED";
  static final String DENIED = "REPORT_FORM_ACCESS_DENIED";

  private FormVersions versions;
  private ReportForms forms;
  private AuditTrail auditTrail;
  private Clock clock;

  FormAdministration() {}

  @Inject
  FormAdministration(FormVersions versions, ReportForms forms, AuditTrail auditTrail, Clock clock) {
    this.versions = versions;
    this.forms = forms;
    this.auditTrail = auditTrail;
    this.clock = clock;
  }

  /** A version in the list: DRAFT or PUBLISHED, and whether it is the one in force today. */
  public record VersionView(
      long id,
      String code,
      int version,
      LocalDate effectiveFrom,
      String titleVi,
      String titleEn,
      String periodKind,
      String state,
      boolean inForce,
      String createdBy,
      Instant publishedAt,
      String publishedBy) {}

  /** One version with its sections, indicators and sums. */
  public record VersionDetail(VersionView version, FormView form) {}

  /** A new version: of which form, from which day (yyyy-MM-dd). */
  public record DraftInput(String code, String effectiveFrom) {}

  public record HeaderInput(String titleVi, String titleEn, String effectiveFrom) {}

  public record SectionInput(String code, String titleVi, String titleEn) {}

  public record IndicatorInput(
      String code,
      String sectionCode,
      String nameVi,
      String nameEn,
      String type,
      String unitVi,
      String unitEn,
      BigDecimal min,
      BigDecimal max,
      BigDecimal narrativeAbovePercent,
      Boolean required) {}

  public record SumInput(String totalCode, List<String> partCodes) {}

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public List<VersionView> list(ReportingActor actor) {
    requireAdmin(actor);
    LocalDate today = today();
    List<VersionView> views = new ArrayList<>();
    for (FormVersion v : versions.all()) {
      views.add(view(v, today));
    }
    return views;
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail get(ReportingActor actor, long id) {
    requireAdmin(actor);
    return detail(version(id));
  }

  /**
   * A draft of a new version of a form, copied from the latest published version.
   *
   * @throws ReportingRuleException 404 (unknown form), 409 (a draft of it exists already)
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail createDraft(ReportingActor actor, DraftInput body) {
    requireAdmin(actor);
    ReportInput input = new ReportInput();
    String code = input.code("code", body == null ? null : body.code(), true);
    LocalDate effective = input.date("effectiveFrom", body == null ? null : body.effectiveFrom());
    input.check();
    FormVersion latest =
        versions
            .latest(code)
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.form.unknown", code));
    if (latest.isDraft()) {
      throw new ReportingRuleException(409, "reporting.forms.draftExists", latest.version());
    }
    requireValid(
        FormDefinitionRules.checkEffectiveFrom(effective, today(), latest.effectiveFrom()));
    Instant now = clock.instant();
    long id =
        versions.copyAsDraft(latest.id(), latest.version() + 1, effective, actor.username(), now);
    audit(
        actor,
        DRAFTED,
        id,
        code
            + " v"
            + (latest.version() + 1)
            + " from v"
            + latest.version()
            + ", effective "
            + effective);
    return detail(version(id));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail changeHeader(ReportingActor actor, long id, HeaderInput body) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    ReportInput input = new ReportInput();
    String titleVi = input.required("titleVi", body == null ? null : body.titleVi(), 300);
    String titleEn = input.required("titleEn", body == null ? null : body.titleEn(), 300);
    LocalDate effective = input.date("effectiveFrom", body == null ? null : body.effectiveFrom());
    input.check();
    requireValid(
        FormDefinitionRules.checkEffectiveFrom(effective, today(), previousEffective(draft)));
    versions.updateHeader(id, titleVi, titleEn, effective);
    audit(
        actor,
        CHANGED,
        id,
        draft.code() + " v" + draft.version() + ": header, effective " + effective);
    return detail(version(id));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail putSection(ReportingActor actor, long id, SectionInput body) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    ReportInput input = new ReportInput();
    String code = input.text("code", body == null ? null : body.code(), 20);
    String titleVi = input.text("titleVi", body == null ? null : body.titleVi(), 300);
    String titleEn = input.text("titleEn", body == null ? null : body.titleEn(), 300);
    input.check();
    FormSection section = new FormSection(code, 0, titleVi, titleEn, List.of());
    requireValid(FormDefinitionRules.checkSection(section));
    versions.putSection(id, section);
    audit(actor, CHANGED, id, draft.code() + " v" + draft.version() + ": section " + code);
    return detail(version(id));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail deleteSection(ReportingActor actor, long id, String sectionCode) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    ReportForm form = form(id);
    FormSection section =
        form.section(sectionCode)
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.forms.sectionUnknown"));
    if (!section.indicators().isEmpty()) {
      throw new ReportingRuleException(409, "reporting.forms.sectionNotEmpty");
    }
    versions.deleteSection(id, section.code());
    audit(
        actor,
        CHANGED,
        id,
        draft.code() + " v" + draft.version() + ": section " + section.code() + " removed");
    return detail(version(id));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail putIndicator(ReportingActor actor, long id, IndicatorInput body) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    if (body == null) {
      throw new ValidationException(List.of(FieldError.of("code", "reporting.input.required")));
    }
    ReportInput input = new ReportInput();
    String code = input.text("code", body.code(), 60);
    String section = input.text("sectionCode", body.sectionCode(), 20);
    String nameVi = input.text("nameVi", body.nameVi(), 500);
    String nameEn = input.text("nameEn", body.nameEn(), 500);
    IndicatorType type = input.choice("type", body.type(), IndicatorType.class);
    String unitVi = input.text("unitVi", body.unitVi(), 40);
    String unitEn = input.text("unitEn", body.unitEn(), 40);
    input.check();
    Indicator indicator =
        new Indicator(
            code,
            section,
            0,
            nameVi,
            nameEn,
            type,
            unitVi,
            unitEn,
            body.min(),
            body.max(),
            body.narrativeAbovePercent(),
            body.required() == null || body.required());
    ReportForm form = form(id);
    requireValid(FormDefinitionRules.checkIndicator(form, indicator));
    // A sum's parts stay of its total's kind: a type change that would break one is refused.
    if (form.indicator(code).map(i -> i.type() != type).orElse(false)
        && !FormDefinitionRules.sumsUsing(form, code).isEmpty()) {
      throw new ReportingRuleException(409, "reporting.forms.indicatorInSum", code);
    }
    versions.putIndicator(id, indicator);
    audit(
        actor,
        CHANGED,
        id,
        draft.code()
            + " v"
            + draft.version()
            + ": indicator "
            + code
            + " ("
            + type
            + (indicator.min() == null ? "" : ", min " + indicator.min())
            + (indicator.max() == null ? "" : ", max " + indicator.max())
            + (indicator.narrativeAbovePercent() == null
                ? ""
                : ", narrative above " + indicator.narrativeAbovePercent() + " %")
            + ")");
    return detail(version(id));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail deleteIndicator(ReportingActor actor, long id, String indicatorCode) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    ReportForm form = form(id);
    Indicator indicator =
        form.indicator(indicatorCode)
            .orElseThrow(
                () ->
                    new ReportingRuleException(404, "reporting.indicator.unknown", indicatorCode));
    if (!FormDefinitionRules.sumsUsing(form, indicator.code()).isEmpty()) {
      throw new ReportingRuleException(409, "reporting.forms.indicatorInSum", indicator.code());
    }
    versions.deleteIndicator(id, indicator.code());
    audit(
        actor,
        CHANGED,
        id,
        draft.code() + " v" + draft.version() + ": indicator " + indicator.code() + " removed");
    return detail(version(id));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail putSum(ReportingActor actor, long id, SumInput body) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    ReportInput input = new ReportInput();
    String total = input.text("totalCode", body == null ? null : body.totalCode(), 60);
    List<String> parts = new ArrayList<>();
    List<String> asked = body == null || body.partCodes() == null ? List.of() : body.partCodes();
    if (asked.size() > FormDefinitionRules.MAX_SUM_PARTS) {
      throw new ValidationException(
          List.of(
              FieldError.of(
                  "partCodes", "reporting.forms.sumParts", FormDefinitionRules.MAX_SUM_PARTS)));
    }
    for (String part : asked) {
      String code = input.text("partCodes", part, 60);
      if (code != null) {
        parts.add(code);
      }
    }
    input.check();
    SumRule sum = new SumRule(total, parts);
    requireValid(FormDefinitionRules.checkSum(form(id), sum));
    versions.putSum(id, sum);
    audit(
        actor,
        CHANGED,
        id,
        draft.code()
            + " v"
            + draft.version()
            + ": sum "
            + total
            + " = "
            + String.join(" + ", parts));
    return detail(version(id));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail deleteSum(ReportingActor actor, long id, String totalCode) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    SumRule sum =
        form(id).sums().stream()
            .filter(s -> s.totalCode().equals(totalCode))
            .findFirst()
            .orElseThrow(() -> new ReportingRuleException(404, "reporting.forms.sumUnknown"));
    versions.deleteSum(id, sum.totalCode());
    audit(
        actor,
        CHANGED,
        id,
        draft.code() + " v" + draft.version() + ": sum " + sum.totalCode() + " removed");
    return detail(version(id));
  }

  /**
   * Publishes a draft: from its effective day it is the version new reports are opened on.
   *
   * @throws ValidationException 422 when its definition or its day no longer holds
   */
  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public VersionDetail publish(ReportingActor actor, long id) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    List<FieldError> errors =
        new ArrayList<>(
            FormDefinitionRules.checkEffectiveFrom(
                draft.effectiveFrom(), today(), previousEffective(draft)));
    errors.addAll(FormDefinitionRules.checkPublishable(form(id)));
    requireValid(errors);
    if (!versions.publish(id, actor.username(), clock.instant())) {
      throw new ReportingRuleException(409, "reporting.forms.notDraft");
    }
    audit(
        actor,
        PUBLISHED,
        id,
        draft.code() + " v" + draft.version() + ", effective " + draft.effectiveFrom());
    return detail(version(id));
  }

  @Transactional(dontRollbackOn = {ProblemException.class, ValidationException.class})
  public void discard(ReportingActor actor, long id) {
    requireAdmin(actor);
    FormVersion draft = draft(id);
    if (versions.hasSubmissions(id)) {
      throw new ReportingRuleException(409, "reporting.forms.notDraft");
    }
    versions.discard(id);
    audit(actor, DISCARDED, id, draft.code() + " v" + draft.version());
  }

  static boolean isAdmin(ReportingActor actor) {
    return actor.caller().hasRole(Role.ADMIN)
        && actor.caller().jurisdiction() != null
        && actor.caller().jurisdiction().isProvince();
  }

  private void requireAdmin(ReportingActor actor) {
    if (!isAdmin(actor)) {
      auditTrail.record(
          new AuditRecord(
              DENIED,
              OBJECT,
              null,
              actor.caller().jurisdiction(),
              null,
              false,
              AuditOutcome.DENIED,
              "forms administration asked by " + actor.username()));
      throw new ReportingRuleException(403, "problem.403.role");
    }
  }

  private FormVersion version(long id) {
    return versions
        .find(id)
        .orElseThrow(() -> new ReportingRuleException(404, "reporting.forms.versionUnknown"));
  }

  private FormVersion draft(long id) {
    FormVersion version = version(id);
    if (!version.isDraft()) {
      throw new ReportingRuleException(409, "reporting.forms.notDraft");
    }
    return version;
  }

  private ReportForm form(long id) {
    return forms
        .byId(id)
        .orElseThrow(() -> new ReportingRuleException(404, "reporting.forms.versionUnknown"));
  }

  /** The effective day of the latest published version before this draft. */
  private LocalDate previousEffective(FormVersion draft) {
    return versions.all().stream()
        .filter(v -> v.code().equals(draft.code()) && !v.isDraft() && v.id() != draft.id())
        .map(FormVersion::effectiveFrom)
        .max(LocalDate::compareTo)
        .orElse(null);
  }

  private VersionDetail detail(FormVersion version) {
    return new VersionDetail(view(version, today()), FormView.of(form(version.id())));
  }

  private VersionView view(FormVersion v, LocalDate today) {
    boolean inForce =
        !v.isDraft() && forms.inForce(v.code(), today).map(f -> f.id() == v.id()).orElse(false);
    return new VersionView(
        v.id(),
        v.code(),
        v.version(),
        v.effectiveFrom(),
        v.titleVi(),
        v.titleEn(),
        v.periodKind().name(),
        v.isDraft() ? "DRAFT" : "PUBLISHED",
        inForce,
        v.createdBy(),
        v.publishedAt(),
        v.publishedBy());
  }

  private static void requireValid(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), TccTime.ZONE);
  }

  private void audit(ReportingActor actor, String action, long id, String details) {
    auditTrail.record(
        new AuditRecord(
            action,
            OBJECT,
            String.valueOf(id),
            actor.caller().jurisdiction(),
            null,
            false,
            AuditOutcome.SUCCESS,
            details));
  }
}
