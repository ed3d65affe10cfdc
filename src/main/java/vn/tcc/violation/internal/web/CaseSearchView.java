package vn.tcc.violation.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;
import vn.tcc.event.api.EventType;
import vn.tcc.jurisdiction.api.JurisdictionDirectory;
import vn.tcc.jurisdiction.api.JurisdictionSummary;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.time.TccTime;
import vn.tcc.shared.web.LazyRows;
import vn.tcc.shared.web.LazyRows.ColumnSort;
import vn.tcc.shared.web.PageMessages;
import vn.tcc.violation.internal.application.CaseListing;
import vn.tcc.violation.internal.application.CaseQuery;
import vn.tcc.violation.internal.application.CaseSearch;
import vn.tcc.violation.internal.domain.CaseState;

/**
 * Searching cases: by plate (with the purpose, which goes on the audit trail), camera, place
 * (commune/ward), state, violation and days; a page at a time, newest first.
 */
@Named
@ViewScoped
public class CaseSearchView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient CaseSearch search;
  @Inject transient CurrentRequest currentRequest;
  @Inject transient JurisdictionDirectory jurisdictions;

  private String plate;
  private String purpose;
  private String camera;
  private String area;
  private List<JurisdictionSummary> areas = List.of();
  private String state;
  private String violationType;
  private LocalDate fromDate;
  private LocalDate toDate;
  private boolean moreThanCounted;
  private LazyDataModel<CaseListing.Row> cases;

  @PostConstruct
  void init() {
    cases = new LazyRows<>(this::countCases, this::casePage, CaseListing.Row::caseNumber);
    Caller caller = currentRequest.caller();
    if (caller.jurisdiction() != null && caller.jurisdiction().isProvince()) {
      areas =
          jurisdictions.within(caller.jurisdiction()).stream()
              .filter(j -> j.parent() != null)
              .toList();
    }
  }

  /** Says at once what is wrong with the filters; the table then reloads with them. */
  public void search() {
    try {
      search.checked(currentRequest.caller(), query(0, 1), purpose);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void clear() {
    plate = null;
    purpose = null;
    camera = null;
    area = null;
    state = null;
    violationType = null;
    fromDate = null;
    toDate = null;
  }

  private CaseQuery query(int page, int size) {
    Instant from = fromDate == null ? null : fromDate.atStartOfDay(TccTime.ZONE).toInstant();
    Instant to = toDate == null ? null : toDate.plusDays(1).atStartOfDay(TccTime.ZONE).toInstant();
    return new CaseQuery(plate, camera, area, state, violationType, from, to, page, size);
  }

  /** Counted once per load and only up to the cap; the page says "more than" beyond it. */
  private long countCases() {
    try {
      long matching = search.count(currentRequest.caller(), query(0, 1), purpose);
      moreThanCounted = matching > CaseListing.COUNT_CAP;
      return Math.min(CaseListing.COUNT_CAP, matching);
    } catch (ProblemException refused) {
      return 0; // search() has said why
    }
  }

  /** The listing has one order, newest first; the table sorts by no column. */
  private List<CaseListing.Row> casePage(int first, int size, Optional<ColumnSort> unsorted) {
    try {
      return search.rows(currentRequest.caller(), query(first / size, size), purpose);
    } catch (ProblemException refused) {
      return List.of();
    }
  }

  public List<CaseState> getStates() {
    return Arrays.asList(CaseState.values());
  }

  public List<EventType> getViolationTypes() {
    return Arrays.stream(EventType.values()).filter(EventType::isViolation).toList();
  }

  public LazyDataModel<CaseListing.Row> getCases() {
    return cases;
  }

  public boolean isMoreThanCounted() {
    return moreThanCounted;
  }

  public String getPlate() {
    return plate;
  }

  public void setPlate(String plate) {
    this.plate = plate;
  }

  public String getPurpose() {
    return purpose;
  }

  public void setPurpose(String purpose) {
    this.purpose = purpose;
  }

  public String getCamera() {
    return camera;
  }

  public void setCamera(String camera) {
    this.camera = camera;
  }

  /** The communes/wards a province-wide searcher may narrow to; none for a ward's officer. */
  public List<JurisdictionSummary> getAreas() {
    return areas;
  }

  public String getArea() {
    return area;
  }

  public void setArea(String area) {
    this.area = area;
  }

  public String getState() {
    return state;
  }

  public void setState(String state) {
    this.state = state;
  }

  public String getViolationType() {
    return violationType;
  }

  public void setViolationType(String violationType) {
    this.violationType = violationType;
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
