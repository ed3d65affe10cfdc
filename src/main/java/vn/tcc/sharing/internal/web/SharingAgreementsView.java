package vn.tcc.sharing.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.sharing.api.SharedDataType;
import vn.tcc.sharing.api.SharingPurpose;
import vn.tcc.sharing.internal.application.AgreementAdministration;
import vn.tcc.sharing.internal.application.AgreementExpiry;
import vn.tcc.sharing.internal.application.AgreementRequest;
import vn.tcc.sharing.internal.application.AgreementView;
import vn.tcc.sharing.internal.application.ProviderAdministration;
import vn.tcc.sharing.internal.application.ProviderRequest;
import vn.tcc.sharing.internal.application.ProviderView;
import vn.tcc.sharing.internal.application.SharingPage;
import vn.tcc.sharing.internal.application.SharingRoles;
import vn.tcc.sharing.internal.domain.AgreementState;
import vn.tcc.sharing.internal.domain.ExpiryReminder;
import vn.tcc.sharing.internal.domain.LegalBasis;
import vn.tcc.sharing.internal.domain.ProviderKind;
import vn.tcc.sharing.internal.domain.StoragePlace;

/**
 * The agreements the caller may see (filtered by state), the expiry reminders, and for
 * administrators the forms that register a provider and draft a new agreement.
 */
@Named
@ViewScoped
public class SharingAgreementsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient AgreementAdministration agreements;
  @Inject transient ProviderAdministration providers;
  @Inject transient AgreementExpiry expiry;
  @Inject transient CurrentRequest currentRequest;

  private transient List<AgreementView> rows = List.of();
  private transient List<ExpiryReminder> reminders = List.of();
  private long total;
  private String state;

  private String providerCode;
  private String title;
  private String receivingUnit;
  private String cameraCodes;
  private List<String> dataTypes = new ArrayList<>();
  private List<String> purposes = new ArrayList<>();
  private String startTime = "00:00";
  private String endTime = "00:00";
  private List<String> days = new ArrayList<>(names(DayOfWeek.values()));
  private String legalBasis = LegalBasis.VOLUNTARY_ART18.name();
  private String decisionNumber;
  private String storagePlace = StoragePlace.COMMUNE_CENTER.name();
  private Integer retentionDays = 30;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private String documentSha256;

  private String newProviderCode;
  private String providerKind = ProviderKind.BUSINESS.name();
  private String providerName;
  private String providerJurisdiction;
  private String providerTaxCode;
  private String cameraOwnerCode;
  private String contactName;
  private String contactPhone;
  private String contactEmail;

  public void load() {
    try {
      SharingPage<AgreementView> page =
          agreements.list(currentRequest.caller(), state, null, "0", "200");
      rows = page.items();
      total = page.total();
      reminders = expiry.recentReminders(currentRequest.caller());
    } catch (ValidationException invalid) {
      state = null;
      load();
    } catch (ProblemException refused) {
      rows = List.of();
      PageMessages.refused(refused);
    }
  }

  public void create() {
    try {
      AgreementView created =
          agreements.draft(
              currentRequest.caller(),
              new AgreementRequest(
                  providerCode,
                  title,
                  receivingUnit,
                  cameraCodes == null
                      ? List.of()
                      : Arrays.stream(cameraCodes.split("[,;\\s]+"))
                          .filter(c -> !c.isBlank())
                          .toList(),
                  dataTypes,
                  purposes,
                  startTime,
                  endTime,
                  days,
                  legalBasis,
                  decisionNumber,
                  storagePlace,
                  retentionDays,
                  startsOn == null ? null : startsOn.toString(),
                  endsOn == null ? null : endsOn.toString(),
                  documentSha256));
      PageMessages.info("sharing.agreements.created", created.id());
      title = null;
      cameraCodes = null;
      decisionNumber = null;
      documentSha256 = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(
          invalid.errors(), FieldErrorText.labelled("sharing.field."), "agreementForm");
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /**
   * Registers a provider (an organization, business or household) so that its agreement can be
   * drafted; the new provider is then chosen in the agreement form.
   */
  public void registerProvider() {
    try {
      ProviderView registered =
          providers.register(
              currentRequest.caller(),
              new ProviderRequest(
                  newProviderCode,
                  providerKind,
                  providerName,
                  providerJurisdiction,
                  providerTaxCode,
                  cameraOwnerCode,
                  contactName,
                  contactPhone,
                  contactEmail));
      PageMessages.info("sharing.providers.registered", registered.name(), registered.code());
      // The agreement form below starts with the provider just registered.
      providerCode = registered.code();
      if (receivingUnit == null || receivingUnit.isBlank()) {
        receivingUnit = providerJurisdiction;
      }
      newProviderCode = null;
      providerName = null;
      providerTaxCode = null;
      cameraOwnerCode = null;
      contactName = null;
      contactPhone = null;
      contactEmail = null;
    } catch (ValidationException invalid) {
      PageMessages.invalid(
          invalid.errors(), FieldErrorText.labelled("sharing.field."), "providerForm");
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public List<String> getProviderKinds() {
    return names(ProviderKind.values());
  }

  public String getNewProviderCode() {
    return newProviderCode;
  }

  public void setNewProviderCode(String newProviderCode) {
    this.newProviderCode = newProviderCode;
  }

  public String getProviderKind() {
    return providerKind;
  }

  public void setProviderKind(String providerKind) {
    this.providerKind = providerKind;
  }

  public String getProviderName() {
    return providerName;
  }

  public void setProviderName(String providerName) {
    this.providerName = providerName;
  }

  public String getProviderJurisdiction() {
    return providerJurisdiction;
  }

  public void setProviderJurisdiction(String providerJurisdiction) {
    this.providerJurisdiction = providerJurisdiction;
  }

  public String getProviderTaxCode() {
    return providerTaxCode;
  }

  public void setProviderTaxCode(String providerTaxCode) {
    this.providerTaxCode = providerTaxCode;
  }

  public String getCameraOwnerCode() {
    return cameraOwnerCode;
  }

  public void setCameraOwnerCode(String cameraOwnerCode) {
    this.cameraOwnerCode = cameraOwnerCode;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactPhone() {
    return contactPhone;
  }

  public void setContactPhone(String contactPhone) {
    this.contactPhone = contactPhone;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public boolean isManager() {
    return SharingRoles.has(currentRequest.caller(), SharingRoles.MANAGERS);
  }

  public List<ProviderView> getProviders() {
    return isManager() ? providers.list(currentRequest.caller()) : List.of();
  }

  public List<String> getStates() {
    return names(AgreementState.values());
  }

  public List<String> getDataTypeChoices() {
    return names(SharedDataType.values());
  }

  public List<String> getPurposeChoices() {
    return names(SharingPurpose.values());
  }

  public List<String> getDayChoices() {
    return names(DayOfWeek.values());
  }

  public List<String> getBasisChoices() {
    return names(LegalBasis.values());
  }

  public List<String> getStorageChoices() {
    return names(StoragePlace.values());
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  public List<AgreementView> getRows() {
    return rows;
  }

  public List<ExpiryReminder> getReminders() {
    return reminders;
  }

  public long getTotal() {
    return total;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getProviderCode() {
    return providerCode;
  }

  public void setProviderCode(String providerCode) {
    this.providerCode = providerCode;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getReceivingUnit() {
    return receivingUnit;
  }

  public void setReceivingUnit(String receivingUnit) {
    this.receivingUnit = receivingUnit;
  }

  public String getCameraCodes() {
    return cameraCodes;
  }

  public void setCameraCodes(String cameraCodes) {
    this.cameraCodes = cameraCodes;
  }

  public List<String> getDataTypes() {
    return dataTypes;
  }

  public void setDataTypes(List<String> dataTypes) {
    this.dataTypes = dataTypes;
  }

  public List<String> getPurposes() {
    return purposes;
  }

  public void setPurposes(List<String> purposes) {
    this.purposes = purposes;
  }

  public String getStartTime() {
    return startTime;
  }

  public void setStartTime(String startTime) {
    this.startTime = startTime;
  }

  public String getEndTime() {
    return endTime;
  }

  public void setEndTime(String endTime) {
    this.endTime = endTime;
  }

  public List<String> getDays() {
    return days;
  }

  public void setDays(List<String> days) {
    this.days = days;
  }

  public String getLegalBasis() {
    return legalBasis;
  }

  public void setLegalBasis(String legalBasis) {
    this.legalBasis = legalBasis;
  }

  public String getDecisionNumber() {
    return decisionNumber;
  }

  public void setDecisionNumber(String decisionNumber) {
    this.decisionNumber = decisionNumber;
  }

  public String getStoragePlace() {
    return storagePlace;
  }

  public void setStoragePlace(String storagePlace) {
    this.storagePlace = storagePlace;
  }

  public Integer getRetentionDays() {
    return retentionDays;
  }

  public void setRetentionDays(Integer retentionDays) {
    this.retentionDays = retentionDays;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public String getDocumentSha256() {
    return documentSha256;
  }

  public void setDocumentSha256(String documentSha256) {
    this.documentSha256 = documentSha256;
  }
}
