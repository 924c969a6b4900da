package dev.yakusoku.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packages point one way: resources on top, then services, then the engine and the stores, with
 * the event and fact types, configuration and problem JSON at the bottom; and no two packages reach
 * each other through any chain of imports.
 */
class ArchitectureTest {
  private static final String ROOT = "dev.yakusoku";
  private static JavaClasses classes;

  @BeforeAll
  static void importTheService() {
    classes =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);
  }

  @Test
  void noPackagesFormACycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void theFactModelImportsNothingOfOurs() {
    onlyOwn("facts").check(classes);
  }

  @Test
  void eventsImportNothingOfOursButTheInputBounds() {
    onlyOwn("events", "problems").check(classes);
  }

  @Test
  void configurationAndProblemJsonImportNothingOfOurs() {
    onlyOwn("config").check(classes);
    onlyOwn("problems").check(classes);
  }

  @Test
  void theEngineReadsTheLogThroughItsOwnInterfaceAndServesNoOneAboveIt() {
    packageDoesNotUse(
            "engine", "ingest", "scenario", "backtest", "ruletests", "story", "access", "health")
        .check(classes);
  }

  @Test
  void rulesGoLiveWithoutKnowingTheEnginesOrTheirTests() {
    packageDoesNotUse("rules", "engine", "ruletests", "scenario", "ingest", "alerts")
        .check(classes);
  }

  @Test
  void theDirectoryKnowsNothingOfAlertsEnginesOrAccess() {
    packageDoesNotUse("directory", "alerts", "engine", "ingest", "access", "story").check(classes);
  }

  @Test
  void authenticationSitsBelowTheDirectoryAndAccessScopeAboveIt() {
    packageDoesNotUse("security", "directory", "access", "alerts", "engine", "ingest")
        .check(classes);
  }

  @Test
  void nothingButTheStartupDependsOnTheRootPackage() {
    noClasses()
        .that()
        .resideOutsideOfPackage(ROOT)
        .should()
        .dependOnClassesThat()
        .resideInAPackage(ROOT)
        .check(classes);
  }

  @Test
  void noClassCallsAResource() {
    noClasses()
        .that()
        .areNotAnnotatedWith(Path.class)
        .should()
        .dependOnClassesThat()
        .areAnnotatedWith(Path.class)
        .check(classes);
  }

  private static ArchRule onlyOwn(String pkg, String... below) {
    List<String> allowed = new ArrayList<>(OUTSIDE);
    allowed.add(ROOT + "." + pkg + "..");
    Arrays.stream(below).map(p -> ROOT + "." + p + "..").forEach(allowed::add);
    return noClasses()
        .that()
        .resideInAPackage(ROOT + "." + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(allowed.toArray(String[]::new));
  }

  /** What the bottom packages may use besides each other: the JDK and the libraries they bind. */
  private static final List<String> OUTSIDE =
      List.of(
          "java..",
          "jakarta..",
          "com.fasterxml..",
          "io.smallrye.config..",
          "org.eclipse.microprofile..",
          "org.jboss.resteasy..");

  private static ArchRule packageDoesNotUse(String pkg, String... above) {
    String[] packages = new String[above.length];
    for (int i = 0; i < above.length; i++) {
      packages[i] = ROOT + "." + above[i] + "..";
    }
    return noClasses()
        .that()
        .resideInAPackage(ROOT + "." + pkg + "..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(packages);
  }
}
