package vn.tcc.retention.internal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.tcc.retention.api.DataClass;
import vn.tcc.retention.api.TransferTarget;
import vn.tcc.retention.internal.application.ReviewQueueService.ReleaseRequest;
import vn.tcc.retention.internal.application.ReviewQueueService.TransferRequest;
import vn.tcc.retention.internal.application.ReviewViews.TransferView;
import vn.tcc.retention.internal.domain.ReviewState;
import vn.tcc.shared.audit.AuditOutcome;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;

class ReviewQueueServiceTest {
  static final String CLIP = "c1".repeat(32);
  static final String FRAME = "f2".repeat(32);

  final ReviewFakes.Queue queue = new ReviewFakes.Queue();
  final Fakes.Audit audit = new Fakes.Audit();
  final Fakes.Audit ownTransaction = new Fakes.Audit();
  final Files files = new Files();
  final ReviewQueueService service;

  final Caller quyNhon = Fakes.user("officer", "officer", "GL.QUY_NHON");
  final Caller pleiku = Fakes.user("officer2", "officer", "GL.PLEIKU");
  final Caller supervisor = Fakes.user("supervisor", "supervisor", "GL");
  final Caller auditor = Fakes.user("auditor", "auditor", "GL");

  ReviewQueueServiceTest() {
    RetentionAccessDenials denials = new RetentionAccessDenials();
    denials.auditTrail = ownTransaction;
    service =
        new ReviewQueueService(queue, () -> List.of(files), List::of, denials, audit, Fakes.CLOCK);
  }

  /** The evidence files of the commune store as the event module would move them. */
  static final class Files implements TransferTarget {
    final List<String> atProvince = new ArrayList<>();
    String corruptOnArrival;

    @Override
    public DataClass dataClass() {
      return DataClass.VIOLATION_EVIDENCE;
    }

    @Override
    public TransferReceipt toProvince(String itemId) {
      if (itemId.equals(corruptOnArrival)) {
        // What the store answers when the bytes read back at the province differ.
        return new TransferReceipt(
            itemId, false, itemId, "00".repeat(32), 1000, "/c/" + itemId, "/p/" + itemId, "bad");
      }
      atProvince.add(itemId);
      return new TransferReceipt(
          itemId, true, itemId, itemId, 1000, "/c/" + itemId, "/p/" + itemId, null);
    }
  }

  long waiting(String itemId, String commune) {
    return queue.waiting(DataClass.VIOLATION_EVIDENCE, itemId, commune, itemId, Fakes.NOW);
  }

  @Test
  void a_commune_officer_sees_only_his_communes_queue_the_province_sees_all() {
    waiting(CLIP, "GL.QUY_NHON");
    waiting(FRAME, "GL.PLEIKU");

    var own = service.queue(quyNhon, null, null, null, null, null, null);
    assertEquals(1, own.total());
    assertEquals(CLIP, own.items().get(0).itemId());
    assertEquals(2, service.queue(auditor, null, null, null, null, null, null).total());
    assertEquals(1, service.queue(supervisor, "GL.PLEIKU", null, null, null, null, null).total());

    ProblemException other =
        assertThrows(
            ProblemException.class,
            () -> service.queue(quyNhon, "GL.PLEIKU", null, null, null, null, null));
    assertEquals(403, other.status());
    assertEquals(AuditOutcome.DENIED, ownTransaction.records.get(0).outcome());
  }

  @Test
  void a_transfer_copies_verifies_and_records_the_chain_of_custody() {
    long clip = waiting(CLIP, "GL.QUY_NHON");

    TransferView done =
        service.transfer(quyNhon, new TransferRequest(List.of(clip), "Vụ tai nạn 12/3"));

    assertEquals(List.of(CLIP), files.atProvince);
    assertEquals(ReviewState.TRANSFERRED, queue.item(clip).state());
    assertEquals(1, done.custody().size());
    var custody = done.custody().get(0);
    assertEquals("COMMUNE:GL.QUY_NHON", custody.fromLocation());
    assertEquals("PROVINCE", custody.toLocation());
    assertEquals(CLIP, custody.sha256Before());
    assertEquals(CLIP, custody.sha256After());
    assertEquals("officer", custody.movedBy());
    assertEquals("/p/" + CLIP, queue.custody.get(0).toPath());
    assertEquals(1, done.verifiedFiles());
    assertTrue(audit.records.stream().anyMatch(a -> a.action().equals(ReviewAudit.TRANSFERRED)));

    var arrivals = service.arrivals(supervisor, null, null, null);
    assertEquals(1, arrivals.total());
    assertEquals("GL.QUY_NHON", arrivals.items().get(0).fromCommune());
    assertEquals("Vụ tai nạn 12/3", arrivals.items().get(0).reason());
  }

  @Test
  void a_copy_that_does_not_verify_refuses_the_whole_transfer_and_is_audited() {
    long clip = waiting(CLIP, "GL.QUY_NHON");
    long frame = waiting(FRAME, "GL.QUY_NHON");
    files.corruptOnArrival = FRAME;

    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> service.transfer(quyNhon, new TransferRequest(List.of(clip, frame), "x")));

    assertEquals(409, refused.status());
    assertEquals("retention.review.notVerified", refused.messageKey());
    assertEquals(ReviewState.WAITING, queue.item(frame).state(), "the commune keeps it");
    assertTrue(queue.custody.isEmpty(), "no custody for an unverified copy");
    assertTrue(queue.transfers.isEmpty());
    assertEquals(AuditOutcome.FAILED, ownTransaction.records.get(0).outcome());
  }

  @Test
  void another_communes_officer_is_refused_on_the_item_and_it_stays_waiting() {
    long clip = waiting(CLIP, "GL.QUY_NHON");

    ProblemException refused =
        assertThrows(
            ProblemException.class,
            () -> service.transfer(pleiku, new TransferRequest(List.of(clip), "x")));

    assertEquals(403, refused.status());
    assertTrue(files.atProvince.isEmpty());
    assertEquals(ReviewState.WAITING, queue.item(clip).state());
    assertEquals(AuditOutcome.DENIED, ownTransaction.records.get(0).outcome());
  }

  @Test
  void a_decided_item_is_not_transferred_again_and_unknown_items_are_not_found() {
    long clip = waiting(CLIP, "GL.QUY_NHON");
    service.transfer(quyNhon, new TransferRequest(List.of(clip), "x"));

    assertEquals(
        409,
        assertThrows(
                ProblemException.class,
                () -> service.transfer(quyNhon, new TransferRequest(List.of(clip), "y")))
            .status());
    assertEquals(
        404,
        assertThrows(
                ProblemException.class,
                () -> service.transfer(quyNhon, new TransferRequest(List.of(999L), "y")))
            .status());
  }

  @Test
  void releasing_the_rest_expires_every_waiting_item_of_the_commune_only() {
    long clip = waiting(CLIP, "GL.QUY_NHON");
    long frame = waiting(FRAME, "GL.QUY_NHON");
    long other = waiting("aa".repeat(32), "GL.PLEIKU");
    service.transfer(quyNhon, new TransferRequest(List.of(clip), "x"));

    var released = service.release(quyNhon, new ReleaseRequest(null, null, "Không liên quan"));

    assertEquals(1, released.released());
    assertEquals(ReviewState.EXPIRED, queue.item(frame).state());
    assertEquals(ReviewState.TRANSFERRED, queue.item(clip).state());
    assertEquals(ReviewState.WAITING, queue.item(other).state());
    assertTrue(audit.records.stream().anyMatch(a -> a.action().equals(ReviewAudit.RELEASED)));
    assertEquals(
        422,
        assertThrows(
                ProblemException.class,
                () -> service.release(supervisor, new ReleaseRequest(null, null, "x")))
            .status(),
        "the province names the commune it releases");
  }

  @Test
  void watchers_do_not_decide_and_communes_do_not_see_arrivals() {
    long clip = waiting(CLIP, "GL.QUY_NHON");
    assertEquals(
        403,
        assertThrows(
                ProblemException.class,
                () -> service.transfer(auditor, new TransferRequest(List.of(clip), "x")))
            .status());
    assertEquals(
        403,
        assertThrows(ProblemException.class, () -> service.arrivals(quyNhon, null, null, null))
            .status());
    assertEquals(
        403, assertThrows(ProblemException.class, () -> service.locations(quyNhon)).status());
  }

  @Test
  void hostile_input_is_422_never_a_failure() {
    long clip = waiting(CLIP, "GL.QUY_NHON");
    for (TransferRequest bad :
        List.of(
            new TransferRequest(List.of(clip), "a\u0000b"),
            new TransferRequest(List.of(clip), "x".repeat(100_000)),
            new TransferRequest(List.of(), "x"),
            new TransferRequest(List.of(-1L), "x"),
            new TransferRequest(java.util.Collections.nCopies(201, clip), "x"))) {
      assertThrows(ValidationException.class, () -> service.transfer(quyNhon, bad));
    }
    for (String size : new String[] {"-1", "0", "201", "99999999999", "abc"}) {
      assertThrows(
          ValidationException.class,
          () -> service.queue(quyNhon, null, null, null, null, null, size),
          size);
    }
    assertThrows(
        ValidationException.class,
        () -> service.queue(quyNhon, null, "NOPE", null, null, null, null));
    assertThrows(
        ValidationException.class,
        () -> service.queue(quyNhon, "gl.x\u0000", null, null, null, null, null));
    assertNull(queue.item(clip).decidedBy());
  }
}
