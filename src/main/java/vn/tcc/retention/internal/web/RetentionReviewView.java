package vn.tcc.retention.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;
import vn.tcc.retention.internal.application.ReviewQueueService;
import vn.tcc.retention.internal.application.ReviewViews.ArrivalView;
import vn.tcc.retention.internal.application.ReviewViews.ItemView;
import vn.tcc.retention.internal.application.ReviewViews.LocationView;
import vn.tcc.retention.internal.application.ReviewViews.ReleaseView;
import vn.tcc.retention.internal.application.ReviewViews.TransferView;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.security.Caller;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.LazyRows;
import vn.tcc.shared.web.LazyRows.ColumnSort;
import vn.tcc.shared.web.PageMessages;

/**
 * The review of commune data (Decision 502/QD-TTg): a commune officer pages through his commune's
 * queue, ticks what matters, gives a reason and sends it to the provincial center, or lets the rest
 * go; province staff also see what arrived and from where, and the storage locations.
 */
@Named
@ViewScoped
public class RetentionReviewView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient ReviewQueueService review;
  @Inject transient CurrentRequest currentRequest;

  private LazyDataModel<ItemView> queue;
  private LazyDataModel<ArrivalView> arrivals;
  private final Map<Long, Boolean> chosen = new HashMap<>();
  private String commune;
  private String dataClass;
  private String cameraCode;
  private String reason;
  private String releaseReason;
  private TransferView lastTransfer;

  @PostConstruct
  void init() {
    queue = new LazyRows<>(this::countQueue, this::queuePage, i -> Long.toString(i.id()));
    arrivals =
        new LazyRows<>(
            this::countArrivals,
            this::arrivalPage,
            a -> a.transferId() + "/" + a.custody().reviewItemId());
  }

  private long countQueue() {
    try {
      return review.queue(caller(), commune, null, dataClass, cameraCode, "0", "1").total();
    } catch (ValidationException invalid) {
      // Counted before the rows are read (and with no rows, they are not): said here, once.
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("retention.field."));
      return 0;
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
      return 0;
    }
  }

  private List<ItemView> queuePage(int first, int size, Optional<ColumnSort> unsorted) {
    try {
      int pageSize = Math.max(1, Math.min(size, 200));
      return review
          .queue(
              caller(),
              commune,
              null,
              dataClass,
              cameraCode,
              Integer.toString(first / pageSize),
              Integer.toString(pageSize))
          .items();
    } catch (ProblemException | ValidationException refusedOrInvalid) {
      return List.of(); // the count said why
    }
  }

  private long countArrivals() {
    try {
      return isProvince() ? review.arrivals(caller(), null, "0", "1").total() : 0;
    } catch (ProblemException refused) {
      return 0;
    }
  }

  private List<ArrivalView> arrivalPage(int first, int size, Optional<ColumnSort> unsorted) {
    if (!isProvince()) {
      return List.of();
    }
    int pageSize = Math.max(1, Math.min(size, 200));
    return review
        .arrivals(caller(), null, Integer.toString(first / pageSize), Integer.toString(pageSize))
        .items();
  }

  /** Sends the ticked items up, and says what was copied and verified. */
  public void transfer() {
    List<Long> ids = new ArrayList<>();
    chosen.forEach(
        (id, ticked) -> {
          if (Boolean.TRUE.equals(ticked)) {
            ids.add(id);
          }
        });
    if (ids.isEmpty()) {
      PageMessages.error("retention.review.chooseFirst");
      return;
    }
    try {
      lastTransfer = review.transfer(caller(), new ReviewQueueService.TransferRequest(ids, reason));
      PageMessages.info(
          "retention.review.transferred",
          lastTransfer.items(),
          RetentionTexts.bytes(lastTransfer.bytes(), PageMessages.locale()),
          lastTransfer.verifiedFiles(),
          lastTransfer.id());
      chosen.clear();
      reason = null;
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("retention.field."), "review");
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** Lets every item still waiting in the commune go, for the purge to delete. */
  public void releaseRest() {
    try {
      ReleaseView released =
          review.release(
              caller(), new ReviewQueueService.ReleaseRequest(commune, null, releaseReason));
      PageMessages.info("retention.review.released", released.released(), released.jurisdiction());
      chosen.clear();
      releaseReason = null;
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FieldErrorText.labelled("retention.field."));
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public List<LocationView> getLocations() {
    try {
      return isProvince() ? review.locations(caller()) : List.of();
    } catch (ProblemException refused) {
      return List.of();
    }
  }

  private Caller caller() {
    return currentRequest.caller();
  }

  public boolean isProvince() {
    Caller caller = caller();
    return caller.jurisdiction() != null && caller.jurisdiction().isProvince();
  }

  public boolean isReviewer() {
    return caller().hasAnyRole(ReviewQueueService.REVIEWERS);
  }

  public List<String> getDataClasses() {
    return List.of("VIOLATION_EVIDENCE", "CLOSED_CASE", "APPEAL_DOCUMENT");
  }

  public LazyDataModel<ItemView> getQueue() {
    return queue;
  }

  public LazyDataModel<ArrivalView> getArrivals() {
    return arrivals;
  }

  public Map<Long, Boolean> getChosen() {
    return chosen;
  }

  public TransferView getLastTransfer() {
    return lastTransfer;
  }

  public String getCommune() {
    return commune;
  }

  public void setCommune(String commune) {
    this.commune = commune == null || commune.isBlank() ? null : commune;
  }

  public String getDataClass() {
    return dataClass;
  }

  public void setDataClass(String dataClass) {
    this.dataClass = dataClass == null || dataClass.isBlank() ? null : dataClass;
  }

  public String getCameraCode() {
    return cameraCode;
  }

  public void setCameraCode(String cameraCode) {
    this.cameraCode = cameraCode == null || cameraCode.isBlank() ? null : cameraCode;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getReleaseReason() {
    return releaseReason;
  }

  public void setReleaseReason(String releaseReason) {
    this.releaseReason = releaseReason;
  }
}
