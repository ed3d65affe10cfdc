package vn.tcc.retention.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;
import vn.tcc.retention.internal.application.DeletionRecordAccess;
import vn.tcc.retention.internal.domain.DeletedItem;
import vn.tcc.retention.internal.domain.RecordVerification;
import vn.tcc.retention.internal.domain.StoredDeletionRecord;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.LazyRows;
import vn.tcc.shared.web.LazyRows.ColumnSort;
import vn.tcc.shared.web.PageMessages;

/**
 * The signed deletion records page: the records newest first, one record's items as its signed
 * document lists them, and a button that verifies it again and shows which check failed.
 */
@Named
@ViewScoped
public class DeletionRecordsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject transient DeletionRecordAccess access;
  @Inject transient CurrentRequest currentRequest;

  private Long recordId;
  private StoredDeletionRecord current;
  private RecordVerification verification;
  private LazyDataModel<StoredDeletionRecord> records;
  private LazyDataModel<DeletedItem> items;

  @PostConstruct
  void init() {
    records = new LazyRows<>(this::countRecords, this::recordPage, r -> Long.toString(r.id()));
    // A record may list a million items: the table reads one page of the document at a time.
    items =
        new LazyRows<>(
            () -> current == null ? 0 : current.itemCount(),
            this::itemPage,
            item -> item.dataClass() + "/" + item.itemId());
  }

  /** Opens the record of the {@code id} parameter, if one was given. */
  public void load() {
    if (recordId == null) {
      return;
    }
    try {
      current = access.detail(currentRequest.caller(), recordId, 0, 1).record();
      verification = null;
    } catch (ProblemException refused) {
      current = null;
      PageMessages.refusedPage(refused);
    }
  }

  private List<DeletedItem> itemPage(int first, int size, Optional<ColumnSort> unsorted) {
    if (current == null) {
      return List.of();
    }
    try {
      return access
          .detail(
              currentRequest.caller(),
              current.id(),
              first,
              Math.min(size, DeletionRecordAccess.MAX_ITEMS_PAGE))
          .items();
    } catch (ProblemException refused) {
      return List.of();
    }
  }

  public void verify() {
    if (current == null) {
      return;
    }
    try {
      verification = access.verify(currentRequest.caller(), current.id());
      if (verification.valid()) {
        PageMessages.info("retention.record.valid", current.id());
      } else {
        PageMessages.error(
            "retention.record.invalid",
            current.id(),
            String.join(
                ", ",
                verification.failed().stream().map(name -> checkLabel(name.name())).toList()));
      }
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** The translated name of a check, e.g. "Chữ ký số". */
  public String checkLabel(String name) {
    return Messages.text("retention.record.check." + name, PageMessages.locale());
  }

  private long countRecords() {
    try {
      return access.count(currentRequest.caller());
    } catch (ProblemException refused) {
      return 0;
    }
  }

  /** Records are read newest first by id; the table pages by offset through the id order. */
  private List<StoredDeletionRecord> recordPage(
      int first, int size, Optional<ColumnSort> unsorted) {
    try {
      Long before = null;
      int skipped = 0;
      // Keyset pages of the largest size the API allows, skipped up to the table's first row: the
      // records are few (one per run), so walking to a later page stays cheap.
      while (skipped + DeletionRecordAccess.MAX_PAGE <= first) {
        DeletionRecordAccess.RecordPage skip =
            access.page(currentRequest.caller(), before, DeletionRecordAccess.MAX_PAGE);
        if (skip.nextBefore() == null) {
          return List.of();
        }
        before = skip.nextBefore();
        skipped += DeletionRecordAccess.MAX_PAGE;
      }
      int within = first - skipped;
      List<StoredDeletionRecord> page =
          access
              .page(
                  currentRequest.caller(),
                  before,
                  Math.min(DeletionRecordAccess.MAX_PAGE, within + size))
              .items();
      return page.subList(Math.min(within, page.size()), page.size());
    } catch (ProblemException refused) {
      return List.of();
    }
  }

  public LazyDataModel<StoredDeletionRecord> getRecords() {
    return records;
  }

  public Long getRecordId() {
    return recordId;
  }

  public void setRecordId(Long recordId) {
    this.recordId = recordId;
  }

  public StoredDeletionRecord getCurrent() {
    return current;
  }

  public LazyDataModel<DeletedItem> getItems() {
    return items;
  }

  public RecordVerification getVerification() {
    return verification;
  }
}
