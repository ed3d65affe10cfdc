package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.tcc.event.api.EventEvidence;
import vn.tcc.shared.security.Caller;
import vn.tcc.violation.internal.domain.ViolationCase;

/**
 * The evidence of a case: the files captured for its events (the VMS module keeps and checks them),
 * listed for the case page and read one by one with the case as the purpose.
 */
@ApplicationScoped
public class CaseEvidence {
  static final String TRAFFIC_VIOLATION_HANDLING = "TRAFFIC_VIOLATION_HANDLING";

  @Inject EventEvidence evidence;
  @Inject CaseHistory history;
  @Inject CaseAccess access;

  /** The case's files, images first, each once even when several events share it. */
  public List<EvidenceFile> filesOf(Caller caller, CaseView view) {
    return filesOf(caller, view.events());
  }

  /** The same, from the case's events as stored. */
  public List<EvidenceFile> filesOf(Caller caller, List<CaseHistory.CaseEvent> events) {
    List<EvidenceFile> images = new ArrayList<>();
    List<EvidenceFile> others = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (CaseHistory.CaseEvent event : events) {
      for (EventEvidence.EvidenceItem item : evidence.of(caller, event.eventId()).items()) {
        if (seen.add(item.sha256())) {
          EvidenceFile file =
              new EvidenceFile(
                  item.sha256(), item.kind(), item.mediaType(), item.sizeBytes(), event.eventId());
          (file.isImage() ? images : others).add(file);
        }
      }
    }
    images.addAll(others);
    return images;
  }

  /**
   * One file's bytes, read for the case: the file must belong to one of the case's events, and the
   * read goes on the audit trail with the case as its purpose.
   */
  public Optional<EventEvidence.EvidenceContent> read(
      Caller caller, String caseNumber, String sha256) {
    ViolationCase violationCase = access.visible(caller, caseNumber);
    boolean ofTheCase =
        history.events(violationCase.id()).stream()
            .anyMatch(
                event ->
                    evidence.of(caller, event.eventId()).items().stream()
                        .anyMatch(item -> item.sha256().equals(sha256)));
    if (!ofTheCase) {
      return Optional.empty();
    }
    // On a business's or household's camera the read counts as traffic violation handling, the
    // purpose its agreement must name.
    return evidence.content(
        caller, sha256, "Xác minh hồ sơ vi phạm " + caseNumber, TRAFFIC_VIOLATION_HANDLING);
  }

  /** A stored file of a case's event. */
  public record EvidenceFile(
      String sha256, String kind, String mediaType, long sizeBytes, long eventId) {
    public boolean isImage() {
      return mediaType != null && mediaType.startsWith("image/");
    }

    public boolean isVideo() {
      return mediaType != null && mediaType.startsWith("video/");
    }
  }
}
