package dev.socialplan.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.analytics.budget.Breakdown;
import dev.socialplan.analytics.experiment.BayesianComparison;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.survey.SurveySummary;
import dev.socialplan.analytics.timing.BestTimeSettings;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.goal.Goal;
import dev.socialplan.platform.Platform;
import dev.socialplan.testkit.generators.BenchmarkGenerators;
import dev.socialplan.testkit.generators.BudgetPerformanceGenerators;
import dev.socialplan.testkit.generators.ExperimentGenerators;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import dev.socialplan.testkit.generators.ProgressGenerators;
import dev.socialplan.testkit.generators.SurveyGenerators;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Issue 5, bad input: NaN and infinity are never returned. Each analysis is run on generated
 * inputs that include zeros, missing counts, counts near a {@code long}'s range and empty
 * collections, and every number the result exposes is checked: each public no-argument method of
 * a socialplan type is called, and every {@code double}, {@code OptionalDouble} or {@code
 * Optional<Double>} it returns must be finite; results that are socialplan values, lists, maps or
 * optionals are walked in turn, three levels deep. A method that throws {@link
 * IllegalStateException} or {@link NoSuchElementException} says the value is undefined, which is
 * allowed; any other exception fails the test.
 */
class FiniteResultsPropertiesTest {
  private static final int DEPTH = 3;
  private static final int ELEMENTS = 40;
  /** How many numbers the walks have checked, so a walk that sees nothing cannot pass unnoticed. */
  private static long numbersChecked;

  private static final BestTimeSettings LOW_THRESHOLDS =
      BestTimeSettings.builder().minPosts(3).minRankedBuckets(1).minPostsPerBucket(1).build();

  /** The numbers found in a value, with the path to each, for the assertion message. */
  private static List<String> nonFinite(Object root) {
    List<String> found = new ArrayList<>();
    walk(root, root.getClass().getSimpleName(), 0, found, Collections.newSetFromMap(new IdentityHashMap<>()));
    return found;
  }

  private static void walk(Object value, String path, int depth, List<String> found, Set<Object> seen) {
    if (value == null || depth > DEPTH || !seen.add(value)) {
      return;
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      numbersChecked++;
      if (!Double.isFinite(d)) {
        found.add(path + " = " + d);
      }
      return;
    }
    if (value instanceof OptionalDouble) {
      OptionalDouble o = (OptionalDouble) value;
      numbersChecked += o.isPresent() ? 1 : 0;
      if (o.isPresent() && !Double.isFinite(o.getAsDouble())) {
        found.add(path + " = " + o);
      }
      return;
    }
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> walk(v, path + ".get()", depth, found, seen));
      return;
    }
    if (value instanceof Collection) {
      int i = 0;
      for (Object element : (Collection<?>) value) {
        if (i >= ELEMENTS) {
          break;
        }
        walk(element, path + "[" + i++ + "]", depth + 1, found, seen);
      }
      return;
    }
    if (value instanceof Map) {
      int i = 0;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        if (i++ >= ELEMENTS) {
          break;
        }
        walk(e.getKey(), path + ".key(" + e.getKey() + ")", depth + 1, found, seen);
        walk(e.getValue(), path + "[" + e.getKey() + "]", depth + 1, found, seen);
      }
      return;
    }
    Class<?> type = value.getClass();
    if (type.isEnum() || !type.getName().startsWith("dev.socialplan.")) {
      return;
    }
    for (Method m : type.getMethods()) {
      if (m.getParameterCount() != 0
          || Modifier.isStatic(m.getModifiers())
          || !m.getDeclaringClass().getName().startsWith("dev.socialplan.")
          || m.getName().equals("toBuilder")
          || m.getReturnType() == void.class) {
        continue;
      }
      Object result;
      try {
        m.setAccessible(true);
        result = m.invoke(value);
      } catch (InvocationTargetException e) {
        Throwable cause = e.getCause();
        if (cause instanceof IllegalStateException || cause instanceof NoSuchElementException) {
          continue;
        }
        throw new AssertionError(path + "." + m.getName() + "() threw " + cause, cause);
      } catch (IllegalAccessException e) {
        throw new AssertionError("cannot call " + path + "." + m.getName() + "()", e);
      }
      if (m.getReturnType() == double.class || m.getReturnType() == float.class) {
        double d = ((Number) result).doubleValue();
        numbersChecked++;
        if (!Double.isFinite(d)) {
          found.add(path + "." + m.getName() + "() = " + d);
        }
      } else {
        walk(result, path + "." + m.getName() + "()", depth + 1, found, seen);
      }
    }
  }

  private static void assertFinite(Object result) {
    assertThat(nonFinite(result)).as("non-finite numbers in %s", result).isEmpty();
  }

  /** A value of this package with numbers the walk must flag. */
  static final class Planted {
    public double rate() {
      return Double.NaN;
    }

    public OptionalDouble share() {
      return OptionalDouble.of(Double.POSITIVE_INFINITY);
    }

    public List<Optional<Double>> history() {
      return List.of(Optional.of(1.5), Optional.of(Double.NEGATIVE_INFINITY));
    }

    public double fine() {
      return 0.25;
    }
  }

  @Test
  void theWalkFindsPlantedNonFiniteNumbersAndChecksRealResults() {
    assertThat(nonFinite(new Planted()))
        .containsExactlyInAnyOrder(
            "Planted.rate() = NaN",
            "Planted.share() = OptionalDouble[Infinity]",
            "Planted.history()[1].get() = -Infinity");
    long before = numbersChecked;
    assertFinite(
        TwoVariantAnalysis.of(
            dev.socialplan.analytics.experiment.Variant.of("A", 1_000, 100),
            dev.socialplan.analytics.experiment.Variant.of("B", 1_000, 130)));
    assertThat(numbersChecked - before).isGreaterThan(10);
  }

  private static Gen<List<PerformanceRecord>> histories() {
    return lists()
        .of(
            PerformanceGenerators.records()
                .mix(PerformanceGenerators.recordsWithHugeCounts(), 30)
                .mix(PerformanceGenerators.recordsWithMissingFields(), 30))
        .ofSizeBetween(0, 60);
  }

  @Test
  void summariesAndBreakdownsOfAnyRecords() {
    qt().withExamples(150)
        .forAll(histories(), PerformanceGenerators.groupings())
        .checkAssert(
            (records, grouping) -> {
              assertFinite(PerformanceSummary.of(records));
              assertFinite(PerformanceBreakdown.of(grouping, records));
              records.stream().limit(5).forEach(r -> assertFinite(r.engagementRate()));
            });
  }

  @Test
  void bestTimesOfAnyHistory() {
    qt().withExamples(150)
        .forAll(histories(), PerformanceGenerators.zones())
        .checkAssert(
            (records, zone) -> {
              List<PerformanceRecord> facebook = new ArrayList<>();
              records.forEach(r -> facebook.add(r.toBuilder().platform(Platform.FACEBOOK).build()));
              assertFinite(BestTimeToPost.analyse(Platform.FACEBOOK, zone, facebook, LOW_THRESHOLDS));
            });
  }

  @Test
  void experimentsWithNoTrialsNoSuccessesOrAllSuccesses() {
    qt().withExamples(300)
        .forAll(
            ExperimentGenerators.variants("A", 5_000),
            ExperimentGenerators.variants("B", 5_000),
            ExperimentGenerators.priors())
        .checkAssert(
            (a, b, prior) -> {
              assertFinite(TwoVariantAnalysis.of(a, b));
              assertFinite(BayesianComparison.of(a, b, prior));
            });
    qt().withExamples(100).forAll(ExperimentGenerators.multiVariantAnalyses(5, 2_000)).checkAssert(
        FiniteResultsPropertiesTest::assertFinite);
    qt().withExamples(100).forAll(ExperimentGenerators.designs()).checkAssert(FiniteResultsPropertiesTest::assertFinite);
  }

  @Test
  void benchmarksBudgetsAndSurveys() {
    qt().withExamples(150)
        .forAll(BenchmarkGenerators.benchmarks(5, false))
        .checkAssert(b -> assertFinite(b));
    qt().withExamples(150)
        .forAll(BudgetPerformanceGenerators.performances(4, 8), BudgetPerformanceGenerators.policies())
        .checkAssert(
            (p, policy) -> {
              assertFinite(p);
              for (Breakdown breakdown : Breakdown.values()) {
                assertFinite(p.suggestReallocation(breakdown, policy));
              }
            });
    qt().withExamples(150)
        .forAll(SurveyGenerators.responseLists(30), SurveyGenerators.netPromoterScores(1_000_000_000L))
        .checkAssert(
            (responses, nps) -> {
              assertFinite(SurveySummary.of(SurveyGenerators.SURVEY, responses));
              assertFinite(nps);
            });
  }

  @Test
  void goalProgressOnAnyDay() {
    Gen<Map.Entry<Goal, MetricSeries>> goalsWithSeries =
        ProgressGenerators.countGoals()
            .flatMap(
                goal ->
                    ProgressGenerators.countSeries(goal.start(), goal.start().plusDays(2_000), 6)
                        .map(series -> Map.entry(goal, series)));
    qt().withExamples(300)
        .forAll(goalsWithSeries, integers().between(-10, 2_000), ProgressGenerators.thresholds())
        .checkAssert(
            (pair, offset, thresholds) ->
                assertFinite(
                    GoalProgress.evaluate(
                        pair.getKey(), pair.getValue(), pair.getKey().start().plusDays(offset), thresholds)));
  }
}
