package vn.tcc.event.internal.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.LazyDataModel;
import vn.tcc.event.internal.domain.QuarantineFilter;
import vn.tcc.event.internal.domain.QuarantineSummary;
import vn.tcc.event.internal.domain.Reason;
import vn.tcc.event.internal.ingest.ItemResult;
import vn.tcc.event.internal.ingest.QuarantineService;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.time.TccTime;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.LazyRows;
import vn.tcc.shared.web.LazyRows.ColumnSort;
import vn.tcc.shared.web.PageMessages;

/**
 * Rejected events waiting for an admin: a page at a time, filtered by source, reason and time, each
 * payload shown by its start with its whole text loaded on demand; replay one, dismiss one or the
 * ticked ones with a reason.
 */
@Named
@ViewScoped
public class QuarantineView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FieldErrorText FIELD_LABELS = FieldErrorText.labelled("quarantine.");
  // A date the database can hold; a typed year 999999999 narrows to the end of this range.
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

  @Inject transient QuarantineService quarantine;
  @Inject transient CurrentRequest currentRequest;

  private LazyDataModel<QuarantineSummary> entries;
  private List<String> reasonKeys = List.of();
  private final Map<Long, Boolean> selected = new HashMap<>();
  private String note;
  private String source;
  private String reasonKey;
  private LocalDate from;
  private LocalDate to;
  private Long shownId;
  private String shownPayload;

  @PostConstruct
  void init() {
    entries = new LazyRows<>(this::countEntries, this::entryPage, e -> Long.toString(e.id()));
    try {
      reasonKeys = quarantine.reasonKeys(currentRequest.caller());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  private long countEntries() {
    return quarantine.count(currentRequest.caller(), filter());
  }

  private List<QuarantineSummary> entryPage(int first, int size, Optional<ColumnSort> sort) {
    return quarantine.summaries(
        currentRequest.caller(), filter(), first, Math.max(1, Math.min(size, 100)));
  }

  QuarantineFilter filter() {
    return new QuarantineFilter(
        source,
        reasonKey,
        from == null ? null : startOf(from),
        to == null ? null : startOf(to.plusDays(1)));
  }

  private static Instant startOf(LocalDate day) {
    LocalDate bounded = day.isBefore(EARLIEST) ? EARLIEST : day.isAfter(LATEST) ? LATEST : day;
    return bounded.atStartOfDay(TccTime.ZONE).toInstant();
  }

  /** Applying the filters only needs the table to reload; the model reads the fields. */
  public void search() {
    selected.clear();
  }

  public void clear() {
    source = null;
    reasonKey = null;
    from = null;
    to = null;
    selected.clear();
  }

  /** A reason key as the filter offers it: its sentence with its blanks left as "…". */
  public String reasonLabel(String key) {
    return Messages.text(key, PageMessages.locale(), "…", "…", "…");
  }

  public String reasons(QuarantineSummary entry) {
    Locale locale = PageMessages.locale();
    StringBuilder text = new StringBuilder();
    for (Reason reason : entry.reasons()) {
      if (!text.isEmpty()) {
        text.append(" · ");
      }
      text.append(reason.field().isEmpty() ? "" : reason.field() + ": ")
          .append(Messages.text(reason.messageKey(), locale, reason.args().toArray()));
    }
    return text.toString();
  }

  /** Loads one entry's whole payload for the dialog. */
  public void showWhole(long id) {
    try {
      shownPayload = quarantine.payload(currentRequest.caller(), id);
      shownId = id;
    } catch (ProblemException refused) {
      shownId = null;
      shownPayload = null;
      PageMessages.refused(refused);
    }
  }

  public void replay(QuarantineSummary entry) {
    try {
      ItemResult result = quarantine.replay(currentRequest.caller(), entry.id());
      PageMessages.info("quarantine.replayed." + result.outcome().name(), entry.id());
      selected.remove(entry.id());
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void dismiss(QuarantineSummary entry) {
    try {
      quarantine.dismiss(currentRequest.caller(), entry.id(), note);
      PageMessages.info("quarantine.dismissed", entry.id());
      note = null;
      selected.remove(entry.id());
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  /** Dismisses the ticked entries with the one reason. */
  public void dismissSelected() {
    List<Long> ids = new ArrayList<>();
    selected.forEach(
        (id, ticked) -> {
          if (Boolean.TRUE.equals(ticked)) {
            ids.add(id);
          }
        });
    if (ids.isEmpty()) {
      PageMessages.error("quarantine.bulk.none");
      return;
    }
    try {
      int dismissed = quarantine.dismissAll(currentRequest.caller(), ids, note);
      PageMessages.info("quarantine.bulk.dismissed", dismissed, ids.size());
      note = null;
      selected.clear();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public LazyDataModel<QuarantineSummary> getEntries() {
    return entries;
  }

  public List<String> getReasonKeys() {
    return reasonKeys;
  }

  public Map<Long, Boolean> getSelected() {
    return selected;
  }

  public int getMaxBulk() {
    return QuarantineService.MAX_BULK;
  }

  public Long getShownId() {
    return shownId;
  }

  public String getShownPayload() {
    return shownPayload;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getReasonKey() {
    return reasonKey;
  }

  public void setReasonKey(String reasonKey) {
    this.reasonKey = reasonKey;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }
}
