package vn.tcc.platform.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, the body of every error the API answers.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param requestId the request's id, to quote to support
 * @param errors field-level messages for validation problems
 */
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    String requestId,
    List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

  public record FieldError(String field, String message) {}

  public Response toResponse() {
    return Response.status(status).type(MEDIA).entity(this).build();
  }
}
