package vn.tcc.violation.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import vn.tcc.event.api.EventType;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;
import vn.tcc.violation.internal.domain.CaseState;
import vn.tcc.violation.internal.domain.PlateNumber;

/**
 * Searching cases within the caller's jurisdiction, or a commune/ward of it. Results show plates,
 * so every search is a read of personal data on the audit trail; a search <em>by plate</em> looks
 * for a person's movements and must state its purpose.
 */
@ApplicationScoped
public class CaseSearch {
  static final String SEARCHED = "VIOLATION_CASES_SEARCHED";
  static final String PLATE_SEARCHED = "PLATE_SEARCHED";
  static final String DEFAULT_PURPOSE = "Xử lý hồ sơ vi phạm";

  @Inject CaseListing listing;
  @Inject AuditTrail auditTrail;

  /**
   * How many cases match, for paging; the same checks as {@link #search}, not audited on its own:
   * it shows no plate, and the page it is counted for is.
   */
  public long count(Caller caller, CaseQuery query, String purpose) {
    CaseQuery checked = checked(caller, query, purpose);
    return listing.count(scope(caller, checked), checked);
  }

  public CaseListing.Page search(Caller caller, CaseQuery query, String purpose) {
    CaseQuery checked = checked(caller, query, purpose);
    CaseListing.Page page = listing.search(scope(caller, checked), checked);
    audit(caller, checked, purpose, page.rows().size());
    return page;
  }

  /**
   * One page without its count, for a page whose table asks for the count on its own ({@link
   * #count}); audited like {@link #search}.
   */
  public List<CaseListing.Row> rows(Caller caller, CaseQuery query, String purpose) {
    CaseQuery checked = checked(caller, query, purpose);
    List<CaseListing.Row> rows = listing.rows(scope(caller, checked), checked);
    audit(caller, checked, purpose, rows.size());
    return rows;
  }

  /**
   * Where to look: the area asked for ({@link #checked} made sure it is the caller's), or all his.
   */
  private static JurisdictionCode scope(Caller caller, CaseQuery checked) {
    return checked.area() == null ? caller.jurisdiction() : new JurisdictionCode(checked.area());
  }

  private void audit(Caller caller, CaseQuery checked, String purpose, int results) {
    boolean byPlate = checked.plate() != null;
    String why = purpose == null || purpose.isBlank() ? DEFAULT_PURPOSE : purpose.strip();
    auditTrail.record(
        AuditRecord.personalDataRead(
                byPlate ? PLATE_SEARCHED : SEARCHED,
                "violation_case",
                byPlate ? checked.plate() : null,
                caller.jurisdiction(),
                why)
            .withDetails(describe(checked, results)));
  }

  /**
   * The query as it will run (plate normalised, blanks dropped), or the reason it may not: no role,
   * no purpose for a plate, an unknown state or type.
   */
  public CaseQuery checked(Caller caller, CaseQuery query, String purpose) {
    if (!caller.hasAnyRole(CaseRoles.READING) || caller.jurisdiction() == null) {
      throw new ProblemException(403, "problem.403.role");
    }
    String plate = query.plate() == null ? null : PlateNumber.normalise(query.plate());
    boolean byPlate = plate != null && !plate.isEmpty();
    if (byPlate && (purpose == null || purpose.isBlank())) {
      throw new ProblemException(400, "violation.search.purposeRequired");
    }
    String area = blankToNull(query.area());
    if (area != null) {
      JurisdictionCode place = JurisdictionCode.parseOrNull(area);
      if (place == null) {
        throw new ProblemException(422, "violation.search.unknownArea", area);
      }
      if (!caller.jurisdiction().covers(place)) {
        throw new ProblemException(403, "violation.search.areaOutside", area);
      }
    }
    requireKnown(CaseState.class, query.state(), "violation.search.unknownState");
    requireKnown(EventType.class, query.violationType(), "violation.search.unknownType");
    return new CaseQuery(
        byPlate ? plate : null,
        blankToNull(query.cameraCode()),
        area,
        blankToNull(query.state()),
        blankToNull(query.violationType()),
        query.from(),
        query.to(),
        query.page(),
        query.size());
  }

  private static String describe(CaseQuery query, int results) {
    return "camera="
        + query.cameraCode()
        + " area="
        + query.area()
        + " state="
        + query.state()
        + " type="
        + query.violationType()
        + " from="
        + query.from()
        + " to="
        + query.to()
        + " page="
        + query.page()
        + " results="
        + results;
  }

  private static <E extends Enum<E>> void requireKnown(Class<E> type, String value, String key) {
    if (value == null || value.isBlank()) {
      return;
    }
    try {
      Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException unknown) {
      throw new ProblemException(422, key, value);
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
