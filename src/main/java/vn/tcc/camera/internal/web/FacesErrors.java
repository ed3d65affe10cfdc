package vn.tcc.camera.internal.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import vn.tcc.camera.internal.application.FieldErrorMessages;
import vn.tcc.shared.error.FieldError;
import vn.tcc.shared.error.ProblemException;

/** Puts the registry's errors on the page, each beside its field when the form has that field. */
final class FacesErrors {
  private FacesErrors() {}

  static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  static void show(List<FieldError> errors, String formId) {
    FacesContext faces = FacesContext.getCurrentInstance();
    for (FieldError error : errors) {
      String clientId = formId + ":" + error.field();
      UIComponent component = faces.getViewRoot().findComponent(":" + clientId);
      String text = FieldErrorMessages.text(error, locale());
      if (component != null) {
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
      }
      // The summary at the top names the field too, so nothing is missed below the fold.
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR, FieldErrorMessages.withField(error, locale()), null));
    }
    faces.validationFailed();
  }

  static void show(ProblemException problem) {
    FacesContext faces = FacesContext.getCurrentInstance();
    faces.addMessage(
        null,
        new FacesMessage(
            FacesMessage.SEVERITY_ERROR,
            FieldErrorMessages.message(problem.messageKey(), locale(), problem.args()),
            null));
    faces.validationFailed();
  }

  static void info(String key, Object... args) {
    FacesContext.getCurrentInstance()
        .addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_INFO, FieldErrorMessages.message(key, locale(), args), null));
  }
}
