package vn.tcc.violation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import vn.tcc.identity.api.IdentityField;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.violation.internal.application.CaseAccess;
import vn.tcc.violation.internal.application.CaseEvidence;
import vn.tcc.violation.internal.application.CaseEvidence.EvidenceFile;
import vn.tcc.violation.internal.application.CaseSettlement;
import vn.tcc.violation.internal.application.CaseVerification;
import vn.tcc.violation.internal.application.CaseView;
import vn.tcc.violation.internal.application.FinePaymentCodes;
import vn.tcc.violation.internal.application.NoticeIssuance;
import vn.tcc.violation.internal.application.OwnerIdentification;
import vn.tcc.violation.internal.domain.ReviewDecision;

/**
 * One case: what the camera detected, the evidence, the reviews the caller may see, the fine of the
 * rule in force, and the timeline of every move. A supervisor settles a dispute here.
 */
@Named
@ViewScoped
public class CasePageView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PURPOSE = "Xử lý hồ sơ vi phạm";

  @Inject transient CaseAccess access;
  @Inject transient CaseVerification verification;
  @Inject transient CaseEvidence evidence;
  @Inject transient CurrentRequest currentRequest;
  @Inject transient OwnerIdentification owners;
  @Inject transient NoticeIssuance notices;
  @Inject transient CaseSettlement settlement;
  @Inject transient FinePaymentCodes paymentCodes;

  private String number;
  private transient CaseView current;
  private transient List<EvidenceFile> files = List.of();
  private final ReviewForm form = new ReviewForm();
  private boolean formStarted;
  private String lookupPurpose;
  private Long fineVnd;
  private String receiptNumber;
  private Long amountVnd;
  private String grounds;
  private String appealDecision;
  private String appealReason;
  private List<String> lookupFields =
      new ArrayList<>(OwnerIdentification.NOTICE_FIELDS.stream().map(Enum::name).sorted().toList());

  public void load() {
    if (number == null || number.isBlank()) {
      PageMessages.errorPage(404); // a case page without a case
      return;
    }
    try {
      current = access.view(currentRequest.caller(), number.strip(), PURPOSE);
      files = evidence.filesOf(currentRequest.caller(), current);
      prefill();
      if (!formStarted) {
        form.startFrom(current);
        formStarted = true;
      }
    } catch (ProblemException refused) {
      current = null;
      PageMessages.refusedPage(refused);
    }
  }

  public void resolveConfirm() {
    resolve(ReviewDecision.Verdict.CONFIRM);
  }

  public void resolveReject() {
    resolve(ReviewDecision.Verdict.REJECT);
  }

  private void resolve(ReviewDecision.Verdict verdict) {
    try {
      current = verification.resolve(currentRequest.caller(), number, form.decision(verdict));
      PageMessages.info("violation.case.resolved", current.caseNumber());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** Asks the authentication center for the owner, with the purpose and fields chosen. */
  public void identifyOwner() {
    try {
      Set<IdentityField> wanted = EnumSet.noneOf(IdentityField.class);
      lookupFields.forEach(field -> wanted.add(IdentityField.valueOf(field)));
      current = owners.identify(currentRequest.caller(), number, lookupPurpose, wanted);
      PageMessages.info("violation.identity.found", current.caseNumber());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.messageOnly());
    }
  }

  /** The owner's fields in the order of the field list, for the page. */
  public List<OwnerField> getOwnerFields() {
    if (current == null || current.owner() == null) {
      return List.of();
    }
    return Arrays.stream(IdentityField.values())
        .filter(field -> current.owner().fields().containsKey(field.name()))
        .map(field -> new OwnerField(field.name(), current.owner().fields().get(field.name())))
        .toList();
  }

  public record OwnerField(String name, String value) {}

  public void issueNotice() {
    act(() -> notices.issue(currentRequest.caller(), number), "violation.notice.issued");
  }

  public void decidePenalty() {
    act(
        () ->
            settlement.decidePenalty(
                currentRequest.caller(), number, fineVnd == null ? -1 : fineVnd),
        "violation.penalty.decided");
  }

  public void recordPayment() {
    act(
        () ->
            settlement.recordPayment(
                currentRequest.caller(),
                number,
                "COUNTER",
                receiptNumber,
                amountVnd == null ? 0 : amountVnd,
                null),
        "violation.payment.recorded");
  }

  public void fileAppeal() {
    act(
        () -> settlement.appeal(currentRequest.caller(), number, grounds),
        "violation.appeal.filed");
  }

  public void decideAppeal() {
    act(
        () ->
            settlement.decideAppeal(
                currentRequest.caller(),
                number,
                appealDecision,
                appealReason == null ? "" : appealReason),
        "violation.appeal.decided");
  }

  public void uploadAppealDocument(org.primefaces.event.FileUploadEvent event) {
    act(
        () ->
            settlement.addAppealDocument(
                currentRequest.caller(),
                number,
                event.getFile().getFileName(),
                event.getFile().getContent()),
        "violation.appeal.documentAdded");
  }

  private void act(java.util.function.Supplier<CaseView> action, String doneKey) {
    try {
      current = action.get();
      files = evidence.filesOf(currentRequest.caller(), current);
      prefill();
      PageMessages.info(doneKey, current.caseNumber());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** The forms start from what the case suggests: the lowest fine, the amount owed now. */
  private void prefill() {
    if (current.fine() != null && current.fine().minVnd() != null && fineVnd == null) {
      fineVnd = current.fine().minVnd();
    }
    if (current.settlement().owedNowVnd() > 0) {
      amountVnd = current.settlement().owedNowVnd();
    }
  }

  public boolean may(String target) {
    return current != null && current.moves().contains(target);
  }

  public List<IdentityField> getIdentityFields() {
    return Arrays.asList(IdentityField.values());
  }

  public boolean isMayIdentifyOwner() {
    return current != null
        && "VERIFIED".equals(current.state())
        && current.moves().contains("OWNER_IDENTIFIED");
  }

  public Long getFineVnd() {
    return fineVnd;
  }

  public void setFineVnd(Long fineVnd) {
    this.fineVnd = fineVnd;
  }

  public String getReceiptNumber() {
    return receiptNumber;
  }

  public void setReceiptNumber(String receiptNumber) {
    this.receiptNumber = receiptNumber;
  }

  public Long getAmountVnd() {
    return amountVnd;
  }

  public void setAmountVnd(Long amountVnd) {
    this.amountVnd = amountVnd;
  }

  public String getGrounds() {
    return grounds;
  }

  public void setGrounds(String grounds) {
    this.grounds = grounds;
  }

  public String getAppealDecision() {
    return appealDecision;
  }

  public void setAppealDecision(String appealDecision) {
    this.appealDecision = appealDecision;
  }

  public String getAppealReason() {
    return appealReason;
  }

  public void setAppealReason(String appealReason) {
    this.appealReason = appealReason;
  }

  public String getLookupPurpose() {
    return lookupPurpose;
  }

  public void setLookupPurpose(String lookupPurpose) {
    this.lookupPurpose = lookupPurpose;
  }

  public List<String> getLookupFields() {
    return lookupFields;
  }

  public void setLookupFields(List<String> lookupFields) {
    this.lookupFields = lookupFields;
  }

  public ReviewForm getForm() {
    return form;
  }

  /** The VietQR code of the fine while it waits to be paid; null otherwise. */
  public FinePaymentCodes.PaymentCode getPaymentCode() {
    return current == null ? null : paymentCodes.forCase(current).orElse(null);
  }

  /** The payment code as an image in the page, for the officer to show or print for the payer. */
  public String getPaymentQrImage() {
    FinePaymentCodes.PaymentCode code = getPaymentCode();
    return code == null ? null : QrImages.pngDataUri(code.payload());
  }

  public CaseView getCurrent() {
    return current;
  }

  public List<EvidenceFile> getFiles() {
    return files;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  /** A timeline line's author in the reader's words (TCC itself, or a person). */
  public String timelineActor(String actor, String actorName) {
    return TimelineWords.actor(actor, actorName, PageMessages.locale());
  }

  /** A timeline line's reason: TCC's own lines in the reader's language, people's as written. */
  public String timelineReason(String reason) {
    return TimelineWords.reason(reason, PageMessages.locale());
  }
}
