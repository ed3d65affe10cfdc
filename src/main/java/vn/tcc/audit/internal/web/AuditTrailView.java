package vn.tcc.audit.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;
import vn.tcc.audit.internal.application.AuditChainCheck;
import vn.tcc.audit.internal.application.AuditQueries;
import vn.tcc.audit.internal.domain.AuditEntryView;
import vn.tcc.audit.internal.domain.AuditSearch;
import vn.tcc.audit.internal.domain.ChainVerification;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.time.TccTime;
import vn.tcc.shared.web.LazyRows;
import vn.tcc.shared.web.LazyRows.ColumnSort;
import vn.tcc.shared.web.PageMessages;

/** The auditor's page: the trail with filters and lazy paging, and the chain check. */
@Named
@ViewScoped
public class AuditTrailView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject AuditQueries queries;
  @Inject AuditChainCheck chainCheck;
  @Inject AuditTrail trail;
  @Inject CurrentRequest currentRequest;

  private String actor;
  private String action;
  private String objectType;
  private String outcome;
  private LocalDate fromDate;
  private LocalDate toDate;
  private ChainVerification verification;
  private LazyDataModel<AuditEntryView> entries;

  @PostConstruct
  void init() {
    trail.record(AuditRecord.success("AUDIT_TRAIL_VIEWED", "audit_trail", null));
    entries =
        new LazyRows<>(this::countEntries, this::entryPage, entry -> Long.toString(entry.seq()));
  }

  public void verifyChain() {
    verification = chainCheck.verify();
    if (verification.intact()) {
      PageMessages.info("audit.chain.intact", verification.checked());
    } else {
      PageMessages.error(
          "audit.chain.broken",
          verification.firstBrokenSeq(),
          Messages.text(
              "audit.chain.problem." + verification.problem().name(), PageMessages.locale()));
    }
  }

  /** Applying the filters only needs the table to reload; the model reads the fields. */
  public void search() {}

  public void clear() {
    actor = null;
    action = null;
    objectType = null;
    outcome = null;
    fromDate = null;
    toDate = null;
  }

  private AuditSearch currentSearch() {
    Instant from = fromDate == null ? null : fromDate.atStartOfDay(TccTime.ZONE).toInstant();
    Instant to = toDate == null ? null : toDate.plusDays(1).atStartOfDay(TccTime.ZONE).toInstant();
    // The reader may type the action in his words (the list offers them) or as its code.
    String actionCode = AuditWords.actionCode(action, PageMessages.locale());
    return new AuditSearch(actor, actionCode, objectType, null, outcome, from, to, null);
  }

  private long countEntries() {
    return queries.count(currentRequest.caller(), currentSearch());
  }

  private List<AuditEntryView> entryPage(int first, int size, Optional<ColumnSort> unsorted) {
    return queries.page(currentRequest.caller(), currentSearch(), first, size);
  }

  public LazyDataModel<AuditEntryView> getEntries() {
    return entries;
  }

  public ChainVerification getVerification() {
    return verification;
  }

  public String getActor() {
    return actor;
  }

  public void setActor(String actor) {
    this.actor = actor;
  }

  public String getAction() {
    return action;
  }

  public void setAction(String action) {
    this.action = action;
  }

  public String getObjectType() {
    return objectType;
  }

  public void setObjectType(String objectType) {
    this.objectType = objectType;
  }

  public String getOutcome() {
    return outcome;
  }

  public void setOutcome(String outcome) {
    this.outcome = outcome;
  }

  public LocalDate getFromDate() {
    return fromDate;
  }

  public void setFromDate(LocalDate fromDate) {
    this.fromDate = fromDate;
  }

  public LocalDate getToDate() {
    return toDate;
  }

  public void setToDate(LocalDate toDate) {
    this.toDate = toDate;
  }

  /** An action in the user's words ({@code audit.action.<CODE>}); an action without one as is. */
  public String actionLabel(String action) {
    return AuditWords.label("audit.action.", action, PageMessages.locale());
  }

  /** Details stored as a fixed English phrase ("role not allowed") in the user's words. */
  public String detailsText(String details) {
    return AuditWords.detail(details, PageMessages.locale());
  }

  /** The actions the filter offers, in the reader's words. */
  public java.util.List<String> getActionLabels() {
    return AuditWords.actionLabels(PageMessages.locale());
  }
}
