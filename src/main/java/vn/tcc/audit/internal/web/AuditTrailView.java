package vn.tcc.audit.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import vn.tcc.audit.internal.application.AuditChainCheck;
import vn.tcc.audit.internal.application.AuditQueries;
import vn.tcc.audit.internal.domain.AuditEntryView;
import vn.tcc.audit.internal.domain.AuditSearch;
import vn.tcc.audit.internal.domain.ChainVerification;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.time.TccTime;

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
    entries = new EntryModel();
  }

  public void verifyChain() {
    verification = chainCheck.verify();
    FacesContext faces = FacesContext.getCurrentInstance();
    ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
    if (verification.intact()) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_INFO,
              String.format(msg.getString("audit.chain.intact"), verification.checked()),
              null));
    } else {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              String.format(
                  msg.getString("audit.chain.broken"),
                  verification.firstBrokenSeq(),
                  msg.getString("audit.chain.problem." + verification.problem().name())),
              null));
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
    return new AuditSearch(actor, action, objectType, null, outcome, from, to, null);
  }

  private class EntryModel extends LazyDataModel<AuditEntryView> {
    private static final long serialVersionUID = 1L;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
      return (int)
          Math.min(Integer.MAX_VALUE, queries.count(currentRequest.caller(), currentSearch()));
    }

    @Override
    public List<AuditEntryView> load(
        int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
      return queries.page(currentRequest.caller(), currentSearch(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntryView entry) {
      return Long.toString(entry.seq());
    }

    @Override
    public AuditEntryView getRowData(String rowKey) {
      return null;
    }
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
}
