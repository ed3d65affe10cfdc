package vn.tcc.violation.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.violation.internal.application.CaseEvidence;
import vn.tcc.violation.internal.application.CaseEvidence.EvidenceFile;
import vn.tcc.violation.internal.application.CaseView;
import vn.tcc.violation.internal.application.CaseWork;
import vn.tcc.violation.internal.domain.ReviewDecision;
import vn.tcc.vms.api.EventType;

/**
 * One case: what the camera detected, the evidence, the reviews the caller may see, the fine of the
 * rule in force, and the timeline of every move. A supervisor settles a dispute here.
 */
@Named
@ViewScoped
public class CasePageView implements Serializable {
  private static final long serialVersionUID = 1L;
  static final String PURPOSE = "Xử lý hồ sơ vi phạm";

  @Inject transient CaseWork work;
  @Inject transient CaseEvidence evidence;
  @Inject transient CurrentRequest currentRequest;

  private String number;
  private transient CaseView current;
  private transient List<EvidenceFile> files = List.of();
  private String plate;
  private String violationType;
  private String reason;

  public void load() {
    if (number == null || number.isBlank()) {
      return;
    }
    try {
      current = work.view(currentRequest.caller(), number.strip(), PURPOSE);
      files = evidence.filesOf(currentRequest.caller(), current);
      if (plate == null) {
        plate = current.detectedPlate();
        violationType = current.detectedType();
      }
    } catch (ProblemException refused) {
      current = null;
      CasePageMessages.refused(refused);
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
      ReviewDecision decision =
          verdict == ReviewDecision.Verdict.CONFIRM
              ? new ReviewDecision(
                  verdict,
                  plate,
                  violationType == null ? null : EventType.valueOf(violationType),
                  null)
              : new ReviewDecision(verdict, null, null, reason);
      current = work.resolve(currentRequest.caller(), number, decision);
      CasePageMessages.info("violation.case.resolved", current.caseNumber());
    } catch (ProblemException refused) {
      CasePageMessages.refused(refused);
    }
  }

  public List<EventType> getViolationTypes() {
    return Arrays.stream(EventType.values()).filter(EventType::isViolation).toList();
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

  public String getPlate() {
    return plate;
  }

  public void setPlate(String plate) {
    this.plate = plate;
  }

  public String getViolationType() {
    return violationType;
  }

  public void setViolationType(String violationType) {
    this.violationType = violationType;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
