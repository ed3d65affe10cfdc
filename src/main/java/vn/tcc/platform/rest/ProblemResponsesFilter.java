package vn.tcc.platform.rest;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Writes into the OpenAPI document what every operation of the API does the same way (issue 21:
 * clients are generated from it): its problem+json answers (RFC 9457) — 401 and 403 from the access
 * filter, 400 where it takes input, 404 where a path names an object, 429 and 5xx — unless the
 * operation documents them itself, and the {@code Problem} schema they share.
 */
public class ProblemResponsesFilter implements OASFilter {
  static final String PROBLEM_REF = "#/components/schemas/Problem";

  private static final Map<String, String> DESCRIPTIONS =
      Map.of(
          "400", "Invalid input: the fields and their messages in errors (problem+json)",
          "401", "No valid bearer token (problem+json)",
          "403", "The caller's role or jurisdiction does not allow this (problem+json)",
          "404", "No such object, or one outside the caller's jurisdiction (problem+json)",
          "429", "Too many requests; retry after the Retry-After header (problem+json)",
          "500", "An unexpected error, with the request id to quote (problem+json)",
          "503", "A dependency is unavailable; retry after the Retry-After header (problem+json)");

  @Override
  public Operation filterOperation(Operation operation) {
    APIResponses responses = operation.getResponses();
    if (responses == null) {
      responses = OASFactory.createAPIResponses();
      operation.setResponses(responses);
    }
    boolean takesInput =
        operation.getRequestBody() != null
            || (operation.getParameters() != null && !operation.getParameters().isEmpty());
    boolean namesAnObject =
        operation.getParameters() != null
            && operation.getParameters().stream().anyMatch(p -> p.getIn() == Parameter.In.PATH);
    for (String status : List.of("401", "403", "429", "500", "503")) {
      addIfMissing(responses, status);
    }
    if (takesInput) {
      addIfMissing(responses, "400");
    }
    if (namesAnObject) {
      addIfMissing(responses, "404");
    }
    return operation;
  }

  private static void addIfMissing(APIResponses responses, String status) {
    if (responses.hasAPIResponse(status)) {
      APIResponse existing = responses.getAPIResponse(status);
      if (existing.getContent() == null) {
        existing.setContent(problemContent());
      }
      return;
    }
    responses.addAPIResponse(
        status,
        OASFactory.createAPIResponse()
            .description(DESCRIPTIONS.get(status))
            .content(problemContent()));
  }

  private static org.eclipse.microprofile.openapi.models.media.Content problemContent() {
    return OASFactory.createContent()
        .addMediaType(
            Problem.MEDIA_TYPE,
            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF)));
  }

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI
        .getComponents()
        .addSchema(
            "Problem",
            OASFactory.createSchema()
                .type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, in the caller's language")
                .addProperty("type", string("A URI naming the kind of problem"))
                .addProperty("title", string("A short summary"))
                .addProperty(
                    "status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))
                .addProperty("detail", string("What happened, for a person"))
                .addProperty("instance", string("The request path"))
                .addProperty("requestId", string("The request's id, to quote to support"))
                .addProperty(
                    "errors",
                    OASFactory.createSchema()
                        .type(List.of(Schema.SchemaType.ARRAY))
                        .items(
                            OASFactory.createSchema()
                                .type(List.of(Schema.SchemaType.OBJECT))
                                .addProperty("field", string("The field"))
                                .addProperty("message", string("What is wrong with it")))));
  }

  private static Schema string(String description) {
    return OASFactory.createSchema()
        .type(List.of(Schema.SchemaType.STRING))
        .description(description);
  }
}
