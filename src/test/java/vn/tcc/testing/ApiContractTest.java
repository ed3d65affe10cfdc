package vn.tcc.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The code side of the API contract: every resource method found, paths written as OpenAPI does.
 */
class ApiContractTest {
  @Test
  void regular_expressions_in_path_templates_are_dropped_as_openapi_does() {
    assertEquals(
        "reports/submissions/{id}/values/{indicator}",
        ApiContract.template("reports/submissions", "{id:[0-9]{1,18}}/values/{indicator}"));
    assertEquals(
        "cases/{number}/notice.{format}",
        ApiContract.template("/cases/", "{number:VP-[0-9]{4}-[0-9]+}/notice.{format:docx|pdf}"));
    assertEquals("me", ApiContract.template("me", ""));
  }

  @Test
  void every_resource_method_of_the_application_is_found_with_its_roles() {
    var declared = ApiContract.declaredInCode();
    assertTrue(declared.size() >= 100, "resource methods found: " + declared.size());
    assertTrue(declared.containsKey("POST payments/callback"), declared.keySet().toString());
    assertTrue(declared.containsKey("GET cameras/{code}"), declared.keySet().toString());
  }

  @Test
  void every_path_parameter_of_every_operation_has_demo_objects_to_fill_it() {
    // The matrix and the fuzz suites need them; a new endpoint without a row fails here already.
    var paths =
        ApiContract.declaredInCode().keySet().stream()
            .map(key -> key.substring(key.indexOf(' ') + 1))
            .toList();
    assertEquals(java.util.List.of(), DemoObjects.unknown(paths));
    assertTrue(DemoObjects.areaBound("cameras/{code}/history"));
    assertTrue(!DemoObjects.areaBound("retention/runs/{id}"));
    assertEquals(
        java.util.List.of("cases/{number}", "cases/{number}/appeal/documents/{id}"),
        DemoObjects.keys("cases/{number}/appeal/documents/{id}"));
  }
}
