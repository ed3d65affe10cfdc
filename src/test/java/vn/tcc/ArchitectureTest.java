package vn.tcc;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module rules of ARCHITECTURE.md, in code. A module is a package {@code vn.tcc.<module>} with
 * an {@code api} that others may use and an {@code internal} that only the module itself may use.
 */
@AnalyzeClasses(packages = "vn.tcc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final Pattern INTERNAL = Pattern.compile("^vn\\.tcc\\.(\\w+)\\.internal(\\..*)?$");

  @ArchTest
  static final ArchRule internals_are_private_to_their_module =
      classes().should(onlyUseTheirOwnModulesInternals());

  @ArchTest
  static final ArchRule shared_depends_on_no_module =
      noClasses()
          .that()
          .resideInAPackage("vn.tcc.shared..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("vn.tcc..").and(resideOutsideOfPackage("vn.tcc.shared..")));

  /** Owner identification stands alone (its package-info): it may use vn.tcc.shared only. */
  @ArchTest
  static final ArchRule identity_uses_only_shared =
      noClasses()
          .that()
          .resideInAPackage("vn.tcc.identity..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("vn.tcc..")
                  .and(resideOutsideOfPackage("vn.tcc.identity.."))
                  .and(resideOutsideOfPackage("vn.tcc.shared..")));

  @ArchTest
  static final ArchRule modules_do_not_depend_on_the_platform =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.tcc.platform..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("vn.tcc.platform..");

  @ArchTest
  static final ArchRule api_does_not_reach_into_internals =
      noClasses()
          .that()
          .resideInAPackage("..api..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("..internal..");

  @ArchTest
  static final ArchRule faces_only_in_web =
      noClasses()
          .that()
          .resideOutsideOfPackages("..internal.web..", "vn.tcc.platform.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "org.primefaces..");

  @ArchTest
  static final ArchRule rest_only_in_rest =
      noClasses()
          .that()
          .resideOutsideOfPackages("..internal.rest..", "vn.tcc.platform.rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule entity_manager_only_in_persistence =
      noClasses()
          .that()
          .resideOutsideOfPackage("..internal.persistence..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager");

  @ArchTest
  static final ArchRule poi_only_in_reporting =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.tcc.reporting.internal..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.apache.poi..");

  /** PDFBox and its FontBox, like POI, are reporting's own: others go through reporting.api. */
  @ArchTest
  static final ArchRule pdf_library_only_in_reporting =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.tcc.reporting.internal..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.apache.pdfbox..", "org.apache.fontbox..");

  /**
   * Outbound HTTP and raw sockets are for the clients of external systems only: the VMS adapters
   * (vn.tcc.vms.internal) and the population-database authentication center's client
   * (vn.tcc.identity.internal.center), which TCC must reach over its signed HTTP API. Anything else
   * that talks to the network would escape their timeouts, signing and error mapping.
   */
  @ArchTest
  static final ArchRule network_clients_only_in_external_system_clients =
      noClasses()
          .that()
          .resideOutsideOfPackages("vn.tcc.vms.internal..", "vn.tcc.identity.internal.center..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("java.net.http..")
                  .or(assignableTo(java.net.Socket.class))
                  .as("are in java.net.http or are sockets"));

  @ArchTest
  static final ArchRule domain_knows_no_delivery_or_storage =
      noClasses()
          .that()
          .resideInAPackage("..internal.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..internal.web..",
              "..internal.rest..",
              "..internal.persistence..",
              "jakarta.faces..",
              "jakarta.ws.rs..",
              "jakarta.servlet..");

  private static ArchCondition<JavaClass> onlyUseTheirOwnModulesInternals() {
    return new ArchCondition<>("only use the internal packages of their own module") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          Matcher target = INTERNAL.matcher(dependency.getTargetClass().getPackageName());
          if (!target.matches()) {
            continue;
          }
          String module = "vn.tcc." + target.group(1);
          String from = origin.getPackageName();
          if (!from.equals(module) && !from.startsWith(module + ".")) {
            events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
          }
        }
      }
    };
  }
}
