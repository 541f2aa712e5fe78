package dev.socialplan.json;

import static dev.socialplan.json.RoundTrips.check;
import static dev.socialplan.json.Schemas.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.analytics.experiment.BayesianComparison;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Verdict;
import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.progress.ProgressThresholds;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BestTimeSettings;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.analytics.timing.BucketEstimate;
import dev.socialplan.goal.Goal;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.recommendation.AudienceReachEstimate;
import dev.socialplan.platform.recommendation.PersonaReach;
import dev.socialplan.platform.recommendation.PlatformRanking;
import dev.socialplan.platform.recommendation.PlatformScore;
import dev.socialplan.platform.recommendation.PlatformRecommender;
import dev.socialplan.platform.recommendation.Priority;
import dev.socialplan.platform.recommendation.RecommendationRequest;
import dev.socialplan.testkit.generators.ExperimentGenerators;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import dev.socialplan.testkit.generators.ProgressGenerators;
import dev.socialplan.testkit.generators.RecommendationGenerators;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Computed results over the testkit generators: every one reads back equal from the inputs or the
 * state every figure is computed from (through the codec and the Jackson module, rewriting to the
 * same bytes, in English and in Chinese), and every result's document conforms to its schema.
 */
class ResultRoundTripPropertiesTest {

  private static final int N = 200;
  private static final SocialplanJson JSON = SocialplanJson.standard();
  private static final SocialplanJson CHINESE = JSON.withLocale(Locale.TAIWAN);

  @Test
  void performanceSummariesGroupingsAndKeys() {
    check(PerformanceGenerators.mixedRecordLists(40).map(PerformanceSummary::of),
        PerformanceSummary.class, N);
    check(lists().of(PerformanceGenerators.recordsWithHugeCounts()).ofSizeBetween(0, 5)
            .map(PerformanceSummary::of),
        PerformanceSummary.class, N);
    check(PerformanceGenerators.groupings(), Grouping.class, N);
    check(PerformanceGenerators.projectedGroupings(), Grouping.class, N);
    // A summary that adds up only some measures writes which, and reads back the same.
    check(PerformanceGenerators.projectedGroupings()
            .zip(PerformanceGenerators.mixedRecordLists(40),
                (grouping, records) -> PerformanceBreakdown.of(grouping, records).total()),
        PerformanceSummary.class, N);
    // keysOf: a record with several hashtags belongs to one group per hashtag.
    check(PerformanceGenerators.groupings()
            .zip(PerformanceGenerators.records(), Grouping::keysOf)
            .map(keys -> keys.get(0)),
        GroupKey.class, N);
    qt().withExamples(100)
        .forAll(PerformanceGenerators.projectedGroupings(),
            PerformanceGenerators.mixedRecordLists(40))
        .checkAssert(
            (grouping, records) -> {
              PerformanceBreakdown breakdown = PerformanceBreakdown.of(grouping, records);
              assertValid("performance-breakdown", JSON.write(breakdown));
              assertValid("performance-summary", JSON.write(breakdown.total()));
              assertThat(CHINESE.read(CHINESE.write(breakdown), PerformanceBreakdown.class))
                  .isEqualTo(breakdown);
            });
    // Breakdowns read back equal: every grouping (hashtag groups included), projected ones, and
    // records with huge counts and missing fields.
    check(PerformanceGenerators.groupings()
            .zip(PerformanceGenerators.mixedRecordLists(40), PerformanceBreakdown::of),
        PerformanceBreakdown.class, N);
    check(PerformanceGenerators.projectedGroupings()
            .zip(PerformanceGenerators.mixedRecordLists(40), PerformanceBreakdown::of),
        PerformanceBreakdown.class, N);
  }

  @Test
  void experimentAnalysesAndVerdicts() {
    check(ExperimentGenerators.variants("A", 1_000_000)
            .zip(ExperimentGenerators.variants("B", 1_000_000), TwoVariantAnalysis::of),
        TwoVariantAnalysis.class, N);
    check(ExperimentGenerators.multiVariantAnalyses(4, 1_000_000), MultiVariantAnalysis.class, 100);
    check(ExperimentGenerators.variants("A", 100_000)
            .zip(ExperimentGenerators.variants("B", 100_000), ExperimentGenerators.priors(),
                BayesianComparison::of),
        BayesianComparison.class, 100);
    qt().withExamples(N)
        .forAll(ExperimentGenerators.variants("A", 1_000_000),
            ExperimentGenerators.variants("B", 1_000_000), ExperimentGenerators.designs())
        .checkAssert(
            (a, b, design) -> {
              TwoVariantAnalysis analysis = TwoVariantAnalysis.of(a, b);
              assertValid("two-variant-analysis", JSON.write(analysis));
              Verdict verdict = Verdict.of(analysis, design);
              assertValid("verdict", JSON.write(verdict));
              assertValid("verdict", CHINESE.write(verdict));
              assertThat(CHINESE.read(CHINESE.write(verdict), Verdict.class)).isEqualTo(verdict);
            });
    qt().withExamples(100)
        .forAll(ExperimentGenerators.multiVariantAnalyses(4, 1_000_000),
            ExperimentGenerators.designs())
        .checkAssert(
            (analysis, design) -> {
              assertValid("multi-variant-analysis", JSON.write(analysis));
              Verdict verdict = Verdict.of(analysis, design);
              assertValid("verdict", JSON.write(verdict));
              assertValid("verdict", CHINESE.write(verdict));
              assertThat(CHINESE.read(CHINESE.write(verdict), Verdict.class)).isEqualTo(verdict);
            });
    // Verdicts read back equal, decided from two-variant analyses at any confidence level and
    // from multi-variant ones, against any design.
    check(ExperimentGenerators.variants("A", 1_000_000)
            .zip(ExperimentGenerators.variants("B", 1_000_000), ExperimentGenerators.designs(),
                (a, b, design) -> Verdict.of(TwoVariantAnalysis.of(a, b), design)),
        Verdict.class, N);
    check(ExperimentGenerators.variants("A", 1_000_000)
            .zip(ExperimentGenerators.variants("B", 1_000_000), doubles().between(0.5, 0.999),
                TwoVariantAnalysis::of)
            .zip(ExperimentGenerators.designs(), Verdict::of),
        Verdict.class, N);
    check(ExperimentGenerators.multiVariantAnalyses(4, 1_000_000)
            .zip(ExperimentGenerators.designs(), Verdict::of),
        Verdict.class, N);
    qt().withExamples(100)
        .forAll(ExperimentGenerators.variants("A", 100_000),
            ExperimentGenerators.variants("B", 100_000), ExperimentGenerators.priors())
        .checkAssert(
            (a, b, prior) ->
                assertValid("bayesian-comparison", JSON.write(BayesianComparison.of(a, b, prior))));
  }

  @Test
  void recommendationRequestsPrioritiesAndRankings() {
    check(RecommendationGenerators.requests(), RecommendationRequest.class, N);
    List<PlatformProfile> profiles = PlatformCatalog.standard().profiles();
    check(RecommendationGenerators.requests()
            .zip(integers().between(0, profiles.size() - 1),
                (request, i) -> AudienceReachEstimate.of(request.audience(), profiles.get(i))),
        AudienceReachEstimate.class, N);
    qt().withExamples(100)
        .forAll(RecommendationGenerators.requests(), RecommendationGenerators.recommenders())
        .checkAssert(
            (request, recommender) -> {
              for (Priority priority : recommender.priorities(request)) {
                String text = JSON.write(priority);
                assertThat(JSON.read(text, Priority.class)).isEqualTo(priority);
              }
              String ranking = JSON.write(recommender.recommend(request));
              assertValid("platform-ranking", ranking);
              assertThat(JSON.read(ranking, PlatformRanking.class))
                  .isEqualTo(recommender.recommend(request));
            });
    check(RecommendationGenerators.requests()
            .zip(RecommendationGenerators.recommenders(), (request, recommender) ->
                recommender.recommend(request)),
        PlatformRanking.class, 100);
    qt().withExamples(50)
        .forAll(RecommendationGenerators.requests())
        .checkAssert(
            request ->
                assertValid(
                    "platform-ranking",
                    CHINESE.write(PlatformRecommender.standard().recommend(request))));
  }

  @Test
  void bestTimesAndProgress() {
    qt().withExamples(100)
        .forAll(PerformanceGenerators.platforms(), PerformanceGenerators.zones(),
            PerformanceGenerators.mixedRecordLists(60))
        .checkAssert(
            (platform, zone, records) -> {
              var result = BestTimeToPost.analyse(platform, zone, records);
              assertValid("best-time-result", JSON.write(result));
              assertValid("best-time-result", CHINESE.write(result));
              assertThat(CHINESE.read(CHINESE.write(result), BestTimeResult.class))
                  .isEqualTo(result);
            });
    check(PerformanceGenerators.platforms()
            .zip(PerformanceGenerators.zones(), PerformanceGenerators.mixedRecordLists(60),
                BestTimeToPost::analyse),
        BestTimeResult.class, N);
    // Results of one account, and results that rank hours (low thresholds, one platform).
    check(PerformanceGenerators.zones()
            .zip(PerformanceGenerators.mixedRecordLists(60),
                (zone, records) -> BestTimeToPost.byAccount(Platform.FACEBOOK, zone, records))
            .map(byAccount -> byAccount.isEmpty()
                ? BestTimeToPost.analyse(Platform.FACEBOOK, java.time.ZoneOffset.UTC, List.of())
                : byAccount.values().iterator().next()),
        BestTimeResult.class, N);
    check(PerformanceGenerators.zones()
            .zip(lists().of(PerformanceGenerators.records(100_000, 5)
                    .map(r -> r.toBuilder().platform(Platform.FACEBOOK).build()))
                    .ofSizeBetween(0, 200),
                (zone, records) -> BestTimeToPost.analyse(Platform.FACEBOOK, zone, records,
                    BestTimeSettings.builder().minPosts(10).minRankedBuckets(1)
                        .minPostsPerBucket(2).build())),
        BestTimeResult.class, N);
    LocalDate from = LocalDate.of(2026, 1, 1);
    LocalDate to = LocalDate.of(2026, 12, 31);
    qt().withExamples(100)
        .forAll(lists().of(ProgressGenerators.countGoals()).ofSizeBetween(0, 4),
            ProgressGenerators.countSeries(from, to, 12),
            ProgressGenerators.thresholds())
        .checkAssert(
            (goals, series, thresholds) -> {
              Map<String, dev.socialplan.analytics.progress.MetricSeries> byName = new HashMap<>();
              goals.forEach(g -> byName.put(g.name(), series));
              ProgressReport report =
                  ProgressReport.of(goals, byName, LocalDate.of(2026, 6, 1), thresholds);
              assertValid("progress-report", JSON.write(report));
              assertValid("progress-report", CHINESE.write(report));
              assertThat(CHINESE.read(CHINESE.write(report), ProgressReport.class))
                  .isEqualTo(report);
            });
    check(progressReports(), ProgressReport.class, N);
    check(progressReports().map(r -> r.goals().get(0)), GoalProgress.class, N);
  }

  /**
   * Reports of one to four count goals, each with a series around its own period (so most have
   * observations to judge), assessed on a date from before their start to after their deadline.
   */
  private static Gen<ProgressReport> progressReports() {
    Gen<Goal> goals = ProgressGenerators.countGoals();
    return lists().of(goals).ofSizeBetween(1, 4)
        .zip(integers().between(-60, 1_600), ProgressGenerators.thresholds(),
            (list, offset, thresholds) -> new Object[] {list, offset, thresholds})
        .flatMap(args -> {
          @SuppressWarnings("unchecked")
          List<Goal> list = (List<Goal>) args[0];
          LocalDate start = list.get(0).start();
          LocalDate asOf = start.plusDays((Integer) args[1]);
          return ProgressGenerators.countSeries(start.minusDays(30), start.plusDays(1_500), 12)
              .map(series -> {
                Map<String, MetricSeries> byName = new HashMap<>();
                list.forEach(g -> byName.put(g.name(), series));
                return ProgressReport.of(list, byName, asOf, (ProgressThresholds) args[2]);
              });
        });
  }

  @Test
  void readableResultsListedInTheDocsReadBack() {
    for (Class<?> type : List.of(PerformanceSummary.class, Grouping.class, GroupKey.class,
        PerformanceBreakdown.class, Verdict.class, TwoVariantAnalysis.class, MultiVariantAnalysis.class, BayesianComparison.class,
        RecommendationRequest.class, Priority.class, GoalProgress.class, ProgressReport.class,
        BestTimeResult.class, BucketEstimate.class, AudienceReachEstimate.class,
        PersonaReach.class, PlatformRanking.class, PlatformScore.class)) {
      assertThat(JSON.canRead(type)).as(type.getName()).isTrue();
    }
  }
}
