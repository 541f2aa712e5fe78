package dev.socialplan.report;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.core.domain.JavaMethod;
import org.junit.jupiter.api.Test;

/**
 * The report module writes to the caller's {@link Appendable} and nothing else: no files, network
 * or console, no clock; it depends on the domain modules only (not on the other adapters); and its
 * public API shows neither jte nor generated types.
 */
class ReportArchitectureTest {
  private static final JavaClasses REPORT =
      new ClassFileImporter()
          .withImportOption(new ImportOption.DoNotIncludeTests())
          .importPackages("dev.socialplan.report");

  @Test
  void noFilesNetworkConsoleOrClock() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..")
        .orShould()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(java.time.Clock.class, "systemDefaultZone")
        .orShould()
        .callMethod(java.time.LocalDate.class, "now")
        .orShould()
        .callMethod(java.time.Instant.class, "now")
        .check(REPORT);
  }

  @Test
  void dependsOnTheDomainOnly() {
    noClasses()
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.socialplan.json..", "dev.socialplan.csv..", "dev.socialplan.spark..")
        .check(REPORT);
  }

  @Test
  void publicApiShowsNoJteOrGeneratedType() {
    methods()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("dev.socialplan.report")
        .and()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .haveModifier(JavaModifier.PUBLIC)
        .should(
            new ArchCondition<JavaMethod>("expose no jte or Immutable* type") {
              @Override
              public void check(JavaMethod method, ConditionEvents events) {
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(method.getRawReturnType()),
                        method.getRawParameterTypes().stream())
                    .map(c -> c.getName())
                    .filter(n -> n.startsWith("gg.jte") || n.contains(".Immutable"))
                    .forEach(n -> events.add(SimpleConditionEvent.violated(method, method.getFullName() + " exposes " + n)));
              }
            })
        .check(REPORT);
  }
}
