package vn.tcc.platform.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import vn.tcc.shared.security.CurrentRequest;

/** Builds problem answers in the caller's language (Accept-Language; Vietnamese by default). */
@RequestScoped
public class Problems {
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  @Inject HttpServletRequest request;
  @Inject CurrentRequest currentRequest;

  public Problem of(int status, String detailKey, Object... args) {
    return withErrors(status, detailKey, List.of(), args);
  }

  public Problem withErrors(
      int status, String detailKey, List<Problem.FieldError> errors, Object... args) {
    ResourceBundle bundle = bundle();
    String title = text(bundle, "problem." + status + ".title");
    String detail =
        detailKey == null ? null : String.format(locale(), text(bundle, detailKey), args);
    return new Problem(
        "about:blank",
        title,
        status,
        detail,
        request.getRequestURI(),
        currentRequest.requestId(),
        errors.isEmpty() ? null : errors);
  }

  /** A message from the bundle in the caller's language, e.g. a field error. */
  public String message(String key, Object... args) {
    return String.format(locale(), text(bundle(), key), args);
  }

  public Locale locale() {
    // Only an explicit Accept-Language header counts; the servlet default is the server's locale.
    if (request.getHeader("Accept-Language") != null) {
      for (Locale wanted : Collections.list(request.getLocales())) {
        if ("en".equals(wanted.getLanguage())) {
          return Locale.ENGLISH;
        }
        if ("vi".equals(wanted.getLanguage())) {
          return VIETNAMESE;
        }
      }
    }
    return VIETNAMESE;
  }

  private ResourceBundle bundle() {
    return ResourceBundle.getBundle("i18n.messages", locale());
  }

  private static String text(ResourceBundle bundle, String key) {
    try {
      return bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }
}
