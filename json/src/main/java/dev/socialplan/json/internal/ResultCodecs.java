package dev.socialplan.json.internal;

import static dev.socialplan.json.internal.AnalyticsCodecs.CONFIDENCE_INTERVAL;
import static dev.socialplan.json.internal.AnalyticsCodecs.EXPERIMENT_DESIGN;
import static dev.socialplan.json.internal.AnalyticsCodecs.BETA_PRIOR;
import static dev.socialplan.json.internal.AnalyticsCodecs.METRIC_OBSERVATION;
import static dev.socialplan.json.internal.AnalyticsCodecs.PAIRWISE_COMPARISON;
import static dev.socialplan.json.internal.AnalyticsCodecs.PROGRESS_THRESHOLDS;
import static dev.socialplan.json.internal.AnalyticsCodecs.PROJECTION;
import static dev.socialplan.json.internal.AnalyticsCodecs.SIGNIFICANCE_TEST;
import static dev.socialplan.json.internal.AnalyticsCodecs.VARIANT;
import static dev.socialplan.json.internal.AnalyticsCodecs.camel;
import static dev.socialplan.json.internal.CoreCodecs.AGE_RANGE;
import static dev.socialplan.json.internal.CoreCodecs.AUDIENCE;
import static dev.socialplan.json.internal.CoreCodecs.GOAL;
import static dev.socialplan.json.internal.CoreCodecs.PLATFORM;
import static dev.socialplan.json.internal.CoreCodecs.RATIO;
import static dev.socialplan.json.internal.CoreCodecs.TIME_OF_WEEK;
import static dev.socialplan.json.internal.CoreCodecs.TIME_OF_WEEK_GRID;
import static dev.socialplan.json.internal.Scalars.BOOLEAN;
import static dev.socialplan.json.internal.Scalars.DECIMAL;
import static dev.socialplan.json.internal.Scalars.DOUBLE;
import static dev.socialplan.json.internal.Scalars.LOCAL_DATE;
import static dev.socialplan.json.internal.Scalars.LONG;
import static dev.socialplan.json.internal.Scalars.MONEY;
import static dev.socialplan.json.internal.Scalars.STRING;
import static dev.socialplan.json.internal.Scalars.YEAR_MONTH;
import static dev.socialplan.json.internal.Scalars.YEAR_WEEK;
import static dev.socialplan.json.internal.Scalars.ZONE_ID;
import static dev.socialplan.json.internal.Scalars.enumOf;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.analytics.experiment.BayesianComparison;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Verdict;
import dev.socialplan.analytics.experiment.VerdictKind;
import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.progress.ProgressStatus;
import dev.socialplan.analytics.progress.ProgressThresholds;
import dev.socialplan.analytics.progress.Projection;
import dev.socialplan.analytics.progress.ProjectionMethod;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BucketEstimate;
import dev.socialplan.analytics.timing.FallbackReason;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.goal.Objective;
import dev.socialplan.json.internal.ObjectCodec.Field;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.Strength;
import dev.socialplan.platform.recommendation.AudienceReachEstimate;
import dev.socialplan.platform.recommendation.PersonaReach;
import dev.socialplan.platform.recommendation.PlatformRanking;
import dev.socialplan.platform.recommendation.PlatformScore;
import dev.socialplan.platform.recommendation.PlatformVerdict;
import dev.socialplan.platform.recommendation.Priority;
import dev.socialplan.platform.recommendation.PriorityReason;
import dev.socialplan.platform.recommendation.PrioritySource;
import dev.socialplan.platform.recommendation.ProductTrait;
import dev.socialplan.platform.recommendation.ReachAssumption;
import dev.socialplan.platform.recommendation.RecommendationRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.Money;

/**
 * The property tables of computed results a front end shows: goal progress, best times to post,
 * platform rankings, performance summaries and breakdowns, experiment analyses and verdicts.
 *
 * <p>Results that keep their inputs (the experiment analyses, performance summaries, groupings and
 * keys, recommendation requests, priorities) read back through their public factories; derived
 * figures written beside the inputs are there to show and are ignored when read. Goal progress,
 * best-time results, reach estimates and platform rankings read back through factories from
 * their state that refuse what the library could not have computed; figures computed from that
 * state and written beside it must agree with the computed ones ({@code Agreement}). Performance
 * breakdowns read back from their groups, and verdicts by deciding again from the analysis and
 * design they keep, their written figures compared the same way.
 */
public final class ResultCodecs {

  private ResultCodecs() {}

  // ---- goal progress ---------------------------------------------------------------------------

  /**
   * A goal's progress: read back from what it is judged on (the goal, the date, the latest
   * observation and the thresholds) through {@link GoalProgress#of}; the figures and the status
   * written beside them are computed again and must agree (the explanation, written in the
   * writer's locale, is computed again and not compared).
   */
  public static final ObjectCodec<GoalProgress> GOAL_PROGRESS =
      ObjectCodec.define(
          "GoalProgress",
          t -> {
            var goal = t.req("goal", GOAL, GoalProgress::goal);
            var asOf = t.req("asOf", LOCAL_DATE, GoalProgress::asOf);
            var thresholds = t.dflt("thresholds", PROGRESS_THRESHOLDS, GoalProgress::thresholds);
            var status = t.req("status", enumOf(ProgressStatus.class), GoalProgress::status);
            t.localized("explanation", GoalProgress::explanation);
            var latest = t.opt("latest", METRIC_OBSERVATION, GoalProgress::latest);
            var progress = t.optDouble("progress", GoalProgress::progress);
            var planned = t.opt("plannedPace", DECIMAL, GoalProgress::plannedPace);
            var actual = t.opt("actualPace", DECIMAL, GoalProgress::actualPace);
            var required = t.opt("requiredPace", DECIMAL, GoalProgress::requiredPace);
            var linear = t.opt("linearProjection", PROJECTION, GoalProgress::linearProjection);
            var compound =
                t.opt("compoundProjection", PROJECTION, GoalProgress::compoundProjection);
            var method =
                t.opt("statusMethod", enumOf(ProjectionMethod.class), GoalProgress::statusMethod);
            return v -> {
              GoalProgress p =
                  GoalProgress.of(
                      v.get(goal),
                      v.get(asOf),
                      v.get(latest),
                      v.get(thresholds).orElse(ProgressThresholds.standard()));
              Agreement a = new Agreement("its goal, date, latest observation and thresholds");
              a.same("status", v.get(status), p.status());
              a.same("progress", v.get(progress), p.progress());
              a.sameDecimal("plannedPace", v.get(planned), p.plannedPace());
              a.sameDecimal("actualPace", v.get(actual), p.actualPace());
              a.sameDecimal("requiredPace", v.get(required), p.requiredPace());
              a.sameProjection("linearProjection", v.get(linear), p.linearProjection());
              a.sameProjection("compoundProjection", v.get(compound), p.compoundProjection());
              a.same("statusMethod", v.get(method), p.statusMethod());
              return p;
            };
          });

  /** Every goal's progress on one date, read back through its builder. */
  public static final ObjectCodec<ProgressReport> PROGRESS_REPORT =
      ObjectCodec.define(
          "ProgressReport",
          t -> {
            var asOf = t.req("asOf", LOCAL_DATE, ProgressReport::asOf);
            var goals = t.list("goals", GOAL_PROGRESS, ProgressReport::goals);
            return v -> ProgressReport.builder().asOf(v.get(asOf)).goals(v.get(goals)).build();
          });

  /**
   * Compares the figures a document carries beside a result's state with the ones computed again
   * from that state, so a document whose figures were edited is refused rather than read as a
   * value whose figures differ from what it showed. Decimals compare by value: a written {@code
   * 12100} is the computed {@code 1.21E+4}.
   */
  private static final class Agreement {
    private final String from;

    Agreement(String from) {
      this.from = from;
    }

    <V> void same(String field, V written, V computed) {
      if (!written.equals(computed)) {
        refuse(field, written, computed);
      }
    }

    void sameDecimal(String field, Optional<BigDecimal> written, Optional<BigDecimal> computed) {
      boolean same =
          written.isPresent() == computed.isPresent()
              && (written.isEmpty() || written.get().compareTo(computed.get()) == 0);
      if (!same) {
        refuse(field, written, computed);
      }
    }

    void sameProjection(
        String field, Optional<Projection> written, Optional<Projection> computed) {
      boolean same =
          written.isPresent() == computed.isPresent()
              && (written.isEmpty() || sameProjection(written.get(), computed.get()));
      if (!same) {
        refuse(field, written, computed);
      }
    }

    private static boolean sameProjection(Projection a, Projection b) {
      return a.method() == b.method()
          && a.valueAtDeadline().compareTo(b.valueAtDeadline()) == 0
          && a.progressAtDeadline().equals(b.progressAtDeadline())
          && a.estimatedCompletion().equals(b.estimatedCompletion());
    }

    private void refuse(String field, Object written, Object computed) {
      throw new IllegalArgumentException(
          field
              + " "
              + shown(written)
              + " disagrees with the "
              + shown(computed)
              + " computed from "
              + from);
    }

    private static String shown(Object value) {
      if (value instanceof Optional<?> o) {
        return o.map(String::valueOf).orElse("(absent)");
      }
      if (value instanceof java.util.OptionalDouble d) {
        return d.isPresent() ? String.valueOf(d.getAsDouble()) : "(absent)";
      }
      return String.valueOf(value);
    }
  }

  // ---- best time to post -----------------------------------------------------------------------

  /** One local weekday and hour's estimate, read back through its validating builder. */
  public static final ObjectCodec<BucketEstimate> BUCKET_ESTIMATE =
      ObjectCodec.define(
          "BucketEstimate",
          t -> {
            var time = t.req("timeOfWeek", TIME_OF_WEEK, BucketEstimate::timeOfWeek);
            var posts = t.reqInt("posts", BucketEstimate::posts);
            var observed = t.reqDouble("observedIndex", BucketEstimate::observedIndex);
            var estimate = t.reqDouble("estimate", BucketEstimate::estimate);
            var weight = t.reqDouble("shrinkageWeight", BucketEstimate::shrinkageWeight);
            var lower = t.reqDouble("lower", BucketEstimate::lower);
            var upper = t.reqDouble("upper", BucketEstimate::upper);
            var ranked = t.req("ranked", BOOLEAN, BucketEstimate::isRanked);
            return v ->
                BucketEstimate.builder()
                    .timeOfWeek(v.get(time))
                    .posts(v.get(posts))
                    .observedIndex(v.get(observed))
                    .estimate(v.get(estimate))
                    .shrinkageWeight(v.get(weight))
                    .lower(v.get(lower))
                    .upper(v.get(upper))
                    .isRanked(v.get(ranked))
                    .build();
          });

  /**
   * The best times to post: the grid, the buckets, the figures, the thresholds the analysis ran
   * with and the explanation (computed from the rest, so not read), read back through the
   * result's validating builder.
   */
  public static final ObjectCodec<BestTimeResult> BEST_TIME_RESULT =
      ObjectCodec.define(
          "BestTimeResult",
          t -> {
            var platform = t.req("platform", PLATFORM, BestTimeResult::platform);
            var account = t.opt("account", STRING, BestTimeResult::account);
            var zone = t.req("zone", ZONE_ID, BestTimeResult::zone);
            var grid = t.req("grid", TIME_OF_WEEK_GRID, BestTimeResult::grid);
            var ranked = t.list("ranked", BUCKET_ESTIMATE, BestTimeResult::ranked);
            var buckets = t.list("buckets", BUCKET_ESTIMATE, BestTimeResult::buckets);
            var reason =
                t.opt("fallbackReason", enumOf(FallbackReason.class), BestTimeResult::fallbackReason);
            t.localized("explanation", BestTimeResult::explanation);
            var analysed = t.reqInt("postsAnalysed", BestTimeResult::postsAnalysed);
            var withoutRate = t.reqInt("postsWithoutRate", BestTimeResult::postsWithoutRate);
            var otherPlatforms =
                t.reqInt("postsOnOtherPlatforms", BestTimeResult::postsOnOtherPlatforms);
            var otherAccounts =
                t.reqInt("postsOfOtherAccounts", BestTimeResult::postsOfOtherAccounts);
            var minPosts = t.reqInt("minPosts", BestTimeResult::minPosts);
            var minPerBucket = t.reqInt("minPostsPerBucket", BestTimeResult::minPostsPerBucket);
            var minBuckets = t.reqInt("minRankedBuckets", BestTimeResult::minRankedBuckets);
            var median = t.optDouble("medianRate", BestTimeResult::medianRate);
            var mean = t.optDouble("grandMean", BestTimeResult::grandMean);
            var within = t.optDouble("withinVariance", BestTimeResult::withinVariance);
            var between = t.optDouble("betweenVariance", BestTimeResult::betweenVariance);
            var k = t.optDouble("shrinkageConstant", BestTimeResult::shrinkageConstant);
            return v ->
                BestTimeResult.builder()
                    .platform(v.get(platform))
                    .account(v.get(account))
                    .zone(v.get(zone))
                    .grid(v.get(grid))
                    .ranked(v.get(ranked))
                    .buckets(v.get(buckets))
                    .fallbackReason(v.get(reason))
                    .postsAnalysed(v.get(analysed))
                    .postsWithoutRate(v.get(withoutRate))
                    .postsOnOtherPlatforms(v.get(otherPlatforms))
                    .postsOfOtherAccounts(v.get(otherAccounts))
                    .minPosts(v.get(minPosts))
                    .minPostsPerBucket(v.get(minPerBucket))
                    .minRankedBuckets(v.get(minBuckets))
                    .medianRate(v.get(median))
                    .grandMean(v.get(mean))
                    .withinVariance(v.get(within))
                    .betweenVariance(v.get(between))
                    .shrinkageConstant(v.get(k))
                    .build();
          });

  // ---- platform recommendation -----------------------------------------------------------------

  /** What a recommendation is asked for: the audience, objectives, model and product traits. */
  public static final ObjectCodec<RecommendationRequest> RECOMMENDATION_REQUEST =
      ObjectCodec.define(
          "RecommendationRequest",
          t -> {
            var audience = t.dflt("audience", AUDIENCE, RecommendationRequest::audience);
            var objectives =
                t.list("objectives", enumOf(Objective.class), RecommendationRequest::objectives);
            var model =
                t.opt("businessModel", enumOf(BusinessModel.class),
                    RecommendationRequest::businessModel);
            var traits =
                t.set("productTraits", enumOf(ProductTrait.class),
                    RecommendationRequest::productTraits);
            var date = t.req("referenceDate", LOCAL_DATE, RecommendationRequest::referenceDate);
            return v -> {
              RecommendationRequest.Builder b =
                  RecommendationRequest.builder()
                      .objectives(v.get(objectives))
                      .businessModel(v.get(model))
                      .productTraits(v.get(traits))
                      .referenceDate(v.get(date));
              v.get(audience).ifPresent(b::audience);
              return b.build();
            };
          });

  /** Why a strength is asked for, and by how much. */
  public static final ObjectCodec<PriorityReason> PRIORITY_REASON =
      ObjectCodec.define(
          "PriorityReason",
          t -> {
            var source = t.req("source", enumOf(PrioritySource.class), PriorityReason::source);
            var factor = t.req("factor", STRING, PriorityReason::factor);
            var weight = t.reqDouble("weight", PriorityReason::weight);
            return v -> new PriorityReason(v.get(source), v.get(factor), v.get(weight));
          });

  /** A strength the request asks for, its weight and reasons. */
  public static final ObjectCodec<Priority> PRIORITY =
      ObjectCodec.define(
          "Priority",
          t -> {
            var strength = t.req("strength", enumOf(Strength.class), Priority::strength);
            var weight = t.reqDouble("weight", Priority::weight);
            var reasons = t.list("reasons", PRIORITY_REASON, Priority::reasons);
            return v -> new Priority(v.get(strength), v.get(weight), v.get(reasons));
          });

  /** One persona's reach on a platform, read back through {@link PersonaReach#of}. */
  public static final ObjectCodec<PersonaReach> PERSONA_REACH =
      ObjectCodec.define(
          "PersonaReach",
          t -> {
            var persona = t.req("persona", STRING, PersonaReach::persona);
            var weight = t.reqDouble("weight", PersonaReach::weight);
            var ages = t.opt("ages", AGE_RANGE, PersonaReach::ages);
            var women = t.reqDouble("womenShare", PersonaReach::womenShare);
            var reach = t.req("reach", RATIO, PersonaReach::reach);
            var assumptions =
                t.set("assumptions", enumOf(ReachAssumption.class), PersonaReach::assumptions);
            return v ->
                PersonaReach.of(
                    v.get(persona),
                    v.get(weight),
                    v.get(ages),
                    v.get(women),
                    v.get(reach),
                    v.get(assumptions));
          });

  /**
   * An audience's estimated reach on a platform, persona by persona, read back through {@link
   * AudienceReachEstimate#of(dev.socialplan.platform.Platform, Optional, List)}.
   */
  public static final ObjectCodec<AudienceReachEstimate> AUDIENCE_REACH_ESTIMATE =
      ObjectCodec.define(
          "AudienceReachEstimate",
          t -> {
            var platform = t.req("platform", PLATFORM, AudienceReachEstimate::platform);
            var reach = t.opt("reach", RATIO, AudienceReachEstimate::reach);
            var personas = t.list("personas", PERSONA_REACH, AudienceReachEstimate::personas);
            return v ->
                AudienceReachEstimate.of(v.get(platform), v.get(reach), v.get(personas));
          });

  /**
   * One platform's score: read back through {@link PlatformScore#of} from the platform, rank,
   * reach estimate, survey, priorities, matched strengths, the recommender's settings and the best
   * score; the fit, score and verdict written beside them are computed again and must agree (the
   * explanation, in the writer's locale, is computed again and not compared).
   */
  public static final ObjectCodec<PlatformScore> PLATFORM_SCORE =
      ObjectCodec.define(
          "PlatformScore",
          t -> {
            var platform = t.req("platform", PLATFORM, PlatformScore::platform);
            var rank = t.reqInt("rank", PlatformScore::rank);
            var score = t.reqDouble("score", PlatformScore::score);
            var verdict = t.req("verdict", enumOf(PlatformVerdict.class), PlatformScore::verdict);
            var recommended = t.req("recommended", BOOLEAN, PlatformScore::isRecommended);
            t.opt("reach", RATIO, PlatformScore::reach);
            var estimate =
                t.req("reachEstimate", AUDIENCE_REACH_ESTIMATE, PlatformScore::reachEstimate);
            var fit = t.reqDouble("fit", PlatformScore::fit);
            var priorities = t.list("priorities", PRIORITY, PlatformScore::priorities);
            var matched =
                t.set("matchedStrengths", enumOf(Strength.class), PlatformScore::matchedStrengths);
            t.set("missingStrengths", enumOf(Strength.class), PlatformScore::missingStrengths);
            t.localized("explanation", PlatformScore::explain);
            var survey = t.opt("survey", STRING, PlatformScore::survey);
            var floor = t.reqDouble("fitFloor", PlatformScore::fitFloor);
            var minimumReach = t.reqDouble("minimumReach", PlatformScore::minimumReach);
            var cutoff = t.reqDouble("relativeCutoff", PlatformScore::relativeCutoff);
            var bestScore = t.reqDouble("bestScore", PlatformScore::bestScore);
            var best = t.req("best", PLATFORM, PlatformScore::best);
            return v -> {
              PlatformScore s =
                  PlatformScore.of(
                      v.get(platform),
                      v.get(rank),
                      v.get(estimate),
                      v.get(survey),
                      v.get(priorities),
                      v.get(matched),
                      v.get(floor),
                      v.get(minimumReach),
                      v.get(cutoff),
                      v.get(bestScore),
                      v.get(best));
              Agreement a =
                  new Agreement(
                      "its reach estimate, priorities, matched strengths, settings and best score");
              a.same("fit", v.get(fit), s.fit());
              a.same("score", v.get(score), s.score());
              a.same("verdict", v.get(verdict), s.verdict());
              a.same("recommended", v.get(recommended), s.isRecommended());
              return s;
            };
          });

  /** The platforms ranked for a request, read back through {@link PlatformRanking#of}. */
  public static final ObjectCodec<PlatformRanking> PLATFORM_RANKING =
      ObjectCodec.define(
          "PlatformRanking",
          t -> {
            var request = t.req("request", RECOMMENDATION_REQUEST, PlatformRanking::request);
            var scores = t.list("scores", PLATFORM_SCORE, PlatformRanking::scores);
            return v -> PlatformRanking.of(v.get(request), v.get(scores));
          });

  // ---- performance summaries and breakdowns ----------------------------------------------------

  /** One measure's totals in a summary. */
  record MeasureTotals(long sum, long present) {}

  static final ObjectCodec<MeasureTotals> MEASURE_TOTALS =
      ObjectCodec.define(
          "MeasureTotals",
          t -> {
            var sum = t.reqLong("sum", MeasureTotals::sum);
            var present = t.reqLong("present", MeasureTotals::present);
            return v -> new MeasureTotals(v.get(sum), v.get(present));
          });

  /** The measures a summary or grouping adds up, written only when it adds up some of them. */
  private static final Codec<Set<Measure>> MEASURES = Collections.setOf(enumOf(Measure.class));

  private static final Codec<Set<MoneyMeasure>> AMOUNTS =
      Collections.setOf(enumOf(MoneyMeasure.class));

  private static Optional<Set<Measure>> someMeasures(Set<Measure> measures) {
    return measures.size() == Measure.values().length ? Optional.empty() : Optional.of(measures);
  }

  private static Optional<Set<MoneyMeasure>> someAmounts(Set<MoneyMeasure> amounts) {
    return amounts.size() == MoneyMeasure.values().length
        ? Optional.empty()
        : Optional.of(amounts);
  }

  /**
   * A summary's totals: the record count, for each measure its sum and how many records had it
   * (left out when none did), spend and revenue per currency with how many records had them; for a
   * summary that adds up only some measures, which ones ({@code measures}, {@code amounts}).
   */
  public static final ObjectCodec<PerformanceSummary> PERFORMANCE_SUMMARY =
      ObjectCodec.define(
          "PerformanceSummary",
          t -> {
            var count = t.reqLong("count", PerformanceSummary::count);
            Map<Measure, Field<PerformanceSummary, Optional<MeasureTotals>>> measures =
                new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
              measures.put(
                  m,
                  t.opt(
                      camel(m),
                      MEASURE_TOTALS,
                      s ->
                          !s.measures().contains(m) || s.present(m) == 0
                              ? Optional.empty()
                              : Optional.of(new MeasureTotals(s.sum(m), s.present(m)))));
            }
            var spend =
                t.list(
                    "spend",
                    MONEY,
                    s ->
                        s.amounts().contains(MoneyMeasure.SPEND)
                            ? s.spend().values()
                            : List.of());
            var spendPresent =
                t.reqLong(
                    "spendPresent",
                    s ->
                        s.amounts().contains(MoneyMeasure.SPEND)
                            ? s.present(MoneyMeasure.SPEND)
                            : 0);
            var revenue =
                t.list(
                    "revenue",
                    MONEY,
                    s ->
                        s.amounts().contains(MoneyMeasure.REVENUE)
                            ? s.revenue().values()
                            : List.of());
            var revenuePresent =
                t.reqLong(
                    "revenuePresent",
                    s ->
                        s.amounts().contains(MoneyMeasure.REVENUE)
                            ? s.present(MoneyMeasure.REVENUE)
                            : 0);
            var added = t.opt("measures", MEASURES, s -> someMeasures(s.measures()));
            var addedAmounts = t.opt("amounts", AMOUNTS, s -> someAmounts(s.amounts()));
            return v -> {
              PerformanceSummary.Builder b = PerformanceSummary.builder().count(v.get(count));
              v.get(added).ifPresent(b::measures);
              v.get(addedAmounts).ifPresent(b::amounts);
              measures.forEach(
                  (m, f) -> v.get(f).ifPresent(totals -> b.measure(m, totals.sum(), totals.present())));
              for (Money money : v.get(spend)) {
                b.amount(MoneyMeasure.SPEND, money);
              }
              for (Money money : v.get(revenue)) {
                b.amount(MoneyMeasure.REVENUE, money);
              }
              b.present(MoneyMeasure.SPEND, v.get(spendPresent));
              b.present(MoneyMeasure.REVENUE, v.get(revenuePresent));
              return b.build();
            };
          });

  /** A group's key: the value of each dimension the grouping uses. */
  public static final ObjectCodec<GroupKey> GROUP_KEY =
      ObjectCodec.define(
          "GroupKey",
          t -> {
            var platform = t.opt("platform", PLATFORM, GroupKey::platform);
            var format = t.opt("format", enumOf(PostFormat.class), GroupKey::format);
            var purpose = t.opt("purpose", enumOf(PostPurpose.class), GroupKey::purpose);
            var paid = t.opt("paid", enumOf(PaidStatus.class), GroupKey::paid);
            var account = t.opt("account", STRING, GroupKey::account);
            var campaign = t.opt("campaign", STRING, GroupKey::campaign);
            var pillar = t.opt("pillar", STRING, GroupKey::pillar);
            var hashtag = t.opt("hashtag", STRING, GroupKey::hashtag);
            var time = t.opt("timeOfWeek", TIME_OF_WEEK, GroupKey::timeOfWeek);
            var day = t.opt("day", LOCAL_DATE, GroupKey::day);
            var week = t.opt("week", YEAR_WEEK, GroupKey::week);
            var month = t.opt("month", YEAR_MONTH, GroupKey::month);
            return v -> {
              GroupKey key = GroupKey.empty();
              key = v.get(platform).map(key::withPlatform).orElse(key);
              key = v.get(format).map(key::withFormat).orElse(key);
              key = v.get(purpose).map(key::withPurpose).orElse(key);
              key = v.get(paid).map(key::withPaid).orElse(key);
              key = v.get(account).map(key::withAccount).orElse(key);
              key = v.get(campaign).map(key::withCampaign).orElse(key);
              key = v.get(pillar).map(key::withPillar).orElse(key);
              key = v.get(hashtag).map(key::withHashtag).orElse(key);
              key = v.get(time).map(key::withTimeOfWeek).orElse(key);
              key = v.get(day).map(key::withDay).orElse(key);
              key = v.get(week).map(key::withWeek).orElse(key);
              return v.get(month).map(key::withMonth).orElse(key);
            };
          });

  /**
   * A grouping: its dimensions, the zone of the time-based ones, and the measures and amounts it
   * adds up when only some.
   */
  public static final ObjectCodec<Grouping> GROUPING =
      ObjectCodec.define(
          "Grouping",
          t -> {
            var dimensions = t.set("dimensions", enumOf(Dimension.class), Grouping::dimensions);
            var zone = t.opt("zone", ZONE_ID, Grouping::zone);
            var added = t.opt("measures", MEASURES, g -> someMeasures(g.measures()));
            var addedAmounts = t.opt("amounts", AMOUNTS, g -> someAmounts(g.amounts()));
            return v -> {
              Dimension[] array = v.get(dimensions).toArray(new Dimension[0]);
              Grouping g =
                  v.get(zone).isPresent()
                      ? Grouping.by(v.get(zone).get(), array)
                      : Grouping.by(array);
              g = v.get(added).map(g::withMeasures).orElse(g);
              return v.get(addedAmounts).map(g::withAmounts).orElse(g);
            };
          });

  /** One group of a breakdown. */
  record Group(GroupKey key, PerformanceSummary summary) {}

  static final ObjectCodec<Group> BREAKDOWN_GROUP =
      ObjectCodec.define(
          "BreakdownGroup",
          t -> {
            var key = t.req("key", GROUP_KEY, Group::key);
            var summary = t.req("summary", PERFORMANCE_SUMMARY, Group::summary);
            return v -> new Group(v.get(key), v.get(summary));
          });

  /**
   * A breakdown: its grouping, each group's key and summary in key order, and the total; read
   * back through {@link PerformanceBreakdown#of(Grouping, Map)}, which refuses a key the grouping
   * could not have made and a summary that is empty or adds up other measures. A key given twice
   * is refused; the total written beside the groups is computed again and must agree.
   */
  public static final ObjectCodec<PerformanceBreakdown> PERFORMANCE_BREAKDOWN =
      ObjectCodec.define(
          "PerformanceBreakdown",
          t -> {
            var grouping = t.req("grouping", GROUPING, PerformanceBreakdown::grouping);
            var groups = t.list("groups", BREAKDOWN_GROUP, ResultCodecs::groups);
            var total = t.req("total", PERFORMANCE_SUMMARY, PerformanceBreakdown::total);
            return v -> {
              Map<GroupKey, PerformanceSummary> byKey = new LinkedHashMap<>();
              List<Group> list = v.get(groups);
              for (int i = 0; i < list.size(); i++) {
                Group group = list.get(i);
                if (byKey.put(group.key(), group.summary()) != null) {
                  throw new IllegalArgumentException(
                      "groups/" + i + "/key " + group.key() + " is the key of an earlier group");
                }
              }
              PerformanceBreakdown b = PerformanceBreakdown.of(v.get(grouping), byKey);
              new Agreement("its groups").same("total", v.get(total), b.total());
              return b;
            };
          });

  private static List<Group> groups(PerformanceBreakdown breakdown) {
    List<Group> groups = new ArrayList<>(breakdown.size());
    breakdown.groups().forEach((key, summary) -> groups.add(new Group(key, summary)));
    return groups;
  }

  // ---- experiments -----------------------------------------------------------------------------

  /**
   * A two-variant analysis: its variants and confidence level (read back through its
   * constructor), with the tests, intervals, difference and lift it computes (written to show,
   * ignored when read).
   */
  public static final ObjectCodec<TwoVariantAnalysis> TWO_VARIANT_ANALYSIS =
      ObjectCodec.define(
          "TwoVariantAnalysis",
          t -> {
            var control = t.req("control", VARIANT, TwoVariantAnalysis::control);
            var treatment = t.req("treatment", VARIANT, TwoVariantAnalysis::treatment);
            var level = t.reqDouble("confidenceLevel", TwoVariantAnalysis::confidenceLevel);
            t.opt("zTest", SIGNIFICANCE_TEST, TwoVariantAnalysis::zTest);
            t.opt("chiSquare", SIGNIFICANCE_TEST, TwoVariantAnalysis::chiSquare);
            t.opt("yatesChiSquare", SIGNIFICANCE_TEST, TwoVariantAnalysis::yatesChiSquare);
            t.opt("controlInterval", CONFIDENCE_INTERVAL, TwoVariantAnalysis::controlInterval);
            t.opt("treatmentInterval", CONFIDENCE_INTERVAL, TwoVariantAnalysis::treatmentInterval);
            t.optDouble("difference", TwoVariantAnalysis::difference);
            t.opt(
                "differenceInterval", CONFIDENCE_INTERVAL, TwoVariantAnalysis::differenceInterval);
            t.dflt("relativeLift", RATIO, TwoVariantAnalysis::relativeLift);
            return v -> new TwoVariantAnalysis(v.get(control), v.get(treatment), v.get(level));
          });

  /**
   * A multi-variant analysis: its variants (read back through its constructor), with the
   * chi-square test, the pairwise comparisons and the leader (written to show, ignored when read).
   */
  public static final ObjectCodec<MultiVariantAnalysis> MULTI_VARIANT_ANALYSIS =
      ObjectCodec.define(
          "MultiVariantAnalysis",
          t -> {
            var variants = t.list("variants", VARIANT, MultiVariantAnalysis::variants);
            t.opt("chiSquare", SIGNIFICANCE_TEST, MultiVariantAnalysis::chiSquare);
            t.list("pairwise", PAIRWISE_COMPARISON, MultiVariantAnalysis::pairwise);
            t.opt("leader", VARIANT, MultiVariantAnalysis::leader);
            return v -> new MultiVariantAnalysis(v.get(variants));
          });

  /**
   * A Bayesian comparison: its variants and prior (read back through its constructor), with the
   * posteriors, the probabilities of each beating the other and the expected losses (written to
   * show, ignored when read).
   */
  public static final ObjectCodec<BayesianComparison> BAYESIAN_COMPARISON =
      ObjectCodec.define(
          "BayesianComparison",
          t -> {
            var control = t.req("control", VARIANT, BayesianComparison::control);
            var treatment = t.req("treatment", VARIANT, BayesianComparison::treatment);
            var prior = t.req("prior", BETA_PRIOR, BayesianComparison::prior);
            t.dflt("controlPosterior", BETA_PRIOR, BayesianComparison::controlPosterior);
            t.dflt("treatmentPosterior", BETA_PRIOR, BayesianComparison::treatmentPosterior);
            t.dflt(
                "probabilityTreatmentBeatsControl",
                DOUBLE,
                BayesianComparison::probabilityTreatmentBeatsControl);
            t.dflt(
                "probabilityControlBeatsTreatment",
                DOUBLE,
                BayesianComparison::probabilityControlBeatsTreatment);
            t.dflt(
                "expectedLossChoosingTreatment",
                DOUBLE,
                BayesianComparison::expectedLossChoosingTreatment);
            t.dflt(
                "expectedLossChoosingControl",
                DOUBLE,
                BayesianComparison::expectedLossChoosingControl);
            return v -> new BayesianComparison(v.get(control), v.get(treatment), v.get(prior));
          });

  /**
   * An experiment's verdict: its figures, its reason in the writer's locale, and what it was
   * decided from, the design and the analysis (under {@code twoVariantAnalysis} or {@code
   * multiVariantAnalysis}, exactly one). Read back by deciding again ({@link
   * Verdict#of(dev.socialplan.analytics.experiment.ExperimentAnalysis, ExperimentDesign)}); the
   * figures written beside the analysis must agree with the ones decided again (the reason, in the
   * writer's locale, is written out again from them and not compared).
   */
  public static final ObjectCodec<Verdict> VERDICT =
      ObjectCodec.define(
          "Verdict",
          t -> {
            var kind = t.req("kind", enumOf(VerdictKind.class), Verdict::kind);
            var winner = t.opt("winner", STRING, Verdict::winner);
            var runnerUp = t.opt("runnerUp", STRING, Verdict::runnerUp);
            var lift = t.opt("relativeLift", RATIO, Verdict::relativeLift);
            var interval =
                t.opt("differenceInterval", CONFIDENCE_INTERVAL, Verdict::differenceInterval);
            var p = t.optDouble("pValue", Verdict::pValue);
            var required =
                t.reqLong("requiredSampleSizePerVariant", Verdict::requiredSampleSizePerVariant);
            t.localized("reason", Verdict::reason);
            var design = t.req("design", EXPERIMENT_DESIGN, Verdict::design);
            var two =
                t.opt(
                    "twoVariantAnalysis",
                    TWO_VARIANT_ANALYSIS,
                    d ->
                        d.analysis() instanceof TwoVariantAnalysis a
                            ? Optional.of(a)
                            : Optional.empty());
            var multi =
                t.opt(
                    "multiVariantAnalysis",
                    MULTI_VARIANT_ANALYSIS,
                    d ->
                        d.analysis() instanceof MultiVariantAnalysis a
                            ? Optional.of(a)
                            : Optional.empty());
            return v -> {
              if (v.get(two).isPresent() == v.get(multi).isPresent()) {
                throw new IllegalArgumentException(
                    "a verdict must carry exactly one of twoVariantAnalysis and"
                        + " multiVariantAnalysis, the analysis it was decided from: "
                        + (v.get(two).isPresent() ? "both" : "neither")
                        + " given");
              }
              Verdict d =
                  v.get(two).isPresent()
                      ? Verdict.of(v.get(two).get(), v.get(design))
                      : Verdict.of(v.get(multi).get(), v.get(design));
              Agreement a = new Agreement("its analysis and design");
              a.same("kind", v.get(kind), d.kind());
              a.same("winner", v.get(winner), d.winner());
              a.same("runnerUp", v.get(runnerUp), d.runnerUp());
              a.same("relativeLift", v.get(lift), d.relativeLift());
              a.same("differenceInterval", v.get(interval), d.differenceInterval());
              a.same("pValue", v.get(p), d.pValue());
              a.same(
                  "requiredSampleSizePerVariant",
                  v.get(required),
                  d.requiredSampleSizePerVariant());
              return d;
            };
          });

  static void register(Registry.Sink sink) {
    sink.put(GoalProgress.class, GOAL_PROGRESS);
    sink.put(ProgressReport.class, PROGRESS_REPORT);
    sink.put(BucketEstimate.class, BUCKET_ESTIMATE);
    sink.put(BestTimeResult.class, BEST_TIME_RESULT);
    sink.put(RecommendationRequest.class, RECOMMENDATION_REQUEST);
    sink.put(PriorityReason.class, PRIORITY_REASON);
    sink.put(Priority.class, PRIORITY);
    sink.put(PersonaReach.class, PERSONA_REACH);
    sink.put(AudienceReachEstimate.class, AUDIENCE_REACH_ESTIMATE);
    sink.put(PlatformScore.class, PLATFORM_SCORE);
    sink.put(PlatformRanking.class, PLATFORM_RANKING);
    sink.put(PerformanceSummary.class, PERFORMANCE_SUMMARY);
    sink.put(GroupKey.class, GROUP_KEY);
    sink.put(Grouping.class, GROUPING);
    sink.put(PerformanceBreakdown.class, PERFORMANCE_BREAKDOWN);
    sink.put(TwoVariantAnalysis.class, TWO_VARIANT_ANALYSIS);
    sink.put(MultiVariantAnalysis.class, MULTI_VARIANT_ANALYSIS);
    sink.put(BayesianComparison.class, BAYESIAN_COMPARISON);
    sink.put(Verdict.class, VERDICT);
  }
}
