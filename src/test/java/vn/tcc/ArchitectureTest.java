package vn.tcc;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The module rules of ARCHITECTURE.md, in code. A module is a package {@code vn.tcc.<module>} with
 * an {@code api} that others may use and an {@code internal} that only the module itself may use.
 */
@AnalyzeClasses(packages = "vn.tcc", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  private static final Pattern INTERNAL = Pattern.compile("^vn\\.tcc\\.(\\w+)\\.internal(\\..*)?$");
  private static final Pattern MODULE = Pattern.compile("^vn\\.tcc\\.(\\w+)(\\..*)?$");

  /**
   * Every module and the modules it may use, through their {@code api} (or types at the top of
   * their package); {@code shared} may be used by all and uses none. Each module's package-info
   * should say the same in a sentence. A new module (retention, sharing, command) gets its row here
   * when it is created: the build fails until it has one.
   */
  static final Map<String, Set<String>> MODULES_AND_WHAT_THEY_MAY_USE =
      Map.ofEntries(
          Map.entry("shared", Set.of()),
          Map.entry("audit", Set.of()),
          Map.entry("identity", Set.of()),
          Map.entry("jurisdiction", Set.of()),
          // Reporting pre-fills reports with figures it does not compute: violation and camera
          // implement its IndicatorSource (api), as they already use reporting for documents, so
          // reporting itself needs none of them (the other way round would be a cycle).
          Map.entry("reporting", Set.of()),
          Map.entry("camera", Set.of("jurisdiction", "reporting")),
          Map.entry("event", Set.of("camera", "retention")),
          Map.entry("vms", Set.of("camera", "event", "retention")),
          Map.entry(
              "violation",
              Set.of("camera", "event", "identity", "jurisdiction", "reporting", "retention")),
          // Retention decides; the modules that own data implement its RetentionSource (api), so
          // retention itself needs none of them. It implements reporting's IndicatorSource (api)
          // for the data-protection report's deletions, as violation and sharing do.
          Map.entry("retention", Set.of("camera", "reporting")),
          // Sharing needs the camera's owner type (police cameras are not shared); retention will
          // apply an agreement's retention days through its api when the purge reads them. The IOC
          // feed reads hourly event counts through event.api (event does not use sharing: evidence
          // reads ask sharing through event.api's CameraDataAccessCheck, which sharing implements).
          // Receipts and destruction certificates are Word files written by reporting.api.
          Map.entry("sharing", Set.of("camera", "event", "reporting")),
          // The operators' room watches cameras through the VMS adapter, opens incidents from
          // accepted events and checks shared cameras against their agreements. Its snapshots are
          // a data class of their own, listed to retention as a RetentionSource (issue 19).
          Map.entry("command", Set.of("camera", "event", "vms", "sharing", "retention")),
          // The wiring may use every module's api; no module may use it (rule below).
          Map.entry(
              "platform",
              Set.of(
                  "audit",
                  "camera",
                  "command",
                  "event",
                  "identity",
                  "jurisdiction",
                  "reporting",
                  "retention",
                  "sharing",
                  "violation",
                  "vms")));

  @ArchTest
  static final ArchRule every_top_level_package_is_a_module_in_the_table =
      classes().should(beInAModuleOfTheTable());

  @ArchTest
  static final ArchRule modules_use_only_the_modules_their_row_allows =
      classes().should(useOnlyTheModulesTheirRowAllowsThroughTheirApi());

  /** Neither directly nor through others: a cycle would make the modules one in all but name. */
  @ArchTest
  static final ArchRule modules_are_free_of_cycles =
      slices().matching("vn.tcc.(*)..").namingSlices("$1").should().beFreeOfCycles();

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

  /**
   * vn.tcc.shared.web holds the one page-messages helper and the one lazy table model that every
   * module's web uses, so Faces and PrimeFaces are allowed there too.
   */
  @ArchTest
  static final ArchRule faces_only_in_web =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "..internal.web..",
              // a module with rooms of its own (command: incident, live) has web per room
              "..internal.*.web..",
              "vn.tcc.platform.web..",
              "vn.tcc.shared.web..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("jakarta.faces..", "org.primefaces..");

  @ArchTest
  static final ArchRule rest_only_in_rest =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "..internal.rest..", "..internal.*.rest..", "vn.tcc.platform.rest..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("jakarta.ws.rs..");

  @ArchTest
  static final ArchRule entity_manager_only_in_persistence =
      noClasses()
          .that()
          .resideOutsideOfPackages("..internal.persistence..", "..internal.*.persistence..")
          .should()
          .dependOnClassesThat()
          .haveFullyQualifiedName("jakarta.persistence.EntityManager");

  /**
   * JDBC is storage: java.sql and the DataSource stay in persistence packages (a module's
   * internal.persistence, or shared.persistence with Jdbc, SqlTime and DataAccessFailure).
   */
  @ArchTest
  static final ArchRule jdbc_only_in_persistence =
      noClasses()
          .that()
          .resideOutsideOfPackage("..persistence..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("java.sql..")
                  .or(equivalentTo(javax.sql.DataSource.class))
                  .as("are in java.sql or are javax.sql.DataSource"));

  /** CMS signatures of deletion records: BouncyCastle stays in the retention module's internals. */
  @ArchTest
  static final ArchRule bouncycastle_only_in_retention =
      noClasses()
          .that()
          .resideOutsideOfPackage("vn.tcc.retention.internal..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("org.bouncycastle..");

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
   * (vn.tcc.identity.internal.center), which TCC must reach over its signed HTTP API, and the probe
   * of the sign-on's identity center (vn.tcc.platform.security.identitycenter). Anything else that
   * talks to the network would escape their timeouts, signing and error mapping.
   */
  @ArchTest
  static final ArchRule network_clients_only_in_external_system_clients =
      noClasses()
          .that()
          .resideOutsideOfPackages(
              "vn.tcc.vms.internal..",
              "vn.tcc.identity.internal.center..",
              "vn.tcc.platform.security.identitycenter..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("java.net.http..")
                  .or(assignableTo(java.net.Socket.class))
                  .as("are in java.net.http or are sockets"));

  @ArchTest
  static final ArchRule domain_knows_no_delivery_or_storage =
      noClasses()
          .that()
          .resideInAnyPackage("..internal.domain..", "..internal.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "..internal.web..",
              "..internal.rest..",
              "..internal.persistence..",
              "..internal.*.web..",
              "..internal.*.rest..",
              "..internal.*.persistence..",
              "jakarta.faces..",
              "jakarta.ws.rs..",
              "jakarta.servlet..");

  /** The rules live in the domain; the application uses them, never the other way. */
  @ArchTest
  static final ArchRule domain_does_not_use_the_application =
      noClasses()
          .that()
          .resideInAnyPackage("..internal.domain..", "..internal.*.domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("..internal.application..", "..internal.*.application..");

  private static String moduleOf(String packageName) {
    Matcher module = MODULE.matcher(packageName);
    return module.matches() ? module.group(1) : null;
  }

  private static ArchCondition<JavaClass> beInAModuleOfTheTable() {
    return new ArchCondition<>("be in a module of MODULES_AND_WHAT_THEY_MAY_USE") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String module = moduleOf(origin.getPackageName());
        if (!MODULES_AND_WHAT_THEY_MAY_USE.containsKey(module)) {
          events.add(
              SimpleConditionEvent.violated(
                  origin,
                  origin.getName()
                      + " is in no module of the table: add \""
                      + (module == null ? origin.getPackageName() : "vn.tcc." + module)
                      + "\" with the modules it may use to"
                      + " ArchitectureTest.MODULES_AND_WHAT_THEY_MAY_USE (modules known: "
                      + new TreeSet<>(MODULES_AND_WHAT_THEY_MAY_USE.keySet())
                      + ")"));
        }
      }
    };
  }

  private static ArchCondition<JavaClass> useOnlyTheModulesTheirRowAllowsThroughTheirApi() {
    return new ArchCondition<>(
        "use only the modules their row of MODULES_AND_WHAT_THEY_MAY_USE allows, through their api") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String from = moduleOf(origin.getPackageName());
        Set<String> allowed = MODULES_AND_WHAT_THEY_MAY_USE.get(from);
        if (allowed == null) {
          return; // every_top_level_package_is_a_module_in_the_table says so
        }
        for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
          String targetPackage = dependency.getTargetClass().getPackageName();
          String to = moduleOf(targetPackage);
          if (to == null || to.equals(from) || to.equals("shared")) {
            continue;
          }
          if (!allowed.contains(to)) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency,
                    dependency.getDescription()
                        + ": "
                        + from
                        + " may not use "
                        + to
                        + " (its row in MODULES_AND_WHAT_THEY_MAY_USE)"));
          } else if (!isApiOrTopLevel(targetPackage, to)) {
            events.add(
                SimpleConditionEvent.violated(
                    dependency,
                    dependency.getDescription() + ": " + to + " is used only through its api"));
          }
        }
      }
    };
  }

  private static boolean isApiOrTopLevel(String packageName, String module) {
    String top = "vn.tcc." + module;
    return packageName.equals(top)
        || packageName.equals(top + ".api")
        || packageName.startsWith(top + ".api.");
  }

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
