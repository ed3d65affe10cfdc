package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tcc.camera.api.CameraDirectory;
import vn.tcc.camera.api.CameraReference;
import vn.tcc.retention.api.HoldPlaced;
import vn.tcc.retention.internal.domain.HoldScope;
import vn.tcc.retention.internal.domain.LegalHold;
import vn.tcc.retention.internal.domain.LegalHolds;
import vn.tcc.retention.internal.domain.RetentionCalendar;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

/**
 * Placing, lifting and listing legal holds, inside the caller's jurisdiction.
 *
 * <p>Whose a hold is: a hold on a camera belongs to the camera's commune (from the camera
 * registry), so the commune's officers place and see it. A hold on a case or an agreement is the
 * province's: retention may not read the violation module (ArchitectureTest), so it cannot tell a
 * case's commune, and a sharing agreement is the province's by nature. Only province staff place
 * and see those, until violation offers the case's jurisdiction through an api — a small change
 * here then (a {@code CaseJurisdictions} lookup), not a guess now.
 *
 * <p>Another area's camera, or a hold the caller may not see, does not exist for him (404), and the
 * refused look is audited.
 */
@ApplicationScoped
public class HoldAdministration {
  static final String PLACED = "RETENTION_HOLD_PLACED";
  static final String LIFTED = "RETENTION_HOLD_LIFTED";
  static final String DENIED = "RETENTION_HOLD_DENIED";

  /** More holds than this are not listed at once; holds are tens, not thousands. */
  static final int ARCHIVE_LIMIT = 2000;

  static final int MAX_PAGE_SIZE = 200;

  /** The hold must not reach further ahead than this: an order is renewed, not eternal. */
  static final int MAX_YEARS_AHEAD = 20;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

  private LegalHolds holds;
  private HoldArchive archive;
  private CameraDirectory cameras;
  private AuditTrail auditTrail;
  private Event<HoldPlaced> placedEvents;
  private Clock clock;

  HoldAdministration() {}

  @Inject
  HoldAdministration(
      LegalHolds holds,
      HoldArchive archive,
      CameraDirectory cameras,
      AuditTrail auditTrail,
      Event<HoldPlaced> placedEvents,
      Clock clock) {
    this.holds = holds;
    this.archive = archive;
    this.cameras = cameras;
    this.auditTrail = auditTrail;
    this.placedEvents = placedEvents;
    this.clock = clock;
  }

  /** A page of the holds the caller may see, newest first. */
  public record HoldPage(List<HoldView> items, long total, int page, int size) {}

  /**
   * Places a hold and tells the modules that keep the data ({@link HoldPlaced}, fired in the
   * transaction: the VMS lock observes it and locks the recordings, and observers that must wait
   * for the commit say so with {@code during = AFTER_SUCCESS}).
   *
   * @throws ProblemException 403 (role; a case or agreement hold by commune staff), 404 (a camera
   *     not registered or of another area), 422 (fields, a range that ends before it starts, a last
   *     day already past)
   */
  @Transactional
  public HoldView place(Caller caller, HoldRequest request) {
    RetentionRoles.require(caller, RetentionRoles.HOLD_PLACERS);
    if (request == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    Instant now = clock.instant();
    LocalDate today = RetentionCalendar.day(now);
    RetentionInput input = new RetentionInput();
    String caseNumber = code(input, "caseNumber", request.caseNumber(), 24);
    String cameraCode = code(input, "cameraCode", request.cameraCode(), 64);
    String agreementId = code(input, "agreementId", request.agreementId(), 64);
    Instant from = input.instant("from", request.from(), cameraCode != null);
    Instant to = input.instant("to", request.to(), cameraCode != null);
    String reason = input.required("reason", request.reason(), 1000);
    String decisionNumber = input.required("decisionNumber", request.decisionNumber(), 100);
    LocalDate heldThrough = input.date("heldThrough", request.heldThrough(), false);
    int scopes =
        (caseNumber == null ? 0 : 1) + (cameraCode == null ? 0 : 1) + (agreementId == null ? 0 : 1);
    if (scopes != 1 && !input.hasErrors()) {
      input.add(FieldError.of("scope", "retention.hold.oneScope"));
    }
    if (heldThrough != null && heldThrough.isAfter(today.plusYears(MAX_YEARS_AHEAD))) {
      input.add(FieldError.of("heldThrough", "retention.hold.endsTooFar", MAX_YEARS_AHEAD));
    }
    if (cameraCode == null && (from != null || to != null) && !input.hasErrors()) {
      input.add(FieldError.of("cameraCode", "retention.hold.cameraCodeRequired"));
    }
    input.check();

    HoldScope scope;
    JurisdictionCode jurisdiction;
    if (cameraCode != null) {
      CameraReference camera = visibleCamera(caller, cameraCode);
      jurisdiction = camera.jurisdiction();
      scope = new HoldScope.OfCamera(camera.code(), from, to);
    } else {
      requireProvince(caller, caseNumber != null ? caseNumber : agreementId);
      jurisdiction = caller.jurisdiction();
      scope =
          caseNumber != null
              ? new HoldScope.OfCase(caseNumber)
              : new HoldScope.OfAgreement(agreementId);
    }
    LegalHold stored =
        holds.place(LegalHold.place(scope, caller, reason, decisionNumber, heldThrough, now));
    auditTrail.record(
        new AuditRecord(
            PLACED,
            "legal_hold",
            String.valueOf(stored.id()),
            jurisdiction,
            null,
            false,
            AuditOutcome.SUCCESS,
            describe(stored) + "; decision " + decisionNumber + "; reason: " + reason));
    HoldView view =
        HoldView.of(stored, today, jurisdictionText(stored, cameraJurisdictions(List.of(stored))));
    placedEvents.fire(
        view.cameraCode() != null
            ? HoldPlaced.onCameraFootage(
                stored.id(), decisionNumber, view.cameraCode(), view.from(), view.to())
            : view.caseNumber() != null
                ? HoldPlaced.onCase(stored.id(), decisionNumber, view.caseNumber())
                : HoldPlaced.onAgreement(stored.id(), decisionNumber, view.agreementId()));
    return view;
  }

  /**
   * Lifts a hold: a supervisor who did not place it, with a reason ({@link LegalHold#lift}).
   *
   * @throws ProblemException 404 (no such hold, or not the caller's to see), 403, 409, 422
   */
  @Transactional
  public HoldView lift(Caller caller, long id, String why) {
    RetentionRoles.require(caller, RetentionRoles.HOLD_PLACERS);
    RetentionInput input = new RetentionInput();
    String reason = input.required("reason", why, 1000);
    input.check();
    LegalHold hold =
        holds.find(id).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    Map<String, JurisdictionCode> where = cameraJurisdictions(List.of(hold));
    if (!visible(caller, hold, where)) {
      denied(caller, String.valueOf(id), "lift: jurisdiction");
      throw new ProblemException(404, "problem.404.detail");
    }
    Instant now = clock.instant();
    LegalHold lifted = hold.lift(caller, reason, now);
    holds.recordLift(lifted);
    auditTrail.record(
        new AuditRecord(
            LIFTED,
            "legal_hold",
            String.valueOf(id),
            jurisdictionOf(hold, where, caller),
            null,
            false,
            AuditOutcome.SUCCESS,
            describe(hold) + "; placed by " + hold.placedBy() + "; reason: " + reason));
    return HoldView.of(lifted, RetentionCalendar.day(now), jurisdictionText(lifted, where));
  }

  /**
   * The holds the caller may see, newest first.
   *
   * @param state {@code IN_FORCE}, {@code ENDED}, {@code LIFTED}, or empty for all
   * @param page from 0; {@code size} 1 to {@value #MAX_PAGE_SIZE} (default 50)
   */
  public HoldPage list(Caller caller, String state, String page, String size) {
    RetentionRoles.require(caller, RetentionRoles.HOLD_READERS);
    RetentionInput input = new RetentionInput();
    HoldView.State wanted = input.choice("state", state, HoldView.State.class, false);
    int pageNumber = number(input, "page", page, 0, 0, 1_000_000);
    int pageSize = number(input, "size", size, 50, 1, MAX_PAGE_SIZE);
    input.check();
    List<HoldView> visible = visible(caller, wanted);
    int from = (int) Math.min((long) pageNumber * pageSize, visible.size());
    int to = Math.min(from + pageSize, visible.size());
    return new HoldPage(visible.subList(from, to), visible.size(), pageNumber, pageSize);
  }

  /** Every hold the caller may see in this state (null: all), newest first. */
  public List<HoldView> visible(Caller caller, HoldView.State wanted) {
    RetentionRoles.require(caller, RetentionRoles.HOLD_READERS);
    LocalDate today = RetentionCalendar.day(clock.instant());
    List<LegalHold> all = archive.newest(ARCHIVE_LIMIT);
    Map<String, JurisdictionCode> where = cameraJurisdictions(all);
    List<HoldView> views = new ArrayList<>();
    for (LegalHold hold : all) {
      if (visible(caller, hold, where)
          && (wanted == null || HoldView.stateOf(hold, today) == wanted)) {
        views.add(HoldView.of(hold, today, jurisdictionText(hold, where)));
      }
    }
    return views;
  }

  /**
   * The holds in force today on one camera, for its page; empty when the camera is not the caller's
   * to see (the camera page refuses it itself).
   */
  public List<HoldView> onCamera(Caller caller, String cameraCode) {
    if (!RetentionRoles.has(caller, RetentionRoles.HOLD_READERS)
        || cameraCode == null
        || cameraCode.length() > 64) {
      return List.of();
    }
    CameraReference camera = cameras.byCodes(List.of(cameraCode)).get(cameraCode);
    if (camera == null || !caller.mayAccess(camera.jurisdiction())) {
      return List.of();
    }
    LocalDate today = RetentionCalendar.day(clock.instant());
    return holds
        .inForceOnCamera(cameraCode, Instant.EPOCH, Instant.parse("9999-12-31T00:00:00Z"), today)
        .stream()
        .map(h -> HoldView.of(h, today, camera.jurisdiction().value()))
        .toList();
  }

  private CameraReference visibleCamera(Caller caller, String cameraCode) {
    CameraReference camera = cameras.byCodes(List.of(cameraCode)).get(cameraCode);
    if (camera == null) {
      throw new ProblemException(404, "retention.hold.cameraUnknown", cameraCode);
    }
    if (!caller.mayAccess(camera.jurisdiction())) {
      denied(caller, cameraCode, "place on camera: jurisdiction");
      // Another area's camera does not exist for the caller: the same answer as an unknown one.
      throw new ProblemException(404, "retention.hold.cameraUnknown", cameraCode);
    }
    return camera;
  }

  private void requireProvince(Caller caller, String subject) {
    if (!caller.jurisdiction().isProvince()) {
      denied(caller, subject, "case or agreement hold by commune staff");
      throw new ProblemException(403, "retention.hold.provinceOnly");
    }
  }

  private void denied(Caller caller, String objectId, String why) {
    auditTrail.record(
        new AuditRecord(
            DENIED,
            "legal_hold",
            objectId,
            caller.jurisdiction(),
            null,
            false,
            AuditOutcome.DENIED,
            why));
  }

  /** Camera holds belong to the camera's commune; the others to the province. */
  private static boolean visible(
      Caller caller, LegalHold hold, Map<String, JurisdictionCode> cameraJurisdictions) {
    if (hold.scope() instanceof HoldScope.OfCamera c) {
      JurisdictionCode where = cameraJurisdictions.get(c.cameraCode());
      // A camera since removed from the registry: the province still sees its hold.
      return where == null ? caller.jurisdiction().isProvince() : caller.mayAccess(where);
    }
    return caller.jurisdiction().isProvince();
  }

  private static JurisdictionCode jurisdictionOf(
      LegalHold hold, Map<String, JurisdictionCode> where, Caller caller) {
    if (hold.scope() instanceof HoldScope.OfCamera c && where.get(c.cameraCode()) != null) {
      return where.get(c.cameraCode());
    }
    return caller.jurisdiction();
  }

  private static String jurisdictionText(LegalHold hold, Map<String, JurisdictionCode> where) {
    if (hold.scope() instanceof HoldScope.OfCamera c && where.get(c.cameraCode()) != null) {
      return where.get(c.cameraCode()).value();
    }
    return null;
  }

  private Map<String, JurisdictionCode> cameraJurisdictions(List<LegalHold> some) {
    Set<String> codes =
        some.stream()
            .map(LegalHold::scope)
            .filter(HoldScope.OfCamera.class::isInstance)
            .map(s -> ((HoldScope.OfCamera) s).cameraCode())
            .collect(Collectors.toSet());
    if (codes.isEmpty()) {
      return Map.of();
    }
    return cameras.byCodes(codes).values().stream()
        .collect(Collectors.toMap(CameraReference::code, CameraReference::jurisdiction));
  }

  private static String code(RetentionInput input, String field, String value, int max) {
    String text = input.text(field, value, max);
    if (text != null && !CODE.matcher(text).matches()) {
      input.add(FieldError.of(field, "retention.input.code", text));
      return null;
    }
    return text;
  }

  static int number(
      RetentionInput input, String field, String value, int fallback, int min, int max) {
    String text = input.text(field, value, 12);
    if (text == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(text);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below with the same error as a number out of range
    }
    input.add(FieldError.of(field, "retention.input.numberRange", min, max));
    return fallback;
  }

  private static String describe(LegalHold hold) {
    if (hold.scope() instanceof HoldScope.OfCamera c) {
      return "camera " + c.cameraCode() + " " + c.from() + ".." + c.to();
    }
    if (hold.scope() instanceof HoldScope.OfCase c) {
      return "case " + c.caseNumber();
    }
    return "agreement " + ((HoldScope.OfAgreement) hold.scope()).agreementId();
  }
}
