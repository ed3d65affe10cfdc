package vn.tcc.violation.internal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;
import vn.tcc.shared.i18n.Messages;

/** The case pages' messages, in the page's language. */
final class CasePageMessages {
  private CasePageMessages() {}

  static void refused(ProblemException problem) {
    add(FacesMessage.SEVERITY_ERROR, problem.messageKey(), problem.args());
    FacesContext.getCurrentInstance().validationFailed();
  }

  static void invalid(ValidationException invalid) {
    for (FieldError error : invalid.errors()) {
      add(FacesMessage.SEVERITY_ERROR, error.messageKey(), error.args().toArray());
    }
    FacesContext.getCurrentInstance().validationFailed();
  }

  static void info(String key, Object... args) {
    add(FacesMessage.SEVERITY_INFO, key, args);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... args) {
    FacesContext faces = FacesContext.getCurrentInstance();
    String text = Messages.text(key, faces.getViewRoot().getLocale(), args);
    faces.addMessage(null, new FacesMessage(severity, text, null));
  }
}
