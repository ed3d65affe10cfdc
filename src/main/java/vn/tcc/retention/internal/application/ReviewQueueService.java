package vn.tcc.retention.internal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.RetentionSource;
import vn.tcc.retention.api.StorageLevel;
import vn.tcc.retention.api.StoredVolume;
import vn.tcc.retention.api.TransferTarget;
import vn.tcc.retention.api.TransferTarget.TransferReceipt;
import vn.tcc.retention.internal.application.ReviewViews.ArrivalPage;
import vn.tcc.retention.internal.application.ReviewViews.ArrivalView;
import vn.tcc.retention.internal.application.ReviewViews.ItemView;
import vn.tcc.retention.internal.application.ReviewViews.LocationView;
import vn.tcc.retention.internal.application.ReviewViews.QueuePage;
import vn.tcc.retention.internal.application.ReviewViews.ReleaseView;
import vn.tcc.retention.internal.application.ReviewViews.TransferView;
import vn.tcc.retention.internal.domain.CustodyEntry;
import vn.tcc.retention.internal.domain.RetentionRuleException;
import vn.tcc.retention.internal.domain.ReviewItem;
import vn.tcc.retention.internal.domain.ReviewQueue;
import vn.tcc.retention.internal.domain.ReviewState;
import vn.tcc.retention.internal.domain.StorageLocation;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.audit.AuditRecord;
import vn.tcc.shared.audit.AuditTrail;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.jurisdiction.JurisdictionCode;
import vn.tcc.shared.security.Caller;

/**
 * The commune → province review (Decision 502/QD-TTg): a commune's reviewers see their queue,
 * choose items with a reason and send them to the provincial center, or let the rest go; the
 * province sees what arrived and from where.
 *
 * <p>Who: officers and supervisors decide about the communes their jurisdiction covers (their own;
 * the province's cover all, {@link ReviewItem#requireReviewer}); administrators and auditors read.
 * A commune's staff see only their commune's queue; arrivals and storage locations are the
 * province's. Another commune's item is refused (403) and the refusal audited: unlike a hold, an
 * item's commune is no secret to a reviewer who was given its id.
 *
 * <p>A transfer is one transaction: every item is moved by the module that keeps it ({@link
 * TransferTarget}; rows in the one database change custody only), each file verified at the
 * receiving end; one that does not verify refuses the whole transfer (409), the copies already made
 * are removed with the rollback, the commune copies stay, and the refusal is audited in a
 * transaction of its own.
 */
@ApplicationScoped
public class ReviewQueueService {
  private static final Logger LOG = Logger.getLogger(ReviewQueueService.class.getName());

  /** Read a queue: the reviewers, and those who oversee them. */
  public static final List<String> READERS = RetentionRoles.HOLD_READERS;

  public static final List<String> REVIEWERS = List.copyOf(ReviewItem.REVIEWERS);

  static final int MAX_PAGE_SIZE = 200;

  /** Items one transfer moves: what a person chooses on a page or two, not a bulk export. */
  static final int MAX_TRANSFER_ITEMS = 200;

  /** Items one "release the rest" lets go at once; more are released by asking again. */
  static final int MAX_RELEASE_ITEMS = 10_000;

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");

  private ReviewQueue queue;
  private Supplier<List<TransferTarget>> targets;
  private Supplier<List<RetentionSource>> sources;
  private RetentionAccessDenials denials;
  private AuditTrail audit;
  private Clock clock;

  ReviewQueueService() {}

  @Inject
  ReviewQueueService(
      ReviewQueue queue,
      @Any Instance<TransferTarget> targets,
      @Any Instance<RetentionSource> sources,
      RetentionAccessDenials denials,
      AuditTrail audit,
      Clock clock) {
    this(
        queue,
        () -> targets.stream().toList(),
        () -> sources.stream().toList(),
        denials,
        audit,
        clock);
  }

  ReviewQueueService(
      ReviewQueue queue,
      Supplier<List<TransferTarget>> targets,
      Supplier<List<RetentionSource>> sources,
      RetentionAccessDenials denials,
      AuditTrail audit,
      Clock clock) {
    this.queue = queue;
    this.targets = targets;
    this.sources = sources;
    this.denials = denials;
    this.audit = audit;
    this.clock = clock;
  }

  /** What to send up, and why. */
  public record TransferRequest(List<Long> items, String reason) {}

  /** What to let go: the listed items, or (none listed) every waiting item of the commune. */
  public record ReleaseRequest(String commune, List<Long> items, String reason) {}

  /**
   * A page of the queue the caller may see, oldest due first.
   *
   * @param commune a commune to narrow to (province staff); a commune's own staff see theirs only
   * @param state WAITING (default), TRANSFERRED or EXPIRED
   * @param page from 0; {@code size} 1 to {@value #MAX_PAGE_SIZE} (default 50)
   * @throws ProblemException 403 (role; another commune's queue), 422 (fields)
   */
  public QueuePage queue(
      Caller caller,
      String commune,
      String state,
      String dataClass,
      String cameraCode,
      String page,
      String size) {
    RetentionRoles.require(caller, READERS);
    RetentionInput input = new RetentionInput();
    JurisdictionCode wanted = jurisdiction(input, "commune", commune);
    ReviewState inState = input.choice("state", state, ReviewState.class, false);
    DataClass ofClass = input.choice("dataClass", dataClass, DataClass.class, false);
    String camera = code(input, "cameraCode", cameraCode, 64);
    int pageNumber = HoldAdministration.number(input, "page", page, 0, 0, 1_000_000);
    int pageSize = HoldAdministration.number(input, "size", size, 50, 1, MAX_PAGE_SIZE);
    input.check();
    JurisdictionCode scope = scopeFor(caller, wanted);
    ReviewQueue.Filter filter =
        new ReviewQueue.Filter(
            scope, inState == null ? ReviewState.WAITING : inState, ofClass, camera);
    long total = queue.count(filter);
    List<ItemView> items =
        queue.page(filter, pageNumber * pageSize, pageSize).stream().map(ItemView::of).toList();
    return new QueuePage(items, total, pageNumber, pageSize);
  }

  /**
   * Sends the chosen items of one commune to the provincial center, with a reason.
   *
   * @throws ProblemException 400 (no body), 403 (role; another commune's item), 404 (an unknown
   *     item), 409 (an item already decided; a copy that did not verify), 422 (fields; items of
   *     several communes)
   */
  @Transactional
  public TransferView transfer(Caller caller, TransferRequest request) {
    RetentionRoles.require(caller, REVIEWERS);
    if (request == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    RetentionInput input = new RetentionInput();
    String reason = input.required("reason", request.reason(), 1000);
    Set<Long> ids = ids(input, request.items(), MAX_TRANSFER_ITEMS, true);
    input.check();
    List<ReviewItem> items = decidable(caller, ids, "transfer");
    JurisdictionCode commune = items.get(0).jurisdiction();
    if (items.stream().anyMatch(i -> !i.jurisdiction().equals(commune))) {
      throw new RetentionRuleException(
          RetentionRuleException.INVALID, "retention.review.oneCommune");
    }
    Instant now = clock.instant();
    StorageLocation from = queue.communeLocation(commune);
    StorageLocation to = queue.provinceLocation();
    Map<DataClass, TransferTarget> byClass =
        targets.get().stream()
            .collect(Collectors.toMap(TransferTarget::dataClass, Function.identity(), (a, b) -> a));
    List<TransferReceipt> receipts = new ArrayList<>(items.size());
    for (ReviewItem item : items) {
      TransferTarget target = byClass.get(item.dataClass());
      TransferReceipt receipt =
          target == null
              // A row in the one database: custody changes, no bytes move.
              ? new TransferReceipt(
                  item.itemId(), true, null, null, item.sizeBytes(), null, null, null)
              : target.toProvince(item.itemId());
      if (target != null && (!receipt.matches() || !sameAsQueued(item, receipt))) {
        refused(caller, item, receipt);
      }
      receipts.add(receipt);
    }
    long bytes = receipts.stream().mapToLong(TransferReceipt::bytes).sum();
    long transferId =
        queue.openTransfer(commune, reason, caller.username(), now, items.size(), bytes);
    List<CustodyEntry> custody = new ArrayList<>(items.size());
    for (int i = 0; i < items.size(); i++) {
      ReviewItem item = items.get(i);
      TransferReceipt receipt = receipts.get(i);
      if (!queue.recordDecision(item.transferBy(caller, transferId, reason, now))) {
        throw new RetentionRuleException(
            RetentionRuleException.CONFLICT, "retention.review.alreadyDecided", item.itemId(), "?");
      }
      CustodyEntry entry =
          new CustodyEntry(
              null,
              transferId,
              item.id(),
              item.dataClass(),
              item.itemId(),
              from.code(),
              to.code(),
              receipt.fromPath(),
              receipt.toPath(),
              receipt.sha256Before(),
              receipt.sha256After(),
              receipt.bytes(),
              caller.username(),
              now);
      queue.addCustody(entry);
      custody.add(entry);
    }
    audit.record(
        new AuditRecord(
            ReviewAudit.TRANSFERRED,
            ReviewAudit.TRANSFER_OBJECT,
            Long.toString(transferId),
            commune,
            null,
            false,
            AuditOutcome.SUCCESS,
            items.size()
                + " items, "
                + bytes
                + " bytes, "
                + from.code()
                + " -> "
                + to.code()
                + "; reason: "
                + reason
                + "; items: "
                + custody.stream()
                    .map(
                        c ->
                            c.dataClass()
                                + "/"
                                + c.itemId()
                                + (c.sha256After() == null ? "" : " sha256=" + c.sha256After()))
                    .collect(Collectors.joining(", "))));
    return TransferView.of(queue.transfer(transferId).orElseThrow(), custody);
  }

  /**
   * Lets items of one commune go: they expire, and the next purge deletes them (a hold still keeps
   * them). Without items listed, every waiting item of the commune ("release the rest").
   *
   * @throws ProblemException 403, 404, 409, 422 as {@link #transfer}; 422 {@code
   *     retention.review.communeRequired} when province staff release all without naming a commune
   */
  @Transactional
  public ReleaseView release(Caller caller, ReleaseRequest request) {
    RetentionRoles.require(caller, REVIEWERS);
    if (request == null) {
      throw new ProblemException(400, "problem.400.detail");
    }
    RetentionInput input = new RetentionInput();
    String reason = input.required("reason", request.reason(), 1000);
    JurisdictionCode named = jurisdiction(input, "commune", request.commune());
    Set<Long> ids = ids(input, request.items(), MAX_TRANSFER_ITEMS, false);
    input.check();
    List<ReviewItem> items;
    JurisdictionCode commune;
    if (ids.isEmpty()) {
      commune = named != null ? named : caller.jurisdiction();
      if (commune.isProvince()) {
        throw new RetentionRuleException(
            RetentionRuleException.INVALID, "retention.review.communeRequired");
      }
      if (!caller.mayAccess(commune)) {
        deny(caller, commune.value(), "release: jurisdiction");
      }
      items = queue.lockWaiting(commune, MAX_RELEASE_ITEMS);
    } else {
      items = decidable(caller, ids, "release");
      commune = items.get(0).jurisdiction();
      if (items.stream().anyMatch(i -> !i.jurisdiction().equals(commune))) {
        throw new RetentionRuleException(
            RetentionRuleException.INVALID, "retention.review.oneCommune");
      }
    }
    Instant now = clock.instant();
    List<Long> released = new ArrayList<>();
    for (ReviewItem item : items) {
      if (queue.recordDecision(item.releaseBy(caller, reason, now))) {
        released.add(item.id());
      }
    }
    if (!released.isEmpty()) {
      audit.record(
          new AuditRecord(
              ReviewAudit.RELEASED,
              ReviewAudit.OBJECT,
              released.size() == 1 ? released.get(0).toString() : null,
              commune,
              null,
              false,
              AuditOutcome.SUCCESS,
              released.size()
                  + " items released for deletion by the purge; reason: "
                  + reason
                  + "; items: "
                  + items.stream()
                      .map(i -> i.dataClass() + "/" + i.itemId())
                      .collect(Collectors.joining(","))));
    }
    return new ReleaseView(commune.value(), released.size(), released);
  }

  /**
   * One transfer with its chain of custody: for province staff, and for the reviewers of the
   * commune it came from.
   */
  public TransferView transfer(Caller caller, long id) {
    RetentionRoles.require(caller, READERS);
    var transfer =
        queue.transfer(id).orElseThrow(() -> new ProblemException(404, "problem.404.detail"));
    if (!caller.mayAccess(transfer.jurisdiction())) {
      deny(caller, Long.toString(id), "read transfer: jurisdiction");
    }
    return TransferView.of(transfer, queue.custodyOf(id));
  }

  /**
   * What arrived at the provincial center and from where, newest first: province staff only.
   *
   * @param from a commune to narrow to, or null for all
   */
  public ArrivalPage arrivals(Caller caller, String from, String page, String size) {
    RetentionRoles.require(caller, READERS);
    requireProvince(caller, "arrivals");
    RetentionInput input = new RetentionInput();
    JurisdictionCode commune = jurisdiction(input, "from", from);
    int pageNumber = HoldAdministration.number(input, "page", page, 0, 0, 1_000_000);
    int pageSize = HoldAdministration.number(input, "size", size, 50, 1, MAX_PAGE_SIZE);
    input.check();
    List<ArrivalView> items =
        queue.arrivals(commune, pageNumber * pageSize, pageSize).stream()
            .map(ArrivalView::of)
            .toList();
    return new ArrivalPage(items, queue.countArrivals(commune), pageNumber, pageSize);
  }

  /**
   * The storage locations with their capacity and what the owning modules report kept there:
   * province staff only. A source that fails to say is left out of the figures, not the page.
   */
  public List<LocationView> locations(Caller caller) {
    RetentionRoles.require(caller, READERS);
    requireProvince(caller, "locations");
    List<StoredVolume> volumes = new ArrayList<>();
    for (RetentionSource source : sources.get()) {
      try {
        volumes.addAll(source.volumes());
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Retention source " + source.dataClass() + " gave no volumes", e);
      }
    }
    return queue.locations().stream()
        .map(
            l -> {
              List<StoredVolume> here =
                  volumes.stream()
                      .filter(
                          v ->
                              v.level() == l.level()
                                  && (l.level() == StorageLevel.PROVINCIAL_CENTER
                                      || l.jurisdiction().equals(v.jurisdiction())))
                      .toList();
              return new LocationView(
                  l.code(),
                  l.level().name(),
                  l.jurisdiction() == null ? null : l.jurisdiction().value(),
                  l.root(),
                  l.capacityBytes(),
                  here.stream().mapToLong(StoredVolume::bytes).sum(),
                  here.stream().mapToLong(StoredVolume::items).sum());
            })
        .toList();
  }

  /** The items, locked, each the caller's to decide and still waiting; else 403/404/409. */
  private List<ReviewItem> decidable(Caller caller, Set<Long> ids, String what) {
    List<ReviewItem> items = queue.lockForDecision(ids);
    if (items.size() != ids.size()) {
      throw new ProblemException(404, "problem.404.detail");
    }
    for (ReviewItem item : items) {
      if (!caller.mayAccess(item.jurisdiction())) {
        deny(caller, Long.toString(item.id()), what + ": jurisdiction");
      }
      if (!item.isWaiting()) {
        throw new RetentionRuleException(
            RetentionRuleException.CONFLICT,
            "retention.review.alreadyDecided",
            item.itemId(),
            item.state().name());
      }
    }
    return items;
  }

  /** The file that went up is the one queued: same SHA-256 as captured. */
  private static boolean sameAsQueued(ReviewItem item, TransferReceipt receipt) {
    return item.sha256() == null || item.sha256().equals(receipt.sha256Before());
  }

  private void refused(Caller caller, ReviewItem item, TransferReceipt receipt) {
    String detail =
        receipt.detail() != null
            ? receipt.detail()
            : "queued " + item.sha256() + ", read " + receipt.sha256Before();
    denials.record(
        new AuditRecord(
            ReviewAudit.TRANSFER_REFUSED,
            ReviewAudit.OBJECT,
            Long.toString(item.id()),
            item.jurisdiction(),
            null,
            false,
            AuditOutcome.FAILED,
            item.dataClass()
                + "/"
                + item.itemId()
                + " not verified at the provincial center, commune copy kept: "
                + detail
                + " (by "
                + caller.username()
                + ")"));
    throw new RetentionRuleException(
        RetentionRuleException.CONFLICT, "retention.review.notVerified", item.itemId(), detail);
  }

  private JurisdictionCode scopeFor(Caller caller, JurisdictionCode wanted) {
    if (wanted == null) {
      return caller.jurisdiction();
    }
    if (!caller.mayAccess(wanted)) {
      deny(caller, wanted.value(), "queue: jurisdiction");
    }
    return wanted;
  }

  private void requireProvince(Caller caller, String what) {
    if (!caller.jurisdiction().isProvince()) {
      denials.record(ReviewAudit.OBJECT, what, "province only (" + caller.username() + ")");
      throw new RetentionRuleException(
          RetentionRuleException.FORBIDDEN, "retention.review.provinceOnly");
    }
  }

  private void deny(Caller caller, String objectId, String why) {
    denials.record(ReviewAudit.OBJECT, objectId, why + " (" + caller.username() + ")");
    throw new RetentionRuleException(
        RetentionRuleException.FORBIDDEN, "retention.review.otherCommune", objectId);
  }

  private static Set<Long> ids(RetentionInput input, List<Long> given, int max, boolean required) {
    Set<Long> ids = new LinkedHashSet<>();
    if (given == null || given.isEmpty()) {
      if (required) {
        input.add(FieldError.of("items", "retention.review.itemsRequired"));
      }
      return ids;
    }
    if (given.size() > max) {
      input.add(FieldError.of("items", "retention.review.tooManyItems", max));
      return ids;
    }
    for (Long id : given) {
      if (id == null || id <= 0) {
        input.add(FieldError.of("items", "retention.review.itemId"));
        return Set.of();
      }
      ids.add(id);
    }
    return ids;
  }

  private static JurisdictionCode jurisdiction(RetentionInput input, String field, String value) {
    String text = input.text(field, value, 64);
    if (text == null) {
      return null;
    }
    JurisdictionCode code = JurisdictionCode.parseOrNull(text);
    if (code == null) {
      input.add(FieldError.of(field, "retention.input.code", text));
    }
    return code;
  }

  private static String code(RetentionInput input, String field, String value, int max) {
    String text = input.text(field, value, max);
    if (text != null && !CODE.matcher(text).matches()) {
      input.add(FieldError.of(field, "retention.input.code", text));
      return null;
    }
    return text;
  }
}
