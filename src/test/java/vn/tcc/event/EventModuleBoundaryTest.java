package vn.tcc.event;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** What the event module's package-info promises: of TCC it uses shared and camera.api only. */
@AnalyzeClasses(packages = "vn.tcc.event", importOptions = ImportOption.DoNotIncludeTests.class)
class EventModuleBoundaryTest {
  @ArchTest
  static final ArchRule uses_only_shared_and_the_camera_api =
      noClasses()
          .that()
          .resideInAPackage("vn.tcc.event..")
          .should()
          .dependOnClassesThat(
              resideInAPackage("vn.tcc..")
                  .and(
                      resideOutsideOfPackages(
                          "vn.tcc.event..", "vn.tcc.shared..", "vn.tcc.camera.api..")));
}
