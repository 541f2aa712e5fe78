package dev.socialplan.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Architecture rules for the library modules (core, calendar, analytics, testkit), checked on their
 * compiled main classes. Each rule was seen to fail once, on
 * 2026-11-24, by adding the offending code to a core class and running {@code mvn -pl testkit -am
 * verify}; the violation each reported is quoted.
 *
 * <ul>
 *   <li>{@link #noFileOrStreamIo()}: {@code new java.io.File("x").exists()} in a method {@code
 *       Violations.all()} gave <i>"Method &lt;dev.socialplan.platform.Violations.all()&gt; calls
 *       constructor &lt;java.io.File.&lt;init&gt;(java.lang.String)&gt;"</i>.
 *   <li>{@link #noNetworkFilesOrDatabases()}: {@code java.net.URI.create("x")} gave <i>"Method
 *       &lt;dev.socialplan.platform.Violations.all()&gt; calls method
 *       &lt;java.net.URI.create(java.lang.String)&gt;"</i> (before {@code URI} was allowed for
 *       parsing links).
 *   <li>{@link #noPrinting()}: {@code System.out.println(f)} gave <i>"Method
 *       &lt;dev.socialplan.platform.Violations.all()&gt; gets field
 *       &lt;java.lang.System.out&gt;"</i>.
 *   <li>{@link #noSystemClock()}: {@code java.time.LocalDate.now()} gave <i>"Method
 *       &lt;dev.socialplan.timing.Violations.all()&gt; reads the system clock: calls
 *       java.time.LocalDate.now()"</i>.
 *   <li>{@link #coreDependsOnNeitherCalendarNorAnalytics()} and {@link
 *       #calendarAndAnalyticsAreIndependent()}: Maven's module graph makes such an import
 *       uncompilable, so the rule was seen to fail with {@code dev.socialplan.internal..} put in
 *       the forbidden list, which reported 31 violations, the first <i>"Method
 *       &lt;dev.socialplan.metric.Ratio.of(double, double)&gt; calls method
 *       &lt;dev.socialplan.internal.Checks.finite(double, java.lang.String)&gt;"</i>.
 *   <li>{@link #noPackageCycles()}: a field in {@code metric.Ratio} holding {@code
 *       TimeOfWeekGrid.uniform()} plus a {@code timing} class reading {@code Ratio.EMPTY} gave
 *       <i>"Cycle detected: Slice metric -&gt;"</i> followed by the two dependencies.
 *   <li>{@link #noGeneratedGuavaOrInternalTypesInPublicApi()}: a public method {@code ImmutableBrand
 *       leak()} on {@code Brand} gave <i>"Method &lt;dev.socialplan.plan.Brand.leak()&gt; exposes
 *       dev.socialplan.plan.ImmutableBrand"</i>.
 * </ul>
 *
 * <p>Allowed from {@code java.io}: {@code Serializable} and {@code Serial} (values are
 * serialisable), the types a checking {@code readObject} or a serialisation proxy's {@code
 * readResolve} needs ({@code ObjectInputStream}, {@code ObjectStreamException}, {@code
 * InvalidObjectException}: a value never trusts its stream), the hooks of a class that keeps its
 * serialised fields apart from its layout ({@code ObjectStreamField}, {@code
 * ObjectOutputStream.PutField}, {@code ObjectInputStream.GetField}: {@code PerformanceRecord}) and {@code IOException}/{@code UncheckedIOException}, which {@link Appendable}
 * targets such as the iCalendar export must handle. Cycles are checked per package, so a concept's
 * {@code rules} subpackage may depend on {@code plan} while {@code plan} depends on the concept.
 */
class ArchitectureTest {

  private static final ImportOption MAIN_ONLY = new ImportOption.DoNotIncludeTests();
  private static JavaClasses library;

  @BeforeAll
  static void importLibrary() {
    library =
        new ClassFileImporter()
            .withImportOption(MAIN_ONLY)
            .withImportOption(
                location -> !location.contains("/benchmarks/") && !location.contains("/examples/"))
            .importPackages("dev.socialplan");
  }

  /** Serialisation hooks and {@link Appendable}'s checked exception are the only java.io allowed. */
  private static final Set<Class<?>> ALLOWED_JAVA_IO =
      Set.of(
          Serializable.class,
          Serial.class,
          IOException.class,
          UncheckedIOException.class,
          java.io.ObjectInputStream.class,
          java.io.ObjectInputStream.GetField.class,
          java.io.ObjectOutputStream.class,
          java.io.ObjectOutputStream.PutField.class,
          java.io.ObjectStreamField.class,
          java.io.ObjectStreamField[].class,
          java.io.ObjectStreamException.class,
          java.io.InvalidObjectException.class);

  /**
   * Every serialisable class of the domain modules guards its stream (issue 10, DESIGN "Value types"): it is
   * an enum or a record (read through its constructor), or declares a {@code readResolve} that
   * rebuilds it through its factory or a {@code readObject} that checks or refuses what was read. A
   * new {@code Serializable} type without one fails here. Seen to fail by removing {@code
   * TimeOfWeekGrid.readResolve}: "TimeOfWeekGrid is serialisable without readResolve or readObject".
   */
  @Test
  void everySerializableClassGuardsItsStream() {
    java.util.List<String> unguarded = new java.util.ArrayList<>();
    int checked = 0;
    for (JavaClass c : library) {
      if (!c.isAssignableTo(Serializable.class)
          // The testkit's generators are serialisable to travel in Spark closures; they are not values.
          || c.getPackageName().startsWith("dev.socialplan.testkit")
          || c.isAssignableTo(Throwable.class)
          || c.isEnum()
          || c.isRecord()
          || c.isInterface()) {
        continue;
      }
      checked++;
      boolean guarded =
          c.getMethods().stream()
              .anyMatch(m -> m.getName().equals("readResolve") || m.getName().equals("readObject"));
      if (!guarded) {
        unguarded.add(c.getSimpleName() + " is serialisable without readResolve or readObject");
      }
    }
    org.assertj.core.api.Assertions.assertThat(checked).as("serialisable classes found").isGreaterThan(10);
    org.assertj.core.api.Assertions.assertThat(unguarded).isEmpty();
  }

  @Test
  void noFileOrStreamIo() {
    ArchRule rule =
        noClasses()
            .should()
            .dependOnClassesThat(
                resideInAPackage("java.io")
                    .and(
                        DescribedPredicate.describe(
                            "are not Serializable, Serial, IOException, UncheckedIOException or"
                                + " the serialisation hooks' ObjectInputStream (and GetField),"
                                + " ObjectOutputStream (and PutField), ObjectStreamField,"
                                + " ObjectStreamException and InvalidObjectException",
                            (JavaClass c) -> ALLOWED_JAVA_IO.stream().noneMatch(c::isEquivalentTo))))
            .because("the library does no I/O");
    rule.check(library);
  }

  /**
   * {@link java.net.URI} parses a link's text (RFC 3986) without resolving or fetching anything, so
   * {@code Link} may use it and its checked exception; nothing else of {@code java.net}.
   */
  private static final Set<String> ALLOWED_JAVA_NET =
      Set.of("java.net.URI", "java.net.URISyntaxException");

  @Test
  void noNetworkFilesOrDatabases() {
    noClasses()
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAnyPackage("java.net..", "java.nio.file..", "java.sql..", "javax.sql..")
                .and(
                    DescribedPredicate.describe(
                        "are not URI or URISyntaxException (parsing only)",
                        (JavaClass c) -> !ALLOWED_JAVA_NET.contains(c.getName()))))
        .because("the library does no I/O")
        .check(library);
  }

  @Test
  void noPrinting() {
    noClasses()
        .should()
        .accessField(System.class, "out")
        .orShould()
        .accessField(System.class, "err")
        .orShould()
        .callMethod(Throwable.class, "printStackTrace")
        .because("a library reports through return values and SLF4J, never the console")
        .check(library);
  }

  @Test
  void noSystemClock() {
    classes()
        .should(notReadTheSystemClock())
        .because("time comes in as a Clock or as arguments (docs/architecture.md)")
        .check(library);
  }

  @Test
  void coreDependsOnNeitherCalendarNorAnalytics() {
    noClasses()
        .that(coreClasses())
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.socialplan.calendar..", "dev.socialplan.analytics..", "dev.socialplan.testkit..")
        .check(library);
  }

  @Test
  void calendarAndAnalyticsAreIndependent() {
    noClasses()
        .that()
        .resideInAPackage("dev.socialplan.calendar..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.socialplan.analytics..", "dev.socialplan.testkit..")
        .check(library);
    noClasses()
        .that()
        .resideInAPackage("dev.socialplan.analytics..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.socialplan.calendar..", "dev.socialplan.testkit..")
        .check(library);
  }

  /** Every package is its own slice, so {@code budget.rules -> plan -> budget} is no cycle. */
  @Test
  void noPackageCycles() {
    slices().matching("dev.socialplan.(**)").should().beFreeOfCycles().check(library);
  }

  @Test
  void noGeneratedGuavaOrInternalTypesInPublicApi() {
    methods()
        .that()
        .arePublic()
        .and()
        .areDeclaredInClassesThat()
        .arePublic()
        .and()
        .areDeclaredInClassesThat(not(simpleNameStartingWith("Immutable")))
        .and()
        .areDeclaredInClassesThat()
        .resideOutsideOfPackage("dev.socialplan.internal..")
        .should(notExposeGeneratedOrGuavaTypes())
        .check(library);
  }

  private static DescribedPredicate<JavaClass> coreClasses() {
    return DescribedPredicate.describe(
        "are in socialplan-core",
        c ->
            c.getPackageName().startsWith("dev.socialplan.")
                && !c.getPackageName().startsWith("dev.socialplan.calendar")
                && !c.getPackageName().startsWith("dev.socialplan.analytics")
                && !c.getPackageName().startsWith("dev.socialplan.testkit"));
  }

  private static ArchCondition<JavaClass> notReadTheSystemClock() {
    return new ArchCondition<>("not read the system clock") {
      @Override
      public void check(JavaClass item, ConditionEvents events) {
        for (JavaAccess<?> access : item.getAccessesFromSelf()) {
          JavaClass owner = access.getTargetOwner();
          String name = access.getName();
          String params = access.getTarget().getDescription();
          boolean timeNow =
              owner.getPackageName().equals("java.time")
                  && name.equals("now")
                  && !params.contains(Clock.class.getName());
          boolean systemClock = owner.isEquivalentTo(Clock.class) && name.startsWith("system");
          boolean millis =
              owner.isEquivalentTo(System.class) && name.equals("currentTimeMillis");
          if (timeNow || systemClock || millis) {
            events.add(
                SimpleConditionEvent.violated(
                    access,
                    access.getOrigin().getDescription()
                        + " reads the system clock: calls "
                        + owner.getName()
                        + "."
                        + name
                        + "()"));
          }
        }
      }
    };
  }

  private static ArchCondition<JavaMethod> notExposeGeneratedOrGuavaTypes() {
    // The domain jars are automatic modules, which export every package: keeping internal types out
    // of public signatures is what keeps dev.socialplan.internal out of the API.
    return new ArchCondition<>("not expose Immutable*, Guava or dev.socialplan.internal types") {
      @Override
      public void check(JavaMethod method, ConditionEvents events) {
        if (method.getOwner().getModifiers().contains(JavaModifier.SYNTHETIC)) {
          return;
        }
        Set<JavaClass> exposed = new java.util.HashSet<>(method.getRawParameterTypes());
        exposed.add(method.getRawReturnType());
        exposed.addAll(method.getReturnType().getAllInvolvedRawTypes());
        method.getParameterTypes().forEach(t -> exposed.addAll(t.getAllInvolvedRawTypes()));
        for (JavaClass type : exposed) {
          boolean generated =
              type.getPackageName().startsWith("dev.socialplan")
                  && type.getSimpleName().startsWith("Immutable");
          boolean guava = type.getPackageName().startsWith("com.google.common");
          boolean internal = type.getPackageName().startsWith("dev.socialplan.internal");
          if (generated || guava || internal) {
            events.add(
                SimpleConditionEvent.violated(
                    method, method.getDescription() + " exposes " + type.getName()));
          }
        }
      }
    };
  }
}
