package vn.tcc.violation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.tcc.camera.api.CameraPlaces;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.violation.internal.application.CaseAccess;
import vn.tcc.violation.internal.application.CaseEvidence;
import vn.tcc.violation.internal.application.CaseEvidence.EvidenceFile;
import vn.tcc.violation.internal.application.CaseVerification;
import vn.tcc.violation.internal.application.CaseView;
import vn.tcc.violation.internal.application.WorkWaiting;
import vn.tcc.violation.internal.domain.ReviewDecision;

/**
 * The review screen: an officer takes the next case of his area, looks at the evidence, and
 * confirms (correcting plate or violation type if the camera read them wrong) or rejects it. He
 * never sees another officer's decision on the case before giving his own.
 */
@Named
@ViewScoped
public class CaseReviewView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PURPOSE = "Xác minh hồ sơ vi phạm";

  @Inject transient CaseAccess access;
  @Inject transient CaseVerification verification;
  @Inject transient CaseEvidence evidence;
  @Inject transient CurrentRequest currentRequest;
  @Inject transient WorkWaiting workWaiting;
  @Inject transient CameraPlaces cameraPlaces;
  @Inject transient JurisdictionDirectory jurisdictions;

  private String number;
  private transient CaseView current;
  private transient List<EvidenceFile> files = List.of();
  private final ReviewForm form = new ReviewForm();
  private boolean queueEmpty;
  private Long waiting;
  private Instant heldUntil;
  private String cameraName;
  private String cameraPlace;

  /** Opens the case named in the address, if any. */
  public void load() {
    if (number == null || number.isBlank()) {
      countWaiting();
      return;
    }
    try {
      show(access.view(currentRequest.caller(), number.strip(), PURPOSE));
    } catch (ProblemException refused) {
      PageMessages.refusedPage(refused); // another ward's or an unknown case: the 404 page
    }
  }

  public void takeNext() {
    try {
      verification
          .takeNextForReview(currentRequest.caller())
          .ifPresentOrElse(
              this::show,
              () -> {
                current = null;
                queueEmpty = true;
                countWaiting();
                PageMessages.info("violation.review.queueEmpty");
              });
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void confirm() {
    decide(ReviewDecision.Verdict.CONFIRM);
  }

  public void reject() {
    decide(ReviewDecision.Verdict.REJECT);
  }

  /** Records the decision, says what became of the case, and brings the next one. */
  private void decide(ReviewDecision.Verdict verdict) {
    if (current == null) {
      return;
    }
    try {
      CaseView after =
          verification.review(
              currentRequest.caller(), current.caseNumber(), form.decision(verdict));
      PageMessages.info("violation.review.recorded", after.caseNumber(), stateLabel(after.state()));
      takeNext();
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  private static String stateLabel(String state) {
    return vn.tcc.shared.i18n.Messages.text(
        "violation.state." + state,
        jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  private void show(CaseView view) {
    current = view;
    number = view.caseNumber();
    queueEmpty = false;
    form.startFrom(view);
    files = evidence.filesOf(currentRequest.caller(), view);
    heldUntil = verification.heldUntil(currentRequest.caller(), view.caseNumber()).orElse(null);
    describeCamera(view);
    countWaiting();
  }

  /** The cases still waiting for this reviewer, besides the one he holds. */
  private void countWaiting() {
    if (current == null) {
      heldUntil = null;
    }
    waiting = workWaiting.of(currentRequest.caller()).toReview();
    if (current != null && heldUntil != null && waiting != null && waiting > 0) {
      waiting--; // the one on his screen is counted too
    }
  }

  /** The camera by its name and place, as an officer knows it, rather than by its codes. */
  private void describeCamera(CaseView view) {
    Locale locale = PageMessages.locale();
    CameraPlaces.CameraPlace place =
        cameraPlaces.placesOf(List.of(view.cameraCode()), 0).get(view.cameraCode());
    cameraName = place == null ? view.cameraCode() : place.name();
    String commune =
        Optional.ofNullable(JurisdictionCode.parseOrNull(view.jurisdiction()))
            .flatMap(jurisdictions::find)
            .map(j -> j.name(locale))
            .orElse(null);
    String address = place == null ? null : place.address();
    cameraPlace =
        java.util.stream.Stream.of(address, commune)
            .filter(text -> text != null && !text.isBlank())
            .collect(java.util.stream.Collectors.joining(", "));
  }

  public String getCameraName() {
    return cameraName;
  }

  public String getCameraPlace() {
    return cameraPlace;
  }

  /** How many cases wait for his review (up to the cap); null for one who does not review. */
  public Long getWaiting() {
    return waiting;
  }

  public boolean isWaitingCapped() {
    return waiting != null && waiting > WorkWaiting.CAP;
  }

  /** Until when he holds the case shown; null when he does not hold it (opened by its number). */
  public Instant getHeldUntil() {
    return heldUntil;
  }

  /** Whole minutes left on his hold, at least 0; the page counts down from here. */
  public long getMinutesLeft() {
    return heldUntil == null
        ? 0
        : Math.max(0, Duration.between(Instant.now(), heldUntil).toMinutes());
  }

  public boolean isHasClip() {
    return files.stream().anyMatch(EvidenceFile::isVideo);
  }

  public boolean isHasImage() {
    return files.stream().anyMatch(EvidenceFile::isImage);
  }

  /** The vehicle class the camera reported, in words; "not reported" when it sent none. */
  public String getVehicleClass() {
    Locale locale = PageMessages.locale();
    if (current == null || current.vehicleClass() == null || current.vehicleClass().isBlank()) {
      return vn.tcc.shared.i18n.Messages.text("violation.reportedVehicle.none", locale);
    }
    String key =
        "violation.reportedVehicle." + current.vehicleClass().strip().toUpperCase(Locale.ROOT);
    String text = vn.tcc.shared.i18n.Messages.text(key, locale);
    return text.equals(key)
        ? vn.tcc.shared.i18n.Messages.text("violation.reportedVehicle.other", locale)
        : text;
  }

  public ReviewForm getForm() {
    return form;
  }

  public CaseView getCurrent() {
    return current;
  }

  public List<EvidenceFile> getFiles() {
    return files;
  }

  public boolean isQueueEmpty() {
    return queueEmpty;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }
}
