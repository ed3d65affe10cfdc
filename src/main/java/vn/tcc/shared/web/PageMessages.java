package vn.tcc.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.i18n.Messages;

/**
 * The messages of every TCC page, from the i18n bundle in the page's language. A refused or invalid
 * action also marks validation failed, so PrimeFaces keeps its dialog open and the page's {@code
 * args.validationFailed} tells the script that nothing was done.
 */
public final class PageMessages {
  private PageMessages() {}

  /** The page's language, chosen by the user in the shell. */
  public static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  public static void info(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_INFO, Messages.text(key, locale(), args));
  }

  /** A finding to show as an error (a broken audit chain), where the action itself succeeded. */
  public static void error(String key, Object... args) {
    add(null, FacesMessage.SEVERITY_ERROR, Messages.text(key, locale(), args));
  }

  public static void refused(ProblemException problem) {
    error(problem.messageKey(), problem.args());
    FacesContext.getCurrentInstance().validationFailed();
  }

  /**
   * The page itself was refused while it loaded (its view action or its bean's start): a refusal
   * answers the 403 page and a missing or out-of-jurisdiction object the 404 page, with their HTTP
   * status, as every page does; anything else, or a reload after an action, is a message.
   */
  public static void refusedPage(ProblemException problem) {
    // Reloaded after an action (a postback), the page stays and says why instead.
    boolean opening = !FacesContext.getCurrentInstance().isPostback();
    if (opening && (problem.status() == 403 || problem.status() == 404)) {
      errorPage(problem.status());
    } else {
      refused(problem);
    }
  }

  /** Answers the error page of {@code status} (403, 404) instead of the page being rendered. */
  public static void errorPage(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (java.io.IOException gone) {
      throw new java.io.UncheckedIOException(gone);
    }
    faces.responseComplete();
  }

  /** Each error at the top of the page, written by {@code summary}. */
  public static void invalid(List<FieldError> errors, FieldErrorText summary) {
    invalid(errors, summary, null);
  }

  /**
   * Each error at the top of the page, written by {@code summary}, and also beside its field when
   * form {@code formId} has a component with the field's name as its id.
   */
  public static void invalid(List<FieldError> errors, FieldErrorText summary, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = locale();
    for (FieldError error : errors) {
      if (formId != null) {
        String clientId = formId + ":" + error.field();
        UIComponent field = faces.getViewRoot().findComponent(":" + clientId);
        if (field != null) {
          add(
              clientId,
              FacesMessage.SEVERITY_ERROR,
              FieldErrorText.messageOnly().of(error, locale));
        }
      }
      // The summary at the top names the field too, so nothing is missed below the fold.
      add(null, FacesMessage.SEVERITY_ERROR, summary.of(error, locale));
    }
    faces.validationFailed();
  }

  private static void add(String clientId, FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
  }
}
