package dev.socialplan.json.internal;

import static dev.socialplan.json.internal.CoreCodecs.PLATFORM;
import static dev.socialplan.json.internal.CoreCodecs.RATIO;
import static dev.socialplan.json.internal.CoreCodecs.TARGET;
import static dev.socialplan.json.internal.Scalars.DECIMAL;
import static dev.socialplan.json.internal.Scalars.DOUBLE;
import static dev.socialplan.json.internal.Scalars.INSTANT;
import static dev.socialplan.json.internal.Scalars.LOCAL_DATE;
import static dev.socialplan.json.internal.Scalars.LONG;
import static dev.socialplan.json.internal.Scalars.MONEY;
import static dev.socialplan.json.internal.Scalars.STRING;
import static dev.socialplan.json.internal.Scalars.enumOf;
import static dev.socialplan.json.internal.Scalars.text;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.benchmark.BenchmarkEntry;
import dev.socialplan.analytics.benchmark.BenchmarkMetric;
import dev.socialplan.analytics.benchmark.CompetitiveBenchmark;
import dev.socialplan.analytics.benchmark.MetricComparison;
import dev.socialplan.analytics.benchmark.RankedValue;
import dev.socialplan.analytics.budget.BudgetPerformance;
import dev.socialplan.analytics.budget.PerformanceLine;
import dev.socialplan.analytics.budget.Reallocation;
import dev.socialplan.analytics.budget.SpendLine;
import dev.socialplan.analytics.experiment.BetaPrior;
import dev.socialplan.analytics.experiment.ConfidenceInterval;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.IntervalMethod;
import dev.socialplan.analytics.experiment.PairwiseComparison;
import dev.socialplan.analytics.experiment.SampleSizeFormula;
import dev.socialplan.analytics.experiment.SignificanceTest;
import dev.socialplan.analytics.experiment.TestMethod;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.metric.EngagementCounts;
import dev.socialplan.analytics.metric.Exposure;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.analytics.progress.Projection;
import dev.socialplan.analytics.progress.ProgressThresholds;
import dev.socialplan.analytics.progress.ProjectionMethod;
import dev.socialplan.analytics.survey.CustomerSatisfaction;
import dev.socialplan.analytics.survey.NetPromoterScore;
import dev.socialplan.analytics.survey.Question;
import dev.socialplan.analytics.survey.QuestionSummary;
import dev.socialplan.analytics.survey.RatingScale;
import dev.socialplan.analytics.survey.SurveyResponse;
import dev.socialplan.analytics.survey.SurveySummary;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.json.internal.ObjectCodec.Field;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.joda.money.Money;

/** The property tables of the analytics module's inputs and stored results. */
public final class AnalyticsCodecs {

  private AnalyticsCodecs() {}

  private static final KeyCodec<String> TEXT_KEY = KeyCodec.of(s -> s, s -> s, "text");

  /** camelCase of a constant's name: VIDEO_STARTS reads videoStarts, like its accessor. */
  static String camel(Enum<?> constant) {
    String[] words = constant.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return out.toString();
  }

  /**
   * A duration kept to the millisecond, as records keep watch times: finer digits or a negative
   * duration are refused rather than truncated.
   */
  static final Codec<Duration> MILLIS =
      text(
          "a non-negative ISO-8601 duration in whole milliseconds (PT1M2.345S)",
          Duration::toString,
          s -> {
            Duration d = Duration.parse(s);
            if (d.isNegative() || d.getNano() % 1_000_000 != 0) {
              throw new IllegalArgumentException(
                  d.isNegative() ? "negative" : "finer than a millisecond");
            }
            return d;
          });

  /**
   * One post's performance: every measure a count named like its accessor (absent when the export
   * had no value; the video watch time an ISO-8601 duration), spend and revenue as money; the
   * account, permalink, campaign, pillar and hashtags when known; the average video watch time as
   * the platform reported it.
   */
  public static final ObjectCodec<PerformanceRecord> PERFORMANCE_RECORD =
      ObjectCodec.define(
          "PerformanceRecord",
          t -> {
            var platform = t.req("platform", PLATFORM, PerformanceRecord::platform);
            var published = t.req("publishedAt", INSTANT, PerformanceRecord::publishedAt);
            var format = t.req("format", enumOf(PostFormat.class), PerformanceRecord::format);
            var purpose = t.req("purpose", enumOf(PostPurpose.class), PerformanceRecord::purpose);
            var paid = t.req("paid", enumOf(PaidStatus.class), PerformanceRecord::paid);
            var postId = t.opt("postId", STRING, PerformanceRecord::postId);
            var account = t.opt("account", STRING, PerformanceRecord::account);
            var permalink = t.opt("permalink", STRING, PerformanceRecord::permalink);
            var campaign = t.opt("campaign", STRING, PerformanceRecord::campaign);
            var pillar = t.opt("pillar", STRING, PerformanceRecord::pillar);
            // Left out when empty, like every absent value of a record.
            var hashtags =
                t.opt(
                    "hashtags",
                    Collections.setOf(STRING),
                    r ->
                        r.hashtags().isEmpty()
                            ? Optional.empty()
                            : Optional.of(new LinkedHashSet<>(r.hashtags())));
            Map<Measure, Field<PerformanceRecord, OptionalLong>> counts =
                new EnumMap<>(Measure.class);
            for (Measure m : Measure.values()) {
              if (m != Measure.VIDEO_WATCH_TIME) {
                counts.put(m, t.optLong(camel(m), r -> r.count(m)));
              }
            }
            var watchTime = t.opt("videoWatchTime", MILLIS, PerformanceRecord::videoWatchTime);
            var averageWatchTime =
                t.opt("averageVideoWatchTime", MILLIS, PerformanceRecord::averageVideoWatchTime);
            Map<MoneyMeasure, Field<PerformanceRecord, Optional<Money>>> amounts =
                new EnumMap<>(MoneyMeasure.class);
            for (MoneyMeasure m : MoneyMeasure.values()) {
              amounts.put(m, t.opt(camel(m), MONEY, r -> r.amount(m)));
            }
            return v -> {
              PerformanceRecord.Builder b =
                  PerformanceRecord.builder()
                      .platform(v.get(platform))
                      .publishedAt(v.get(published))
                      .format(v.get(format))
                      .purpose(v.get(purpose))
                      .paid(v.get(paid));
              v.get(postId).ifPresent(b::postId);
              v.get(account).ifPresent(b::account);
              v.get(permalink).ifPresent(b::permalink);
              v.get(campaign).ifPresent(b::campaign);
              v.get(pillar).ifPresent(b::pillar);
              v.get(hashtags).ifPresent(b::hashtags);
              counts.forEach((m, f) -> v.get(f).ifPresent(value -> b.count(m, value)));
              v.get(watchTime).ifPresent(b::videoWatchTime);
              v.get(averageWatchTime).ifPresent(b::averageVideoWatchTime);
              amounts.forEach((m, f) -> v.get(f).ifPresent(value -> b.amount(m, value)));
              return b.build();
            };
          });

  /** The performance-records document: {"socialplan": "1", "records": [...]}. */
  public static final ObjectCodec<List<PerformanceRecord>> PERFORMANCE_RECORDS =
      ObjectCodec.define(
          "PerformanceRecords",
          t -> {
            var records = t.list("records", PERFORMANCE_RECORD, l -> l);
            return v -> List.copyOf(v.get(records));
          });

  /** Engagement counts; each absent when unknown. */
  public static final ObjectCodec<EngagementCounts> ENGAGEMENT_COUNTS =
      ObjectCodec.define(
          "EngagementCounts",
          t -> {
            var reactions = t.optLong("reactions", EngagementCounts::reactions);
            var comments = t.optLong("comments", EngagementCounts::comments);
            var shares = t.optLong("shares", EngagementCounts::shares);
            var saves = t.optLong("saves", EngagementCounts::saves);
            var clicks = t.optLong("clicks", EngagementCounts::clicks);
            var follows = t.optLong("follows", EngagementCounts::follows);
            var engagedUsers = t.optLong("engagedUsers", EngagementCounts::engagedUsers);
            return v ->
                EngagementCounts.builder()
                    .reactions(v.get(reactions))
                    .comments(v.get(comments))
                    .shares(v.get(shares))
                    .saves(v.get(saves))
                    .clicks(v.get(clicks))
                    .follows(v.get(follows))
                    .engagedUsers(v.get(engagedUsers))
                    .build();
          });

  /** Exposure counts; each absent when unknown. */
  public static final ObjectCodec<Exposure> EXPOSURE =
      ObjectCodec.define(
          "Exposure",
          t -> {
            var reach = t.optLong("reach", Exposure::reach);
            var impressions = t.optLong("impressions", Exposure::impressions);
            var views = t.optLong("views", Exposure::views);
            var followers = t.optLong("followers", Exposure::followers);
            return v ->
                Exposure.builder()
                    .reach(v.get(reach))
                    .impressions(v.get(impressions))
                    .views(v.get(views))
                    .followers(v.get(followers))
                    .build();
          });

  /** A dated observation of a goal's metric. */
  public static final ObjectCodec<MetricObservation> METRIC_OBSERVATION =
      ObjectCodec.define(
          "MetricObservation",
          t -> {
            var date = t.req("date", LOCAL_DATE, MetricObservation::date);
            var value = t.req("value", TARGET, MetricObservation::value);
            return v -> MetricObservation.of(v.get(date), v.get(value));
          });

  /** A series of observations. */
  public static final ObjectCodec<MetricSeries> METRIC_SERIES =
      ObjectCodec.define(
          "MetricSeries",
          t -> {
            var observations =
                t.list("observations", METRIC_OBSERVATION, MetricSeries::observations);
            return v -> MetricSeries.of(v.get(observations));
          });

  /** A projection of a goal's metric to its deadline. */
  public static final ObjectCodec<Projection> PROJECTION =
      ObjectCodec.define(
          "Projection",
          t -> {
            var method = t.req("method", enumOf(ProjectionMethod.class), Projection::method);
            var value = t.req("valueAtDeadline", DECIMAL, Projection::valueAtDeadline);
            var progress = t.optDouble("progressAtDeadline", Projection::progressAtDeadline);
            var completion =
                t.opt("estimatedCompletion", LOCAL_DATE, Projection::estimatedCompletion);
            return v ->
                Projection.builder()
                    .method(v.get(method))
                    .valueAtDeadline(v.get(value))
                    .progressAtDeadline(v.get(progress))
                    .estimatedCompletion(v.get(completion))
                    .build();
          });

  /** The thresholds of the progress statuses. */
  public static final ObjectCodec<ProgressThresholds> PROGRESS_THRESHOLDS =
      ObjectCodec.define(
          "ProgressThresholds",
          t -> {
            var onTrack = t.reqDouble("onTrackFrom", ProgressThresholds::onTrackFrom);
            var atRisk = t.reqDouble("atRiskFrom", ProgressThresholds::atRiskFrom);
            var method = t.req("method", enumOf(ProjectionMethod.class), ProgressThresholds::method);
            return v ->
                ProgressThresholds.builder()
                    .onTrackFrom(v.get(onTrack))
                    .atRiskFrom(v.get(atRisk))
                    .method(v.get(method))
                    .build();
          });

  /** A competitor's (or the brand's) figures for a benchmark. */
  public static final ObjectCodec<BenchmarkEntry> BENCHMARK_ENTRY =
      ObjectCodec.define(
          "BenchmarkEntry",
          t -> {
            var name = t.req("name", STRING, BenchmarkEntry::name);
            var mentions = t.optLong("mentions", BenchmarkEntry::mentions);
            var engagements = t.optLong("engagements", BenchmarkEntry::engagements);
            var posts = t.optLong("posts", BenchmarkEntry::posts);
            var start = t.optLong("followersAtStart", BenchmarkEntry::followersAtStart);
            var end = t.optLong("followersAtEnd", BenchmarkEntry::followersAtEnd);
            return v ->
                BenchmarkEntry.builder()
                    .name(v.get(name))
                    .mentions(v.get(mentions))
                    .engagements(v.get(engagements))
                    .posts(v.get(posts))
                    .followersAtStart(v.get(start))
                    .followersAtEnd(v.get(end))
                    .build();
          });

  /** A competitive benchmark: the brand and its competitors. */
  public static final ObjectCodec<CompetitiveBenchmark> COMPETITIVE_BENCHMARK =
      ObjectCodec.define(
          "CompetitiveBenchmark",
          t -> {
            var brand = t.req("brand", BENCHMARK_ENTRY, CompetitiveBenchmark::brand);
            var competitors =
                t.list("competitors", BENCHMARK_ENTRY, CompetitiveBenchmark::competitors);
            return v -> CompetitiveBenchmark.of(v.get(brand), v.get(competitors));
          });

  /** A ranked value of a benchmark comparison. */
  public static final ObjectCodec<RankedValue> RANKED_VALUE =
      ObjectCodec.define(
          "RankedValue",
          t -> {
            var rank = t.reqInt("rank", RankedValue::rank);
            var name = t.req("name", STRING, RankedValue::name);
            var value = t.reqDouble("value", RankedValue::value);
            return v -> new RankedValue(v.get(rank), v.get(name), v.get(value));
          });

  /** The brand against its competitors on one metric. */
  public static final ObjectCodec<MetricComparison> METRIC_COMPARISON =
      ObjectCodec.define(
          "MetricComparison",
          t -> {
            var metric = t.req("metric", enumOf(BenchmarkMetric.class), MetricComparison::metric);
            var brandValue = t.optDouble("brandValue", MetricComparison::brandValue);
            var average = t.optDouble("competitorAverage", MetricComparison::competitorAverage);
            var ranking = t.list("ranking", RANKED_VALUE, MetricComparison::ranking);
            var without = t.list("withoutData", STRING, MetricComparison::withoutData);
            var brand = t.req("brand", STRING, MetricComparison::brand);
            return v ->
                MetricComparison.builder()
                    .metric(v.get(metric))
                    .brandValue(v.get(brandValue))
                    .competitorAverage(v.get(average))
                    .ranking(v.get(ranking))
                    .withoutData(v.get(without))
                    .brand(v.get(brand))
                    .build();
          });

  /** An experiment variant: successes out of trials. */
  public static final ObjectCodec<Variant> VARIANT =
      ObjectCodec.define(
          "Variant",
          t -> {
            var name = t.req("name", STRING, Variant::name);
            var trials = t.reqLong("trials", Variant::trials);
            var successes = t.reqLong("successes", Variant::successes);
            return v -> Variant.of(v.get(name), v.get(trials), v.get(successes));
          });

  /** An experiment's design. */
  public static final ObjectCodec<ExperimentDesign> EXPERIMENT_DESIGN =
      ObjectCodec.define(
          "ExperimentDesign",
          t -> {
            var baseline = t.reqDouble("baselineRate", ExperimentDesign::baselineRate);
            var effect =
                t.reqDouble("minimumDetectableEffect", ExperimentDesign::minimumDetectableEffect);
            var significance = t.dflt("significance", DOUBLE, ExperimentDesign::significance);
            var power = t.dflt("power", DOUBLE, ExperimentDesign::power);
            var formula =
                t.dflt("formula", enumOf(SampleSizeFormula.class), ExperimentDesign::formula);
            return v -> {
              ExperimentDesign.Builder b =
                  ExperimentDesign.builder()
                      .baselineRate(v.get(baseline))
                      .minimumDetectableEffect(v.get(effect));
              v.get(significance).ifPresent(b::significance);
              v.get(power).ifPresent(b::power);
              v.get(formula).ifPresent(b::formula);
              return b.build();
            };
          });

  /** A beta prior. */
  public static final ObjectCodec<BetaPrior> BETA_PRIOR =
      ObjectCodec.define(
          "BetaPrior",
          t -> {
            var alpha = t.reqLong("alpha", BetaPrior::alpha);
            var beta = t.reqLong("beta", BetaPrior::beta);
            return v -> BetaPrior.of(v.get(alpha), v.get(beta));
          });

  /** A confidence interval. */
  public static final ObjectCodec<ConfidenceInterval> CONFIDENCE_INTERVAL =
      ObjectCodec.define(
          "ConfidenceInterval",
          t -> {
            var lower = t.reqDouble("lower", ConfidenceInterval::lower);
            var upper = t.reqDouble("upper", ConfidenceInterval::upper);
            var level = t.reqDouble("confidenceLevel", ConfidenceInterval::confidenceLevel);
            var method = t.req("method", enumOf(IntervalMethod.class), ConfidenceInterval::method);
            return v ->
                ConfidenceInterval.of(v.get(lower), v.get(upper), v.get(level), v.get(method));
          });

  /** A significance test's outcome. */
  public static final ObjectCodec<SignificanceTest> SIGNIFICANCE_TEST =
      ObjectCodec.define(
          "SignificanceTest",
          t -> {
            var method = t.req("method", enumOf(TestMethod.class), SignificanceTest::method);
            var statistic = t.reqDouble("statistic", SignificanceTest::statistic);
            var p = t.reqDouble("pValue", SignificanceTest::pValue);
            var df = t.optInt("degreesOfFreedom", SignificanceTest::degreesOfFreedom);
            return v ->
                SignificanceTest.builder()
                    .method(v.get(method))
                    .statistic(v.get(statistic))
                    .pValue(v.get(p))
                    .degreesOfFreedom(v.get(df))
                    .build();
          });

  /** A pairwise comparison of two variants. */
  public static final ObjectCodec<PairwiseComparison> PAIRWISE_COMPARISON =
      ObjectCodec.define(
          "PairwiseComparison",
          t -> {
            var first = t.req("first", VARIANT, PairwiseComparison::first);
            var second = t.req("second", VARIANT, PairwiseComparison::second);
            var test = t.opt("test", SIGNIFICANCE_TEST, PairwiseComparison::test);
            var holm = t.optDouble("holmAdjustedPValue", PairwiseComparison::holmAdjustedPValue);
            return v ->
                PairwiseComparison.builder()
                    .first(v.get(first))
                    .second(v.get(second))
                    .test(v.get(test))
                    .holmAdjustedPValue(v.get(holm))
                    .build();
          });

  /** A rating scale. */
  public static final ObjectCodec<RatingScale> RATING_SCALE =
      ObjectCodec.define(
          "RatingScale",
          t -> {
            var min = t.reqInt("min", RatingScale::min);
            var max = t.reqInt("max", RatingScale::max);
            return v -> RatingScale.of(v.get(min), v.get(max));
          });

  /** A survey question: a rating on a scale, or a choice among options. */
  public static final ObjectCodec<Question> QUESTION =
      ObjectCodec.define(
          "Question",
          t -> {
            var id = t.req("id", STRING, Question::id);
            var text = t.req("text", STRING, Question::text);
            var scale = t.opt("scale", RATING_SCALE, Question::scale);
            var options = t.list("options", STRING, Question::options);
            return v ->
                Question.builder()
                    .id(v.get(id))
                    .text(v.get(text))
                    .scale(v.get(scale))
                    .options(v.get(options))
                    .build();
          });

  /** A survey response: ratings and choices by question id. */
  public static final ObjectCodec<SurveyResponse> SURVEY_RESPONSE =
      ObjectCodec.define(
          "SurveyResponse",
          t -> {
            var respondent = t.opt("respondent", STRING, SurveyResponse::respondent);
            var ratings = t.map("ratings", TEXT_KEY, Scalars.INT, SurveyResponse::ratings);
            var choices = t.map("choices", TEXT_KEY, STRING, SurveyResponse::choices);
            return v ->
                SurveyResponse.builder()
                    .respondent(v.get(respondent))
                    .ratings(v.get(ratings))
                    .choices(v.get(choices))
                    .build();
          });

  /** A question's summary. */
  public static final ObjectCodec<QuestionSummary> QUESTION_SUMMARY =
      ObjectCodec.define(
          "QuestionSummary",
          t -> {
            var question = t.req("question", QUESTION, QuestionSummary::question);
            var answered = t.reqLong("answered", QuestionSummary::answered);
            var missing = t.reqLong("missing", QuestionSummary::missing);
            var invalid = t.reqLong("invalid", QuestionSummary::invalid);
            var distribution =
                t.map("distribution", TEXT_KEY, LONG, QuestionSummary::distribution);
            var mean = t.optDouble("mean", QuestionSummary::mean);
            var median = t.optDouble("median", QuestionSummary::median);
            return v ->
                QuestionSummary.builder()
                    .question(v.get(question))
                    .answered(v.get(answered))
                    .missing(v.get(missing))
                    .invalid(v.get(invalid))
                    .distribution(v.get(distribution))
                    .mean(v.get(mean))
                    .median(v.get(median))
                    .build();
          });

  /** A survey's summary. */
  public static final ObjectCodec<SurveySummary> SURVEY_SUMMARY =
      ObjectCodec.define(
          "SurveySummary",
          t -> {
            var responses = t.reqLong("responses", SurveySummary::responses);
            var questions = t.list("questions", QUESTION_SUMMARY, SurveySummary::questions);
            var unknown = t.set("unknownQuestionIds", STRING, SurveySummary::unknownQuestionIds);
            return v ->
                SurveySummary.builder()
                    .responses(v.get(responses))
                    .questions(v.get(questions))
                    .unknownQuestionIds(v.get(unknown))
                    .build();
          });

  /** A Net Promoter Score from its counts. */
  public static final ObjectCodec<NetPromoterScore> NET_PROMOTER_SCORE =
      ObjectCodec.define(
          "NetPromoterScore",
          t -> {
            var promoters = t.reqLong("promoters", NetPromoterScore::promoters);
            var passives = t.reqLong("passives", NetPromoterScore::passives);
            var detractors = t.reqLong("detractors", NetPromoterScore::detractors);
            return v ->
                NetPromoterScore.of(v.get(promoters), v.get(passives), v.get(detractors));
          });

  /** Customer satisfaction from its counts. */
  public static final ObjectCodec<CustomerSatisfaction> CUSTOMER_SATISFACTION =
      ObjectCodec.define(
          "CustomerSatisfaction",
          t -> {
            var satisfied = t.reqLong("satisfied", CustomerSatisfaction::satisfied);
            var respondents = t.reqLong("respondents", CustomerSatisfaction::respondents);
            return v -> CustomerSatisfaction.of(v.get(satisfied), v.get(respondents));
          });

  /** Spend and revenue on a platform or category. */
  public static final ObjectCodec<SpendLine> SPEND_LINE =
      ObjectCodec.define(
          "SpendLine",
          t -> {
            var platform = t.opt("platform", PLATFORM, SpendLine::platform);
            var category = t.opt("category", enumOf(BudgetCategory.class), SpendLine::category);
            var spend = t.req("spend", MONEY, SpendLine::spend);
            var revenue = t.req("revenue", MONEY, SpendLine::revenue);
            return v ->
                SpendLine.builder()
                    .platform(v.get(platform))
                    .category(v.get(category))
                    .spend(v.get(spend))
                    .revenue(v.get(revenue))
                    .build();
          });

  /** A budget with the spend against it. */
  public static final ObjectCodec<BudgetPerformance> BUDGET_PERFORMANCE =
      ObjectCodec.define(
          "BudgetPerformance",
          t -> {
            var budget = t.req("budget", CoreCodecs.BUDGET, BudgetPerformance::budget);
            var lines = t.list("lines", SPEND_LINE, BudgetPerformance::lines);
            return v -> BudgetPerformance.of(v.get(budget), v.get(lines));
          });

  /** A line of budget performance: planned, spent and revenue. */
  public static final ObjectCodec<PerformanceLine> PERFORMANCE_LINE =
      ObjectCodec.define(
          "PerformanceLine",
          t -> {
            var label = t.req("label", STRING, PerformanceLine::label);
            var platform = t.opt("platform", PLATFORM, PerformanceLine::platform);
            var category =
                t.opt("category", enumOf(BudgetCategory.class), PerformanceLine::category);
            var planned = t.req("planned", MONEY, PerformanceLine::planned);
            var spent = t.req("spent", MONEY, PerformanceLine::spent);
            var revenue = t.req("revenue", MONEY, PerformanceLine::revenue);
            return v ->
                PerformanceLine.builder()
                    .label(v.get(label))
                    .platform(v.get(platform))
                    .category(v.get(category))
                    .planned(v.get(planned))
                    .spent(v.get(spent))
                    .revenue(v.get(revenue))
                    .build();
          });

  /** A proposed budget move. */
  public static final ObjectCodec<Reallocation> REALLOCATION =
      ObjectCodec.define(
          "Reallocation",
          t -> {
            var donor = t.opt("donor", STRING, Reallocation::donor);
            var recipient = t.opt("recipient", STRING, Reallocation::recipient);
            var amount = t.req("amount", MONEY, Reallocation::amount);
            var reasoning = t.req("reasoning", STRING, Reallocation::reasoning);
            return v ->
                Reallocation.builder()
                    .donor(v.get(donor))
                    .recipient(v.get(recipient))
                    .amount(v.get(amount))
                    .reasoning(v.get(reasoning))
                    .build();
          });

  static void register(Registry.Sink sink) {
    sink.put(PerformanceRecord.class, PERFORMANCE_RECORD);
    sink.put(EngagementCounts.class, ENGAGEMENT_COUNTS);
    sink.put(Exposure.class, EXPOSURE);
    sink.put(MetricObservation.class, METRIC_OBSERVATION);
    sink.put(MetricSeries.class, METRIC_SERIES);
    sink.put(Projection.class, PROJECTION);
    sink.put(ProgressThresholds.class, PROGRESS_THRESHOLDS);
    sink.put(BenchmarkEntry.class, BENCHMARK_ENTRY);
    sink.put(CompetitiveBenchmark.class, COMPETITIVE_BENCHMARK);
    sink.put(RankedValue.class, RANKED_VALUE);
    sink.put(MetricComparison.class, METRIC_COMPARISON);
    sink.put(Variant.class, VARIANT);
    sink.put(ExperimentDesign.class, EXPERIMENT_DESIGN);
    sink.put(BetaPrior.class, BETA_PRIOR);
    sink.put(ConfidenceInterval.class, CONFIDENCE_INTERVAL);
    sink.put(SignificanceTest.class, SIGNIFICANCE_TEST);
    sink.put(PairwiseComparison.class, PAIRWISE_COMPARISON);
    sink.put(RatingScale.class, RATING_SCALE);
    sink.put(Question.class, QUESTION);
    sink.put(SurveyResponse.class, SURVEY_RESPONSE);
    sink.put(QuestionSummary.class, QUESTION_SUMMARY);
    sink.put(SurveySummary.class, SURVEY_SUMMARY);
    sink.put(NetPromoterScore.class, NET_PROMOTER_SCORE);
    sink.put(CustomerSatisfaction.class, CUSTOMER_SATISFACTION);
    sink.put(SpendLine.class, SPEND_LINE);
    sink.put(BudgetPerformance.class, BUDGET_PERFORMANCE);
    sink.put(PerformanceLine.class, PERFORMANCE_LINE);
    sink.put(Reallocation.class, REALLOCATION);
  }
}
