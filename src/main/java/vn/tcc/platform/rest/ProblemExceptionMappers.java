package vn.tcc.platform.rest;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.tcc.platform.persistence.DatabaseOutage;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.error.ValidationException;

/** Every failure leaves the API as problem+json; nothing internal (stack, SQL) leaks out. */
public final class ProblemExceptionMappers {
  private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class.getName());

  private ProblemExceptionMappers() {}

  /** Errors raised on purpose by resources or by JAX-RS itself (404, 405, 415, bad JSON...). */
  @Provider
  public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
    @Inject Problems problems;

    @Override
    public Response toResponse(WebApplicationException e) {
      Response original = e.getResponse();
      if (original.hasEntity() && Problem.MEDIA.isCompatible(original.getMediaType())) {
        return original;
      }
      int status = original.getStatus();
      return problems.of(status, "problem." + status + ".detail").toResponse();
    }
  }

  /** Errors TCC's own code raises with a status and a message key. */
  @Provider
  public static class KnownProblems implements ExceptionMapper<ProblemException> {
    @Inject Problems problems;

    @Override
    public Response toResponse(ProblemException e) {
      return problems.of(e.status(), e.messageKey(), e.args()).toResponse();
    }
  }

  /** TCC's own rules broken by the input: 422 with every field error, in the caller's language. */
  @Provider
  public static class RuleViolations implements ExceptionMapper<ValidationException> {
    @Inject Problems problems;

    @Override
    public Response toResponse(ValidationException e) {
      List<Problem.FieldError> errors =
          e.errors().stream()
              .map(
                  error ->
                      new Problem.FieldError(
                          error.field(),
                          problems.message(error.messageKey(), error.args().toArray())))
              .toList();
      return problems.withErrors(422, "problem.422.detail", errors).toResponse();
    }
  }

  /** Bean Validation on request bodies and parameters: 422 with one message per field. */
  @Provider
  public static class ValidationErrors implements ExceptionMapper<ConstraintViolationException> {
    @Inject Problems problems;

    @Override
    public Response toResponse(ConstraintViolationException e) {
      List<Problem.FieldError> errors =
          e.getConstraintViolations().stream()
              .map(ProblemExceptionMappers::fieldError)
              .sorted(java.util.Comparator.comparing(Problem.FieldError::field))
              .toList();
      return problems.withErrors(422, "problem.422.detail", errors).toResponse();
    }
  }

  /**
   * A body the JSON provider cannot read (malformed JSON, a wrong type, an unknown enum value): the
   * client's mistake, so 400, and nothing was stored.
   */
  @Provider
  public static class UnreadableBodies
      implements ExceptionMapper<jakarta.ws.rs.ProcessingException> {
    @Inject Problems problems;

    @Override
    public Response toResponse(jakarta.ws.rs.ProcessingException e) {
      return problems.of(400, "problem.body.unreadable").toResponse();
    }
  }

  /** Anything unexpected: logged with the request id, answered as a bare 500. */
  @Provider
  public static class UnexpectedErrors implements ExceptionMapper<Throwable> {
    @Inject Problems problems;

    @Override
    public Response toResponse(Throwable e) {
      if (DatabaseOutage.causedBy(e)) {
        // Not a defect: the database is stopped or restarting. The client retries; no stack.
        Problem outage = problems.of(503, "problem.503.database");
        LOG.warning(
            "Database unavailable, request "
                + outage.requestId()
                + " answered 503: "
                + rootMessage(e));
        return Response.fromResponse(outage.toResponse())
            .header("Retry-After", Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS))
            .build();
      }
      String inputFault = inputFault(e);
      if (inputFault != null) {
        // The input, not TCC, is at fault (issue 21): the transaction rolled back, nothing stored.
        LOG.log(Level.INFO, "Input refused by " + inputFault + ": " + shortened(String.valueOf(e)));
        return problems.of(400, "problem.input.outOfRange").toResponse();
      }
      Problem problem = problems.of(500, "problem.500.detail");
      LOG.log(Level.SEVERE, "Unexpected error, request " + problem.requestId(), e);
      return problem.toResponse();
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 50; depth++) {
      root = root.getCause();
    }
    return shortened(String.valueOf(root.getMessage()));
  }

  /** A log line stays a line: a hostile value in an exception's message is cut. */
  private static String shortened(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  /**
   * What in the cause chain says the caller's input was at fault, or null: PostgreSQL's data
   * exceptions (SQLSTATE class 22: a value too long, out of range, badly encoded, a date that does
   * not exist) and a JSON body the parser or binder gave up on (nested too deep, a number too big).
   */
  static String inputFault(Throwable e) {
    String sqlState = vn.tcc.shared.persistence.SqlStates.dataException(e);
    if (sqlState != null) {
      return "SQLSTATE " + sqlState;
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof jakarta.json.JsonException
          || t instanceof jakarta.json.bind.JsonbException) {
        return t.getClass().getSimpleName();
      }
    }
    return null;
  }

  private static Problem.FieldError fieldError(ConstraintViolation<?> violation) {
    String path = violation.getPropertyPath().toString();
    int dot = path.lastIndexOf('.');
    return new Problem.FieldError(dot < 0 ? path : path.substring(dot + 1), violation.getMessage());
  }
}
