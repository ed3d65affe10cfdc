package vn.tcc.camera.internal.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.tcc.camera.api.CameraHealth;
import vn.tcc.camera.api.CameraPurpose;
import vn.tcc.camera.api.CameraStatus;
import vn.tcc.camera.api.OwnerType;
import vn.tcc.camera.internal.application.CameraExport;
import vn.tcc.camera.internal.application.CameraImport;
import vn.tcc.camera.internal.application.CameraQueries;
import vn.tcc.camera.internal.application.CameraRegistryService;
import vn.tcc.camera.internal.application.CameraView;
import vn.tcc.camera.internal.application.FieldErrorMessages;
import vn.tcc.camera.internal.domain.CameraFilter;
import vn.tcc.camera.internal.domain.CameraListRow;
import vn.tcc.camera.internal.domain.CameraMarker;
import vn.tcc.camera.internal.domain.CameraSort;
import vn.tcc.camera.internal.domain.ConformityDocument;
import vn.tcc.camera.internal.domain.RegistryHistoryEntry;
import vn.tcc.shared.error.ProblemException;
import vn.tcc.shared.security.CurrentRequest;
import vn.tcc.shared.security.Role;

/** The camera registry for API clients: list, map data, export, read, create, update, history. */
@Path("cameras")
@RequestScoped
@Tag(name = "Cameras", description = "The camera registry of the province")
@Produces(MediaType.APPLICATION_JSON)
// Operators read the registry of their jurisdiction to pick cameras for the wall (issue 19).
@RolesAllowed({
  Role.OFFICER,
  Role.SUPERVISOR,
  Role.COORDINATOR,
  Role.ADMIN,
  Role.AUDITOR,
  Role.OPERATOR
})
public class CameraResource {
  // A camera code, but never the words of the collection's own sub-resources: RESTEasy weighs the
  // Accept header when several paths match, and would otherwise answer GET /export as camera
  // "EXPORT".
  private static final String CODE = "(?!(export|map|imports)$)[^/]+";

  @Inject CameraQueries queries;
  @Inject CameraRegistryService registry;
  @Inject CameraExport export;
  @Inject CameraImport cameraImport;
  @Inject CurrentRequest currentRequest;

  public record CameraPage(long total, int offset, int limit, List<CameraListRow> cameras) {}

  public record MarkerList(int count, List<CameraMarker> markers) {}

  public record HistoryPage(
      long total, int offset, int limit, List<RegistryHistoryEntry> entries) {}

  @GET
  @Operation(summary = "Cameras in the caller's jurisdiction, filtered, sorted and paged")
  public CameraPage list(
      @QueryParam("commune") String commune,
      @QueryParam("ownerType") String ownerType,
      @QueryParam("purpose") String purpose,
      @QueryParam("status") String status,
      @QueryParam("health") String health,
      @QueryParam("conformity") String conformity,
      @QueryParam("q") String text,
      @QueryParam("sort") @DefaultValue("CODE") String sort,
      @QueryParam("order") @DefaultValue("asc") String order,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new ProblemException(400, "problem.paging");
    }
    CameraFilter filter = filter(commune, ownerType, purpose, status, health, conformity, text);
    var caller = currentRequest.caller();
    return new CameraPage(
        queries.count(caller, filter),
        offset,
        limit,
        queries.page(
            caller,
            filter,
            parse(CameraSort.class, "sort", sort.toUpperCase(java.util.Locale.ROOT)),
            !"desc".equalsIgnoreCase(order),
            offset,
            limit));
  }

  @GET
  @Path("map")
  @Operation(summary = "Every matching camera's position and health, for a map")
  public MarkerList map(
      @QueryParam("commune") String commune,
      @QueryParam("ownerType") String ownerType,
      @QueryParam("purpose") String purpose,
      @QueryParam("status") String status,
      @QueryParam("health") String health,
      @QueryParam("conformity") String conformity,
      @QueryParam("q") String text) {
    List<CameraMarker> markers =
        queries.markers(
            currentRequest.caller(),
            filter(commune, ownerType, purpose, status, health, conformity, text));
    return new MarkerList(markers.size(), markers);
  }

  @GET
  @Path("export")
  @Produces(CameraExport.MEDIA_TYPE)
  @Operation(summary = "The matching cameras as an Excel workbook (audited)")
  public Response export(
      @QueryParam("commune") String commune,
      @QueryParam("ownerType") String ownerType,
      @QueryParam("purpose") String purpose,
      @QueryParam("status") String status,
      @QueryParam("health") String health,
      @QueryParam("conformity") String conformity,
      @QueryParam("q") String text) {
    CameraFilter filter = filter(commune, ownerType, purpose, status, health, conformity, text);
    var caller = currentRequest.caller();
    StreamingOutput body = out -> export.write(caller, filter, out);
    return Response.ok(body, CameraExport.MEDIA_TYPE)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + CameraExport.fileName(Instant.now()) + "\"")
        .build();
  }

  public record ImportRow(int row, String code, String action, List<RowError> errors) {}

  public record RowError(String field, String message) {}

  public record ImportReport(
      String fileName,
      String sha256,
      Instant previouslyImportedAt,
      List<RowError> fileErrors,
      long create,
      long update,
      long unchanged,
      long reject,
      boolean imported,
      List<ImportRow> rows) {}

  @POST
  @Path("imports")
  @Consumes(CameraExport.MEDIA_TYPE)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN})
  @Operation(
      summary =
          "Imports cameras from the Excel template. mode=check only reports; mode=all imports a"
              + " clean file; mode=valid-rows imports the valid rows and reports the rest")
  public ImportReport importCameras(
      byte[] content,
      @QueryParam("mode") @DefaultValue("check") String mode,
      @QueryParam("fileName") @DefaultValue("import.xlsx") String fileName,
      @jakarta.ws.rs.core.Context jakarta.ws.rs.core.HttpHeaders headers) {
    if (content == null || content.length == 0) {
      throw new ProblemException(400, "problem.body.missing");
    }
    if (!List.of("check", "all", "valid-rows").contains(mode)) {
      throw new ProblemException(400, "problem.parameter", "mode", mode);
    }
    var caller = currentRequest.caller();
    CameraImport.Analysis analysis = cameraImport.analyse(caller, content, fileName);
    boolean imported = false;
    if (!"check".equals(mode)) {
      cameraImport.apply(caller, analysis, "valid-rows".equals(mode));
      imported = true;
    }
    java.util.Locale locale =
        headers.getAcceptableLanguages().stream().anyMatch(l -> "en".equals(l.getLanguage()))
            ? java.util.Locale.ENGLISH
            : java.util.Locale.forLanguageTag("vi");
    return new ImportReport(
        analysis.fileName(),
        analysis.sha256(),
        analysis.previouslyImportedAt(),
        problems(analysis.fileErrors(), locale),
        analysis.count(CameraImport.Action.CREATE),
        analysis.count(CameraImport.Action.UPDATE),
        analysis.count(CameraImport.Action.UNCHANGED),
        analysis.count(CameraImport.Action.REJECT),
        imported,
        analysis.rows().stream()
            .map(
                r ->
                    new ImportRow(
                        r.rowNumber(), r.code(), r.action().name(), problems(r.errors(), locale)))
            .toList());
  }

  @GET
  @Path("imports/template")
  @Produces(CameraExport.MEDIA_TYPE)
  @Operation(summary = "The Excel template the import reads")
  public Response importTemplate() {
    StreamingOutput body = cameraImport::writeTemplate;
    return Response.ok(body, CameraExport.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"mau-nhap-camera.xlsx\"")
        .build();
  }

  private static List<RowError> problems(
      List<vn.tcc.shared.error.FieldError> errors, java.util.Locale locale) {
    return errors.stream()
        .map(e -> new RowError(e.field(), FieldErrorMessages.text(e, locale)))
        .toList();
  }

  @GET
  @Path("{code: " + CODE + "}")
  @Operation(
      summary = "One camera by its code (404 also when it is outside the caller's jurisdiction)")
  public CameraView get(@PathParam("code") String code) {
    return registry.find(currentRequest.caller(), code);
  }

  @GET
  @Path("{code: " + CODE + "}/history")
  @Operation(summary = "Every change to the camera, newest first")
  public HistoryPage history(
      @PathParam("code") String code,
      @QueryParam("offset") @DefaultValue("0") int offset,
      @QueryParam("limit") @DefaultValue("50") int limit) {
    if (offset < 0 || limit < 1 || limit > 500) {
      throw new ProblemException(400, "problem.paging");
    }
    var caller = currentRequest.caller();
    return new HistoryPage(
        registry.historyCount(caller, code),
        offset,
        limit,
        registry.history(caller, code, offset, limit));
  }

  @PUT
  @Path("{code: " + CODE + "}/certificate")
  @Consumes({"application/pdf", "image/jpeg", "image/png", MediaType.APPLICATION_OCTET_STREAM})
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN})
  @Operation(
      summary = "Attaches the scanned conformity certificate (PDF, JPEG or PNG, up to 10 MB)")
  public ConformityDocument attachCertificate(
      @PathParam("code") String code, @QueryParam("fileName") String fileName, byte[] content) {
    return registry.attachCertificate(currentRequest.caller(), code, fileName, content);
  }

  @GET
  @Path("{code: " + CODE + "}/certificate")
  @Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
  @Operation(summary = "The attached conformity certificate")
  public Response certificate(@PathParam("code") String code) {
    var caller = currentRequest.caller();
    CameraRegistryService.CertificateFile file =
        registry.certificate(currentRequest.caller(), code);
    ConformityDocument document = file.document();
    return Response.ok(file.content(), document.mediaType())
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + document.fileName().replace("\"", "") + "\"")
        .header("X-Content-SHA256", document.sha256())
        .build();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN})
  @Operation(summary = "Registers a camera (422 with every broken rule)")
  public Response create(CameraBody body, @jakarta.ws.rs.core.Context UriInfo uri) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    var caller = currentRequest.caller();
    registry.create(caller, body.details(), body.reason());
    CameraView created = registry.find(caller, body.details().code());
    return Response.created(uri.getAbsolutePathBuilder().path(created.details().code()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("{code: " + CODE + "}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Role.OFFICER, Role.SUPERVISOR, Role.ADMIN})
  @Operation(summary = "Changes a camera; needs the version read before and a reason")
  public CameraView update(@PathParam("code") String code, CameraBody body) {
    if (body == null) {
      throw new ProblemException(400, "problem.body.missing");
    }
    var caller = currentRequest.caller();
    registry.update(caller, code, body.details(), body.version(), body.reason());
    return registry.find(caller, code);
  }

  private static CameraFilter filter(
      String commune,
      String ownerType,
      String purpose,
      String status,
      String health,
      String conformity,
      String text) {
    return CameraFilter.criteria(
        commune,
        parse(OwnerType.class, "ownerType", ownerType),
        parse(CameraPurpose.class, "purpose", purpose),
        parse(CameraStatus.class, "status", status),
        parse(CameraHealth.class, "health", health),
        parse(CameraFilter.Conformity.class, "conformity", conformity),
        text);
  }

  static <E extends Enum<E>> E parse(Class<E> type, String name, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      throw new ProblemException(400, "problem.parameter", name, value);
    }
  }
}
