package vn.tcc.event.internal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.i18n.Messages;

/** The VMS pages' messages, in the page's language. */
final class PageMessages {
  private PageMessages() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  static void error(RuntimeException failure) {
    if (failure instanceof ValidationException invalid) {
      for (FieldError error : invalid.errors()) {
        add(
            FacesMessage.SEVERITY_ERROR,
            Messages.text("vms.field." + error.field(), locale())
                + ": "
                + Messages.text(error.messageKey(), locale(), error.args().toArray()));
      }
    } else if (failure instanceof ProblemException problem) {
      add(
          FacesMessage.SEVERITY_ERROR,
          Messages.text(problem.messageKey(), locale(), problem.args()));
    } else {
      throw failure;
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, Messages.text(key, locale(), args));
  }

  private static void add(FacesMessage.Severity severity, String text) {
    FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
  }
}
