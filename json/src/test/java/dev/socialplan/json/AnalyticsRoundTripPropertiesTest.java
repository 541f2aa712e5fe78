package dev.socialplan.json;

import static dev.socialplan.json.RoundTrips.check;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.benchmark.BenchmarkEntry;
import dev.socialplan.analytics.benchmark.CompetitiveBenchmark;
import dev.socialplan.analytics.benchmark.MetricComparison;
import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.budget.PerformanceLine;
import dev.socialplan.analytics.budget.SpendLine;
import dev.socialplan.analytics.experiment.BetaPrior;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.PairwiseComparison;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.metric.EngagementCounts;
import dev.socialplan.analytics.metric.Exposure;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressThresholds;
import dev.socialplan.analytics.survey.NetPromoterScore;
import dev.socialplan.analytics.survey.SurveyResponse;
import dev.socialplan.testkit.generators.BenchmarkGenerators;
import dev.socialplan.testkit.generators.BudgetPerformanceGenerators;
import dev.socialplan.testkit.generators.EngagementGenerators;
import dev.socialplan.testkit.generators.ExperimentGenerators;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import dev.socialplan.testkit.generators.ProgressGenerators;
import dev.socialplan.testkit.generators.SurveyGenerators;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** Analytics inputs and stored results read back equal, over the testkit generators. */
class AnalyticsRoundTripPropertiesTest {

  private static final int N = 300;
  private static final SocialplanJson JSON = SocialplanJson.standard();

  @Test
  void performanceRecords() {
    check(PerformanceGenerators.records(), PerformanceRecord.class, N);
    check(PerformanceGenerators.recordsWithHugeCounts(), PerformanceRecord.class, N);
    check(PerformanceGenerators.recordsWithMissingFields(), PerformanceRecord.class, N);
    check(EngagementGenerators.counts(), EngagementCounts.class, N);
    check(EngagementGenerators.exposures(), Exposure.class, N);
    qt().withExamples(100)
        .forAll(PerformanceGenerators.mixedRecordLists(40))
        .checkAssert(
            records -> {
              String text = JSON.writePerformanceRecords(records);
              assertThat(JSON.readPerformanceRecords(text)).isEqualTo(records);
              assertThat(JSON.writePerformanceRecords(JSON.readPerformanceRecords(text)))
                  .isEqualTo(text);
            });
    for (SamplePlan sample : SamplePlans.all()) {
      List<PerformanceRecord> records = sample.performance();
      assertThat(JSON.readPerformanceRecords(JSON.writePerformanceRecords(records)))
          .isEqualTo(records);
    }
  }

  @Test
  void progress() {
    check(
        ProgressGenerators.countSeries(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 20),
        MetricSeries.class,
        N);
    check(ProgressGenerators.thresholds(), ProgressThresholds.class, N);
  }

  @Test
  void benchmarks() {
    check(BenchmarkGenerators.entries("Rival"), BenchmarkEntry.class, N);
    check(BenchmarkGenerators.benchmarks(5, true), CompetitiveBenchmark.class, N);
    qt().withExamples(100)
        .forAll(BenchmarkGenerators.benchmarks(5, false))
        .checkAssert(
            b -> {
              for (MetricComparison c : b.compareAll()) {
                assertThat(RoundTrips.MAPPER.readValue(
                        RoundTrips.MAPPER.writeValueAsString(c), MetricComparison.class))
                    .isEqualTo(c);
              }
            });
  }

  @Test
  void experiments() {
    check(ExperimentGenerators.variants(), Variant.class, N);
    check(ExperimentGenerators.designs(), ExperimentDesign.class, N);
    check(ExperimentGenerators.priors(), BetaPrior.class, N);
    qt().withExamples(100)
        .forAll(ExperimentGenerators.multiVariantAnalyses(4, 1_000_000))
        .checkAssert(
            (MultiVariantAnalysis a) -> {
              for (PairwiseComparison p : a.pairwise()) {
                assertThat(RoundTrips.MAPPER.readValue(
                        RoundTrips.MAPPER.writeValueAsString(p), PairwiseComparison.class))
                    .isEqualTo(p);
              }
            });
  }

  @Test
  void surveysAndBudgets() {
    check(SurveyGenerators.netPromoterScores(10_000), NetPromoterScore.class, N);
    check(SurveyGenerators.responses(), SurveyResponse.class, N);
    check(BudgetPerformanceGenerators.spendLines(CurrencyUnit.of("TWD")), SpendLine.class, N);
    check(BudgetPerformanceGenerators.performances(5, 8), BudgetPerformance.class, N);
    qt().withExamples(100)
        .forAll(BudgetPerformanceGenerators.performances(5, 8))
        .checkAssert(
            p -> {
              for (PerformanceLine line : p.byPlatform()) {
                assertThat(RoundTrips.MAPPER.readValue(
                        RoundTrips.MAPPER.writeValueAsString(line), PerformanceLine.class))
                    .isEqualTo(line);
              }
            });
  }
}
