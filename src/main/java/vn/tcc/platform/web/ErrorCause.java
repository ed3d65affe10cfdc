package vn.tcc.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletResponse;
import org.primefaces.application.exceptionhandler.ExceptionInfo;
import vn.tcc.platform.persistence.DatabaseOutage;

/**
 * What the error page says about the failure it shows: when the database is out of reach (stopped,
 * restarting) the page is a 503 "back shortly" with a Retry-After, not a "system error" to report.
 */
@Named("errorCause")
@RequestScoped
public class ErrorCause {
  private Boolean databaseUnavailable;

  public boolean isDatabaseUnavailable() {
    if (databaseUnavailable == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      // The container's error dispatch names the failure in the request; PrimeFaces' exception
      // handler, which sends a failed page on to this one, keeps it in the session.
      Object failure = external.getRequestMap().get(RequestDispatcher.ERROR_EXCEPTION);
      Object handled = external.getSessionMap().get(ExceptionInfo.ATTRIBUTE_NAME);
      databaseUnavailable =
          (failure instanceof Throwable t && DatabaseOutage.causedBy(t))
              || (handled instanceof ExceptionInfo info
                  && DatabaseOutage.causedBy(info.getException()));
      if (databaseUnavailable
          && external.getResponse() instanceof HttpServletResponse response
          && !response.isCommitted()) {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS));
      }
    }
    return databaseUnavailable;
  }
}
