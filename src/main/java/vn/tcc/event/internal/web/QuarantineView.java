package vn.tcc.event.internal.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import vn.tcc.event.internal.domain.QuarantineEntry;
import vn.tcc.event.internal.domain.Reason;
import vn.tcc.event.internal.ingest.ItemResult;
import vn.tcc.event.internal.ingest.QuarantineService;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.i18n.Messages;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.web.FieldErrorText;
import vn.tcc.shared.web.PageMessages;

/** Rejected events waiting for an admin: why, the item as sent, replay or dismiss. */
@Named
@ViewScoped
public class QuarantineView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final FieldErrorText FIELD_LABELS = FieldErrorText.labelled("quarantine.");
  private static final int PAGE = 200;

  @Inject transient QuarantineService quarantine;
  @Inject transient CurrentRequest currentRequest;

  private transient QuarantineService.Page page;
  private String note;

  public void load() {
    try {
      page = quarantine.page(currentRequest.caller(), QuarantineEntry.State.WAITING, 0, PAGE);
    } catch (ProblemException refused) {
      page = new QuarantineService.Page(0, List.of());
      PageMessages.refused(refused);
    }
  }

  public QuarantineService.Page getPage() {
    return page;
  }

  public String reasons(QuarantineEntry entry) {
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

  public void replay(QuarantineEntry entry) {
    try {
      ItemResult result = quarantine.replay(currentRequest.caller(), entry.id());
      PageMessages.info("quarantine.replayed." + result.outcome().name(), entry.id());
      load();
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public void dismiss(QuarantineEntry entry) {
    try {
      quarantine.dismiss(currentRequest.caller(), entry.id(), note);
      PageMessages.info("quarantine.dismissed", entry.id());
      note = null;
      load();
    } catch (ValidationException invalid) {
      PageMessages.invalid(invalid.errors(), FIELD_LABELS);
    } catch (ProblemException refused) {
      PageMessages.refused(refused);
    }
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
