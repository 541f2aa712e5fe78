package dev.socialplan.nulls;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.reflect.ClassPath;
import com.google.common.testing.NullPointerTester;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Every public method and constructor of the library refuses {@code null} with a {@link
 * NullPointerException} (issue 10; DESIGN "no null in or out"), checked by guava-testlib's {@link
 * NullPointerTester} over <em>every</em> public type of core, calendar and analytics: the types are
 * enumerated from the class path, so a new public type is covered without editing this test.
 *
 * <p>Static methods and constructors are tested on each type. Instance methods are tested on one
 * instance of each type, found by walking the four sample plans (their plans, scheduling requests,
 * calendars, performance records, progress reports) and what the library computes from them through
 * public no-argument methods; those instances also serve as the tester's default arguments. Before
 * the fix {@code StrategyPlan.isChosen}, {@code Persona.uses}, {@code Region.has}, {@code
 * MixEvaluation.share} and {@code FindingCode.messageKey} accepted null silently.
 */
class NullRefusalTest {
  private static final List<String> LIBRARY =
      List.of("dev.socialplan", "dev.socialplan.calendar", "dev.socialplan.analytics");

  /** Types found on the class path: public, of the library modules, not generated. */
  private static List<Class<?>> publicTypes() throws Exception {
    List<Class<?>> types = new ArrayList<>();
    for (ClassPath.ClassInfo info :
        ClassPath.from(NullRefusalTest.class.getClassLoader())
            .getTopLevelClassesRecursive("dev.socialplan")) {
      String pkg = info.getPackageName();
      if (pkg.startsWith("dev.socialplan.testkit")
          || pkg.startsWith("dev.socialplan.json")
          || pkg.startsWith("dev.socialplan.csv")
          || pkg.startsWith("dev.socialplan.spark")
          || pkg.startsWith("dev.socialplan.report")
          || pkg.startsWith("dev.socialplan.examples")
          || pkg.startsWith("dev.socialplan.benchmarks")
          // Not API: every module's internal package (preconditions, message texts).
          || pkg.startsWith("dev.socialplan.internal")
          || pkg.contains(".internal")
          || info.getSimpleName().endsWith("Test")
          || info.getSimpleName().endsWith("Tests")
          || info.getSimpleName().startsWith("Immutable")) {
        continue;
      }
      Class<?> c;
      try {
        c = info.load();
      } catch (LinkageError e) {
        continue;
      }
      if (!isLibrary(c)) {
        continue;
      }
      addPublic(c, types);
    }
    types.sort(Comparator.comparing(Class::getName));
    return types;
  }

  private static boolean isLibrary(Class<?> c) {
    // Test classes share the packages; only classes from the modules' main jars or target/classes.
    var source = c.getProtectionDomain().getCodeSource();
    String where = source == null ? "" : source.getLocation().toString();
    return !where.contains("test-classes") && LIBRARY.stream().anyMatch(p -> c.getName().startsWith(p));
  }

  private static void addPublic(Class<?> c, List<Class<?>> types) {
    if (!Modifier.isPublic(c.getModifiers())) {
      return;
    }
    types.add(c);
    for (Class<?> nested : c.getDeclaredClasses()) {
      addPublic(nested, types);
    }
  }

  /** One instance per library class, from the samples and what public methods derive from them. */
  private static Map<Class<?>, Object> instances() {
    Map<Class<?>, Object> found = new LinkedHashMap<>();
    Set<Object> seen = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    for (SamplePlan sample : SamplePlans.all()) {
      walk(sample, 0, found, seen);
      walk(PlanRules.standard().validate(sample.plan()), 0, found, seen);
      walk(PerformanceSummary.of(sample.performance()), 0, found, seen);
    }
    return found;
  }

  private static void walk(Object value, int depth, Map<Class<?>, Object> found, Set<Object> seen) {
    if (value == null || depth > 5 || !seen.add(value)) {
      return;
    }
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, depth, found, seen));
      return;
    }
    if (value instanceof Collection<?> c) {
      c.stream().limit(20).forEach(v -> walk(v, depth + 1, found, seen));
      return;
    }
    if (value instanceof Map<?, ?> m) {
      m.entrySet().stream()
          .limit(20)
          .forEach(
              e -> {
                walk(e.getKey(), depth + 1, found, seen);
                walk(e.getValue(), depth + 1, found, seen);
              });
      return;
    }
    Class<?> type = value.getClass();
    if (!type.getName().startsWith("dev.socialplan")) {
      return;
    }
    for (Class<?> c = type; c != null && c.getName().startsWith("dev.socialplan"); c = c.getSuperclass()) {
      found.putIfAbsent(c, value);
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.getDeclaringClass().getName().startsWith("dev.socialplan")
          && !m.getReturnType().isPrimitive()
          && !m.getName().equals("toBuilder")
          && !m.getName().startsWith("to")) {
        try {
          m.setAccessible(true);
          walk(m.invoke(value), depth + 1, found, seen);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // An accessor that refuses (an undefined value) just offers nothing to walk.
        }
      }
    }
  }

  @Test
  void everyPublicMethodAndConstructorRefusesNull() throws Exception {
    List<Class<?>> types = publicTypes();
    assertThat(types).as("public types found").hasSizeGreaterThan(150);
    Map<Class<?>, Object> instances = instances();
    NullPointerTester tester = new NullPointerTester();
    for (Map.Entry<Class<?>, Object> e : instances.entrySet()) {
      if (Modifier.isPublic(e.getKey().getModifiers())) {
        setDefault(tester, e.getKey(), e.getValue());
      }
    }
    setDefaults(tester);
    List<String> failures = new ArrayList<>();
    Set<String> withoutInstance = new TreeSet<>();
    for (Class<?> type : types) {
      run(failures, type.getName() + " (static)", () -> tester.testAllPublicStaticMethods(type));
      if (!Modifier.isAbstract(type.getModifiers()) && !type.isEnum()) {
        run(failures, type.getName() + " (constructors)", () -> tester.testAllPublicConstructors(type));
      }
      Object instance = type.isEnum() ? type.getEnumConstants()[0] : instances.get(type);
      if (instance != null) {
        run(failures, type.getName(), () -> tester.testAllPublicInstanceMethods(instance));
      } else if (hasPublicInstanceMethods(type)) {
        withoutInstance.add(type.getName());
      }
    }
    assertThat(failures).isEmpty();
    // The walk finds an instance of nearly every type; the rest are listed so the gap is visible.
    assertThat(withoutInstance.size()).as("types without an instance: %s", withoutInstance).isLessThan(types.size() / 3);
  }

  /** Arguments the samples do not provide, or provide only as interfaces. */
  private static void setDefaults(NullPointerTester tester) {
    java.time.Instant instant = java.time.Instant.parse("2025-03-01T09:00:00Z");
    tester.setDefault(java.time.ZoneId.class, java.time.ZoneId.of("Europe/Paris"));
    tester.setDefault(java.time.ZonedDateTime.class, instant.atZone(java.time.ZoneId.of("Europe/Paris")));
    tester.setDefault(java.time.Clock.class, java.time.Clock.fixed(instant, java.time.ZoneOffset.UTC));
    tester.setDefault(org.joda.money.Money.class, org.joda.money.Money.parse("USD 10.00"));
    tester.setDefault(org.joda.money.CurrencyUnit.class, org.joda.money.CurrencyUnit.USD);
    // The factories of stored rankings and reach estimates take these.
    tester.setDefault(
        dev.socialplan.platform.recommendation.RecommendationRequest.class,
        dev.socialplan.platform.recommendation.RecommendationRequest.builder()
            .referenceDate(java.time.LocalDate.of(2025, 3, 1))
            .build());
    tester.setDefault(
        dev.socialplan.platform.recommendation.AudienceReachEstimate.class,
        dev.socialplan.platform.recommendation.AudienceReachEstimate.of(
            dev.socialplan.audience.Audience.empty(),
            dev.socialplan.platform.PlatformCatalog.standard()
                .profile(dev.socialplan.platform.Platform.INSTAGRAM)
                .orElseThrow()));
    tester.setDefault(
        dev.socialplan.analytics.experiment.Variant.class,
        dev.socialplan.analytics.experiment.Variant.of("A", 100, 10));
    tester.setDefault(
        dev.socialplan.analytics.experiment.ExperimentDesign.class,
        dev.socialplan.analytics.experiment.ExperimentDesign.of(0.2, 0.05));
    tester.setDefault(
        dev.socialplan.analytics.aggregate.Grouping.class,
        dev.socialplan.analytics.aggregate.Grouping.by(dev.socialplan.analytics.aggregate.Dimension.PLATFORM));
    tester.setDefault(
        dev.socialplan.analytics.metric.EngagementDefinition.class,
        dev.socialplan.analytics.metric.EngagementDefinition.forPlatform(dev.socialplan.platform.Platform.FACEBOOK));
    tester.setDefault(
        dev.socialplan.analytics.progress.ProgressThresholds.class,
        dev.socialplan.analytics.progress.ProgressThresholds.standard());
    tester.setDefault(dev.socialplan.goal.Target.class, dev.socialplan.goal.Target.ofCount(10));
    tester.setDefault(dev.socialplan.audience.AgeRange.class, dev.socialplan.audience.AgeRange.of(18, 34));
    tester.setDefault(
        dev.socialplan.tactic.CreatorPermission.class,
        dev.socialplan.tactic.CreatorPermission.grantedAt(instant));
    tester.setDefault(dev.socialplan.platform.Source.class, dev.socialplan.platform.Source.primary("socialplan tests"));
    tester.setDefault(dev.socialplan.platform.FormatLimits.class, dev.socialplan.platform.FormatLimits.unknown());
    tester.setDefault(
        dev.socialplan.validation.ValidationContext.class,
        dev.socialplan.validation.ValidationContext.standard());
    tester.setDefault(dev.socialplan.validation.RuleSet.class, PlanRules.standard());
    tester.setDefault(
        dev.socialplan.validation.ValidationSettings.class,
        dev.socialplan.validation.ValidationSettings.standard());
    tester.setDefault(
        dev.socialplan.analytics.timing.BestTimeSettings.class,
        dev.socialplan.analytics.timing.BestTimeSettings.standard());
    tester.setDefault(
        dev.socialplan.analytics.experiment.TwoVariantAnalysis.class,
        dev.socialplan.analytics.experiment.TwoVariantAnalysis.of(
            dev.socialplan.analytics.experiment.Variant.of("A", 100, 10),
            dev.socialplan.analytics.experiment.Variant.of("B", 100, 12)));
    tester.setDefault(
        dev.socialplan.analytics.experiment.MultiVariantAnalysis.class,
        dev.socialplan.analytics.experiment.MultiVariantAnalysis.of(
            dev.socialplan.analytics.experiment.Variant.of("A", 100, 10),
            dev.socialplan.analytics.experiment.Variant.of("B", 100, 12)));
    // A sealed interface cannot be proxied: a verdict's analysis needs a real one.
    tester.setDefault(
        dev.socialplan.analytics.experiment.ExperimentAnalysis.class,
        dev.socialplan.analytics.experiment.TwoVariantAnalysis.of(
            dev.socialplan.analytics.experiment.Variant.of("A", 100, 10),
            dev.socialplan.analytics.experiment.Variant.of("B", 100, 12)));
    tester.setDefault(
        dev.socialplan.calendar.schedule.WeeklySlot.class,
        dev.socialplan.calendar.schedule.WeeklySlot.of(java.time.DayOfWeek.MONDAY, 9, 0));
    tester.setDefault(
        dev.socialplan.calendar.schedule.SlotBinding.class,
        dev.socialplan.calendar.schedule.SlotBinding.pillar("tips"));
    tester.setDefault(
        dev.socialplan.calendar.scheduler.Evergreen.class,
        dev.socialplan.calendar.scheduler.Evergreen.of(java.time.Duration.ofDays(7), 2));
    tester.setDefault(
        dev.socialplan.calendar.schedule.RecurrencePattern.class,
        dev.socialplan.calendar.schedule.RecurrencePattern.of(
            "FREQ=WEEKLY;COUNT=3", java.time.LocalDateTime.of(2025, 3, 3, 9, 0)));
    tester.setDefault(
        dev.socialplan.calendar.approval.ApprovalPolicy.class,
        dev.socialplan.calendar.approval.ApprovalPolicy.of(
            dev.socialplan.calendar.approval.ApprovalTier.of(
                "Legal", dev.socialplan.calendar.approval.ApprovalMode.values()[0], List.of("Ana"))));
    tester.setDefault(
        dev.socialplan.analytics.benchmark.BenchmarkEntry.class,
        dev.socialplan.analytics.benchmark.BenchmarkEntry.from(
            SamplePlans.article().plan().competitors().get(0)));
    tester.setDefault(
        dev.socialplan.calendar.Link.class,
        dev.socialplan.calendar.Link.parse("https://brand.example/menu"));
  }

  @SuppressWarnings("unchecked")
  private static <T> void setDefault(NullPointerTester tester, Class<T> type, Object value) {
    tester.setDefault(type, (T) value);
  }

  private static boolean hasPublicInstanceMethods(Class<?> type) {
    for (Method m : type.getDeclaredMethods()) {
      if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() > 0) {
        return true;
      }
    }
    return false;
  }

  private static void run(List<String> failures, String what, Runnable check) {
    try {
      check.run();
    } catch (AssertionError | RuntimeException e) {
      failures.add(what + ": " + firstLine(e));
    }
  }

  private static String firstLine(Throwable e) {
    String message = String.valueOf(e.getMessage());
    int nl = message.indexOf('\n');
    return e.getClass().getSimpleName() + " " + (nl < 0 ? message : message.substring(0, nl));
  }
}
