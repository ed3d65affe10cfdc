package vn.tcc.violation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.violation.internal.application.CaseAccess;
import vn.tcc.violation.internal.application.CaseEvidence;
import vn.tcc.violation.internal.application.CaseEvidence.EvidenceFile;
import vn.tcc.violation.internal.application.CaseVerification;
import vn.tcc.violation.internal.application.CaseView;
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

  private String number;
  private transient CaseView current;
  private transient List<EvidenceFile> files = List.of();
  private final ReviewForm form = new ReviewForm();
  private boolean queueEmpty;

  /** Opens the case named in the address, if any. */
  public void load() {
    if (number == null || number.isBlank()) {
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
