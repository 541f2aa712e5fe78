package dev.socialplan.json;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The domain modules know nothing of JSON: no Jackson type or annotation reaches them. */
class DomainIndependenceTest {

  private static final JavaClasses DOMAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(location -> !location.contains("/dev/socialplan/json/"))
          .withImportOption(location -> !location.contains("/dev/socialplan/testkit/"))
          .importPackages("dev.socialplan");

  @Test
  void coreCalendarAndAnalyticsDoNotUseJackson() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.socialplan.json..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("tools.jackson..", "com.fasterxml..")
        .check(DOMAIN);
  }

  @Test
  void theDomainIsImported() {
    org.assertj.core.api.Assertions.assertThat(DOMAIN.containPackage("dev.socialplan.plan"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(DOMAIN.containPackage("dev.socialplan.calendar"))
        .isTrue();
    org.assertj.core.api.Assertions.assertThat(DOMAIN.containPackage("dev.socialplan.analytics"))
        .isTrue();
  }
}
