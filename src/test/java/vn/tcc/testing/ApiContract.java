package vn.tcc.testing;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The API as the running server publishes it (its OpenAPI document), each operation joined to the
 * roles its resource method declares in the code ({@link RolesAllowed} / {@link PermitAll}), so the
 * matrix and the fuzz harness test every operation there is and know who may call it. Both lists
 * must match exactly: an operation the document has and the code does not (or the reverse) fails.
 */
public final class ApiContract {
  /** One query or path parameter of an operation. */
  public record Param(String name, String in, boolean required, String type) {}

  /**
   * One operation: {@code path} relative to {@code /api/v1/} (e.g. {@code cameras/{code}}), its
   * roles ({@code permitAll} when anyone may call it), the media types of its body if any, and
   * whether the body is required ({@code requestBody.required}; a body may be left out when not).
   */
  public record Operation(
      String method,
      String path,
      String operationId,
      List<Param> parameters,
      Map<String, JsonObject> bodies,
      Set<String> roles,
      boolean permitAll,
      boolean bodyRequired) {
    public List<Param> query() {
      return parameters.stream().filter(p -> p.in().equals("query")).toList();
    }

    public List<String> pathParams() {
      return parameters.stream().filter(p -> p.in().equals("path")).map(Param::name).toList();
    }

    public boolean allows(Set<String> callerRoles) {
      return permitAll || callerRoles.stream().anyMatch(roles::contains);
    }

    public boolean reads() {
      return method.equals("GET");
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final JsonObject document;
  private final List<Operation> operations;

  private ApiContract(JsonObject document, List<Operation> operations) {
    this.document = document;
    this.operations = operations;
  }

  public List<Operation> operations() {
    return operations;
  }

  /** A schema with its {@code $ref} followed into the document's components. */
  public JsonObject resolve(JsonObject schema) {
    JsonObject current = schema;
    for (int hops = 0; current != null && current.containsKey("$ref") && hops < 10; hops++) {
      String ref = current.getString("$ref");
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      current = document.getJsonObject("components").getJsonObject("schemas").getJsonObject(name);
    }
    return current == null ? JsonValue.EMPTY_JSON_OBJECT : current;
  }

  /** Where the server publishes its OpenAPI document: the server root's {@code /openapi}. */
  public static URI documentAddress() {
    URI base = URI.create(TccDeployment.baseUrl());
    return URI.create(base.getScheme() + "://" + base.getAuthority() + "/openapi?format=JSON");
  }

  /** Reads the running server's document and the code's roles; fails if they disagree. */
  public static ApiContract load() {
    JsonObject document = fetchDocument();
    Map<String, Declared> declared = declaredInCode();
    List<Operation> operations = new ArrayList<>();
    Set<String> documented = new LinkedHashSet<>();
    JsonObject paths = document.getJsonObject("paths");
    for (String rawPath : paths.keySet()) {
      int api = rawPath.indexOf("/api/v1/");
      if (api < 0) {
        throw new AssertionError("An OpenAPI path outside /api/v1: " + rawPath);
      }
      String path = rawPath.substring(api + "/api/v1/".length());
      JsonObject item = paths.getJsonObject(rawPath);
      List<JsonValue> shared =
          item.containsKey("parameters") ? item.getJsonArray("parameters") : List.of();
      for (String method : item.keySet()) {
        if (!Set.of("get", "post", "put", "delete", "patch", "head").contains(method)) {
          continue;
        }
        JsonObject op = item.getJsonObject(method);
        String key = method.toUpperCase() + " " + path;
        documented.add(key);
        Declared code = declared.get(key);
        if (code == null) {
          throw new AssertionError(
              "The OpenAPI document has " + key + " but no resource method declares it");
        }
        List<Param> params = new ArrayList<>();
        List<JsonValue> all = new ArrayList<>(shared);
        if (op.containsKey("parameters")) {
          all.addAll(op.getJsonArray("parameters"));
        }
        for (JsonValue value : all) {
          JsonObject p = value.asJsonObject();
          JsonObject schema = p.containsKey("schema") ? p.getJsonObject("schema") : null;
          String type =
              schema != null && schema.containsKey("type")
                  ? schema.get("type").toString().replace("\"", "")
                  : "string";
          params.add(
              new Param(
                  p.getString("name"), p.getString("in"), p.getBoolean("required", false), type));
        }
        Map<String, JsonObject> bodies = new LinkedHashMap<>();
        // OpenAPI's default for requestBody.required is false.
        boolean bodyRequired =
            op.containsKey("requestBody")
                && op.getJsonObject("requestBody").getBoolean("required", false);
        if (op.containsKey("requestBody")) {
          JsonObject content = op.getJsonObject("requestBody").getJsonObject("content");
          if (content != null) {
            for (String mediaType : content.keySet()) {
              JsonObject media = content.getJsonObject(mediaType);
              bodies.put(
                  mediaType,
                  media.containsKey("schema")
                      ? media.getJsonObject("schema")
                      : JsonValue.EMPTY_JSON_OBJECT);
            }
          }
        }
        operations.add(
            new Operation(
                method.toUpperCase(),
                path,
                op.getString("operationId", key),
                List.copyOf(params),
                bodies,
                code.roles(),
                code.permitAll(),
                bodyRequired));
      }
    }
    Set<String> undocumented = new java.util.TreeSet<>(declared.keySet());
    undocumented.removeAll(documented);
    if (!undocumented.isEmpty()) {
      throw new AssertionError(
          "Resource methods missing from the OpenAPI document: " + undocumented);
    }
    operations.sort(
        java.util.Comparator.comparing(Operation::path).thenComparing(Operation::method));
    return new ApiContract(document, List.copyOf(operations));
  }

  private static JsonObject fetchDocument() {
    HttpRequest request =
        HttpRequest.newBuilder(documentAddress())
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(60))
            .build();
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new AssertionError(
            "No OpenAPI document at " + documentAddress() + ": " + response.statusCode());
      }
      return Json.createReader(new StringReader(response.body())).readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  record Declared(Set<String> roles, boolean permitAll) {}

  /** Every resource method of the application's classes: "METHOD path" → its roles. */
  static Map<String, Declared> declaredInCode() {
    java.nio.file.Path classes;
    try {
      classes =
          java.nio.file.Path.of(
              vn.tcc.platform.rest.TccApi.class
                  .getProtectionDomain()
                  .getCodeSource()
                  .getLocation()
                  .toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    Map<String, Declared> found = new TreeMap<>();
    List<String> names;
    try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
      names =
          files
              .map(f -> classes.relativize(f).toString())
              .filter(f -> f.endsWith(".class") && !f.contains("$"))
              .map(f -> f.substring(0, f.length() - 6).replace('/', '.').replace('\\', '.'))
              .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ClassLoader loader = ApiContract.class.getClassLoader();
    for (String name : names) {
      Class<?> type;
      try {
        type = Class.forName(name, false, loader);
      } catch (Throwable e) {
        continue; // not loadable outside the server; the OpenAPI side still lists its operations
      }
      Path classPath = type.getAnnotation(Path.class);
      if (classPath == null || type.isInterface()) {
        continue;
      }
      for (Method method : type.getMethods()) {
        String http = httpMethod(method);
        if (http == null) {
          continue;
        }
        Path methodPath = method.getAnnotation(Path.class);
        String path = template(classPath.value(), methodPath == null ? "" : methodPath.value());
        boolean permitAll =
            method.isAnnotationPresent(PermitAll.class)
                || (type.isAnnotationPresent(PermitAll.class)
                    && !method.isAnnotationPresent(RolesAllowed.class));
        RolesAllowed roles =
            method.isAnnotationPresent(RolesAllowed.class)
                ? method.getAnnotation(RolesAllowed.class)
                : type.getAnnotation(RolesAllowed.class);
        found.put(
            http + " " + path,
            new Declared(roles == null || permitAll ? Set.of() : Set.of(roles.value()), permitAll));
      }
    }
    return found;
  }

  private static String httpMethod(Method method) {
    for (Class<? extends Annotation> verb :
        List.of(GET.class, POST.class, PUT.class, DELETE.class, PATCH.class, HEAD.class)) {
      if (method.isAnnotationPresent(verb)) {
        return verb.getSimpleName();
      }
    }
    return null;
  }

  /** {@code a/{id:[0-9]{1,18}}} + {@code x} → {@code a/{id}/x}, as OpenAPI writes paths. */
  static String template(String classPath, String methodPath) {
    String joined = (strip(classPath) + "/" + strip(methodPath));
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < joined.length()) {
      char c = joined.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int depth = 0;
      int end = i;
      for (; end < joined.length(); end++) {
        char d = joined.charAt(end);
        if (d == '{') {
          depth++;
        } else if (d == '}' && --depth == 0) {
          break;
        }
      }
      String inside = joined.substring(i + 1, end);
      int colon = inside.indexOf(':');
      out.append('{').append((colon < 0 ? inside : inside.substring(0, colon)).trim()).append('}');
      i = end + 1;
    }
    String result = out.toString().replaceAll("/+", "/");
    return result.endsWith("/") ? result.substring(0, result.length() - 1) : result;
  }

  private static String strip(String path) {
    String p = path.trim();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
