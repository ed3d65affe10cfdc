package vn.tcc.retention.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.internal.application.PolicyAdministration;
import vn.tcc.retention.internal.application.PolicyChangeRequest;
import vn.tcc.retention.internal.application.PolicyVersionView;
import vn.tcc.retention.internal.domain.EndAction;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The retention policies: the version in force for each class, level and owner with its history,
 * the versions still to come, and the administrator's form to add a version with a reason.
 */
@Named
@ViewScoped
public class RetentionPoliciesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient PolicyAdministration policies;
  @Inject transient CurrentRequest currentRequest;

  private List<PolicyVersionView> all = List.of();
  private String dataClass;
  private String level;
  private String ownerType = PolicyVersionView.ANY_OWNER;
  private String period;
  private String endAction = EndAction.DELETE.name();
  private String legalBasis;
  private LocalDate effectiveFrom;
  private String reason;

  public void load() {
    try {
      all = policies.versions(currentRequest.caller(), null, null, null);
    } catch (ProblemException refused) {
      all = List.of();
      PageMessages.refused(refused);
    }
  }

  public void save() {
    try {
      PolicyVersionView added =
          policies.change(
              currentRequest.caller(),
              new PolicyChangeRequest(
                  dataClass,
                  level,
                  ownerType,
                  period,
                  endAction,
                  legalBasis,
                  effectiveFrom == null ? null : effectiveFrom.toString(),
                  reason));
      PageMessages.info(
          "retention.policies.saved", added.version(), added.effectiveFrom().toString());
      period = null;
      legalBasis = null;
      effectiveFrom = null;
      reason = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(
          invalid.errors(), FieldErrorText.labelled("retention.field."), "policyForm");
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** The versions in force today, one per class × level × owner. */
  public List<PolicyVersionView> getInForce() {
    return all.stream().filter(PolicyVersionView::inForce).toList();
  }

  /** Versions that take effect after today. */
  public List<PolicyVersionView> getUpcoming() {
    LocalDate today = LocalDate.now(vn.tcc.shared.time.TccTime.ZONE);
    return all.stream().filter(v -> v.effectiveFrom().isAfter(today)).toList();
  }

  /** Every version of the same policy as {@code row}, oldest first. */
  public List<PolicyVersionView> history(PolicyVersionView row) {
    return all.stream().filter(v -> v.subject().equals(row.subject())).toList();
  }

  public boolean isAdmin() {
    return currentRequest.caller().hasRole(Role.ADMIN);
  }

  public List<DataClass> getDataClasses() {
    return Arrays.asList(DataClass.values());
  }

  public List<StorageLevel> getLevels() {
    return Arrays.asList(StorageLevel.values());
  }

  public List<String> getOwnerTypes() {
    return java.util.stream.Stream.concat(
            java.util.stream.Stream.of(PolicyVersionView.ANY_OWNER),
            Arrays.stream(OwnerType.values()).map(Enum::name))
        .toList();
  }

  public List<EndAction> getEndActions() {
    return Arrays.asList(EndAction.values());
  }

  public String getDataClass() {
    return dataClass;
  }

  public void setDataClass(String dataClass) {
    this.dataClass = dataClass;
  }

  public String getLevel() {
    return level;
  }

  public void setLevel(String level) {
    this.level = level;
  }

  public String getOwnerType() {
    return ownerType;
  }

  public void setOwnerType(String ownerType) {
    this.ownerType = ownerType;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public String getEndAction() {
    return endAction;
  }

  public void setEndAction(String endAction) {
    this.endAction = endAction;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
