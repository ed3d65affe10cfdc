package vn.tcc.command.internal.incident.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import vn.tcc.command.internal.incident.application.ActionRequest;
import vn.tcc.command.internal.incident.application.CloseRequest;
import vn.tcc.command.internal.incident.application.IncidentDesk;
import vn.tcc.command.internal.incident.application.IncidentDetails;
import vn.tcc.command.internal.incident.application.IncidentPage;
import vn.tcc.command.internal.incident.application.IncidentRoles;
import vn.tcc.command.internal.incident.domain.Incident;
import vn.tcc.command.internal.incident.domain.IncidentAction;
import vn.tcc.command.internal.incident.domain.IncidentOutcome;
import vn.tcc.command.internal.incident.domain.IncidentState;
import vn.tcc.command.internal.live.Snapshot;
import vn.tcc.command.internal.live.SnapshotView;
import vn.tcc.command.internal.live.Snapshots;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/**
 * The room's screen: the open incidents, newest first, coloured by severity. The page polls {@link
 * #check} every second, which asks only for the newest id the operator may see (one indexed max());
 * the list is reloaded, and the page rings, only when that id grew.
 */
@Named
@ViewScoped
public class IncidentsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient IncidentDesk desk;
  @Inject transient CurrentRequest currentRequest;
  @Inject transient Snapshots snapshots;

  private transient List<Incident> rows = List.of();
  private long latestId = -1;
  private boolean ring;
  private boolean showClosed;
  private Long selectedId;
  private transient IncidentDetails selected;
  private transient List<SnapshotView> selectedSnapshots = List.of();
  private String action;
  private String actionNote;
  private String outcome;
  private String closeNote;

  public void load() {
    try {
      long before = latestId;
      latestId = desk.latestId(currentRequest.caller());
      IncidentPage page =
          desk.list(
              currentRequest.caller(),
              new IncidentDesk.Query(showClosed ? null : "OPEN", null, null, null, "0", "200"));
      rows = page.items();
      ring = before >= 0 && latestId > before;
      if (selectedId != null) {
        select(selectedId);
      }
    } catch (ProblemException refused) {
      rows = List.of();
      PageMessages.refused(refused);
    }
  }

  /** Polled every second: reloads (and rings) only when a newer incident exists. */
  public void check() {
    try {
      long now = desk.latestId(currentRequest.caller());
      ring = false;
      if (now != latestId) {
        load();
        // Only then is anything sent back: the table, and the signal for the page to ring.
        org.primefaces.PrimeFaces.current().ajax().update("incidents:list", "incidents:summary");
        org.primefaces.PrimeFaces.current().ajax().addCallbackParam("ring", ring);
      }
    } catch (ProblemException refused) {
      ring = false;
    }
  }

  public void refresh() {
    load();
    ring = false;
  }

  public void select(Long id) {
    try {
      selectedId = id;
      selected = id == null ? null : desk.one(currentRequest.caller(), String.valueOf(id));
      selectedSnapshots =
          id == null
              ? List.of()
              : snapshots.ofIncident(currentRequest.caller(), id).stream()
                  .map(SnapshotView::of)
                  .toList();
    } catch (ProblemException refused) {
      selected = null;
      selectedId = null;
      selectedSnapshots = List.of();
      PageMessages.refused(refused);
    }
  }

  /** The frames kept for the selected incident, oldest first. */
  public List<SnapshotView> getSelectedSnapshots() {
    return selectedSnapshots;
  }

  /** Keeps the current frame of the selected incident's camera as evidence of the incident. */
  public void takeSnapshot() {
    if (selectedId == null || selected == null) {
      return;
    }
    try {
      Snapshot kept =
          snapshots.take(
              currentRequest.caller(), selected.incident().cameraCode(), selectedId, null);
      PageMessages.info("command.snapshot.taken", kept.cameraCode(), kept.sha256());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
    select(selectedId);
  }

  /** Whether the snapshot button shows: handlers of an incident still open. */
  public boolean isMaySnapshotSelected() {
    return selected != null
        && selected.incident().state() != IncidentState.CLOSED
        && IncidentRoles.isHandler(currentRequest.caller());
  }

  public void acknowledge(long id) {
    try {
      desk.acknowledge(currentRequest.caller(), String.valueOf(id));
      PageMessages.info("command.incident.acknowledged", id);
      selectedId = id;
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
    refresh();
  }

  public void recordAction() {
    if (selectedId == null) {
      return;
    }
    try {
      desk.recordAction(
          currentRequest.caller(),
          String.valueOf(selectedId),
          new ActionRequest(action, actionNote));
      PageMessages.info("command.incident.actionRecorded", selectedId);
      action = null;
      actionNote = null;
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("command.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
    refresh();
  }

  public void close() {
    if (selectedId == null) {
      return;
    }
    try {
      desk.close(
          currentRequest.caller(),
          String.valueOf(selectedId),
          new CloseRequest(outcome, closeNote));
      PageMessages.info("command.incident.closedMessage", selectedId);
      outcome = null;
      closeNote = null;
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("command.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
    refresh();
  }

  public boolean mayAcknowledge(Incident incident) {
    return (incident.state() == IncidentState.NEW || incident.state() == IncidentState.ESCALATED)
        && IncidentRoles.isHandler(currentRequest.caller());
  }

  /** Whether the buttons to record an action and close show for the selected incident. */
  public boolean isMayHandleSelected() {
    if (selected == null || selected.incident().state() == IncidentState.CLOSED) {
      return false;
    }
    boolean supervisor = IncidentRoles.isSupervisor(currentRequest.caller());
    return IncidentRoles.isHandler(currentRequest.caller()) && supervisor
        || (selected.incident().state() == IncidentState.ACKNOWLEDGED
            && currentRequest.caller().username().equals(selected.incident().acknowledgedBy()));
  }

  public boolean isSupervisor() {
    return IncidentRoles.isSupervisor(currentRequest.caller());
  }

  public long getEscalatedCount() {
    return rows.stream().filter(i -> i.state() == IncidentState.ESCALATED).count();
  }

  public String severityClass(Incident incident) {
    return "tcc-incident-" + incident.severity().name().toLowerCase(java.util.Locale.ROOT);
  }

  public List<String> getActions() {
    return Arrays.stream(IncidentAction.values()).map(Enum::name).toList();
  }

  public List<String> getOutcomes() {
    return Arrays.stream(IncidentOutcome.values()).map(Enum::name).toList();
  }

  public List<Incident> getRows() {
    return rows;
  }

  public IncidentDetails getSelected() {
    return selected;
  }

  public boolean isRing() {
    return ring;
  }

  public long getLatestId() {
    return latestId;
  }

  public boolean isShowClosed() {
    return showClosed;
  }

  public void setShowClosed(boolean showClosed) {
    this.showClosed = showClosed;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getActionNote() {
    return actionNote;
  }

  public void setActionNote(String actionNote) {
    this.actionNote = actionNote;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public String getCloseNote() {
    return closeNote;
  }

  public void setCloseNote(String closeNote) {
    this.closeNote = closeNote;
  }
}
