package dev.socialplan.json;

import static dev.socialplan.json.Schemas.assertValid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.experiment.Verdict;
import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.progress.ProgressStatus;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.analytics.timing.BestTimeToPost;
import dev.socialplan.analytics.timing.BucketEstimate;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.recommendation.AudienceReachEstimate;
import dev.socialplan.platform.recommendation.PersonaReach;
import dev.socialplan.platform.recommendation.PlatformRanking;
import dev.socialplan.platform.recommendation.PlatformRecommender;
import dev.socialplan.platform.recommendation.PlatformScore;
import dev.socialplan.platform.recommendation.PlatformVerdict;
import dev.socialplan.platform.recommendation.RecommendationRequest;
import dev.socialplan.testkit.samples.SamplePlan;
import dev.socialplan.testkit.samples.SamplePlans;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The computed results a front end shows, written from the samples: every figure is the domain
 * value's own, explanations come in the locale the caller asks for, each document conforms to its
 * schema, and every result reads back equal: goal progress and progress reports, platform
 * rankings, breakdowns and verdicts, whose figures are computed again and must agree with the
 * document's, and best-time results, through their validating builders; a document whose state
 * the library could not have computed is refused at its pointer, with the reason.
 */
class ResultDocumentsTest {

  private static final SocialplanJson JSON = SocialplanJson.standard();
  private static final SocialplanJson CHINESE = JSON.withLocale(Locale.TAIWAN);
  private static final JsonMapper TREE = JsonMapper.builder().build();
  private static final SamplePlan ARTICLE = SamplePlans.article();

  private static JsonNode tree(String json) {
    return TREE.readTree(json);
  }

  @Test
  void aProgressReportShowsEveryGoalWithItsExplanationInTheCallersLocale() {
    for (SamplePlan sample : SamplePlans.all()) {
      ProgressReport report = sample.progressReport();
      String english = JSON.write(report);
      String chinese = CHINESE.write(report);
      assertValid("progress-report", english);
      assertValid("progress-report", chinese);
      JsonNode en = tree(english);
      JsonNode zh = tree(chinese);
      assertThat(en.get("asOf").asString()).isEqualTo(report.asOf().toString());
      assertThat(en.get("goals").size()).isEqualTo(report.goals().size());
      for (int i = 0; i < report.goals().size(); i++) {
        GoalProgress goal = report.goals().get(i);
        JsonNode node = en.get("goals").get(i);
        assertThat(node.at("/goal/name").asString()).isEqualTo(goal.goal().name());
        assertThat(node.get("status").asString()).isEqualTo(goal.status().name());
        assertThat(node.get("explanation").asString()).isEqualTo(goal.explanation(Locale.ENGLISH));
        assertThat(zh.get("goals").get(i).get("explanation").asString())
            .isEqualTo(goal.explanation(Locale.TAIWAN))
            .isNotEqualTo(goal.explanation(Locale.ENGLISH));
        assertThat(node.has("progress")).isEqualTo(goal.progress().isPresent());
        goal.progress().ifPresent(p -> assertThat(node.get("progress").asDouble()).isEqualTo(p));
        goal.requiredPace()
            .ifPresent(p -> assertThat(node.get("requiredPace").asString()).isEqualTo(p.toPlainString()));
        assertValid("goal-progress", JSON.write(goal));
        assertThat(JSON.read(JSON.write(goal), GoalProgress.class)).isEqualTo(goal);
      }
      // The explanation is computed again from the state, so a report written in either language
      // reads back equal, through the codec and the Jackson module.
      assertThat(JSON.read(english, ProgressReport.class)).isEqualTo(report);
      assertThat(JSON.read(chinese, ProgressReport.class)).isEqualTo(report);
      assertThat(RoundTrips.MAPPER.readValue(RoundTrips.MAPPER.writeValueAsString(report),
          ProgressReport.class)).isEqualTo(report);
    }
  }

  @Test
  void aProgressDocumentWhoseFiguresWereEditedIsRefusedAtItsPointer() {
    ProgressReport report = ARTICLE.progressReport();
    int measured = 0;
    while (report.goals().get(measured).latest().isEmpty()) {
      measured++;
    }
    GoalProgress goal = report.goals().get(measured);
    String at = "/goals/" + measured;

    ObjectNode status = (ObjectNode) tree(JSON.write(report));
    ProgressStatus other =
        goal.status() == ProgressStatus.ACHIEVED ? ProgressStatus.MISSED : ProgressStatus.ACHIEVED;
    ((ObjectNode) status.at(at)).put("status", other.name());
    SocialplanJsonException edited =
        catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(status.toString(), ProgressReport.class));
    assertThat(edited.pointer()).isEqualTo(at);
    assertThat(edited.reason())
        .isEqualTo("GoalProgress refused: status " + other + " disagrees with the " + goal.status()
            + " computed from its goal, date, latest observation and thresholds");

    ObjectNode pace = (ObjectNode) tree(JSON.write(report));
    ((ObjectNode) pace.at(at)).put("requiredPace", "1");
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(pace.toString(), ProgressReport.class)).reason())
        .startsWith("GoalProgress refused: requiredPace 1 disagrees with the ");

    ObjectNode late = (ObjectNode) tree(JSON.write(report));
    ((ObjectNode) late.at(at + "/latest")).put("date", report.asOf().plusDays(1).toString());
    SocialplanJsonException future =
        catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(late.toString(), ProgressReport.class));
    assertThat(future.pointer()).isEqualTo(at);
    assertThat(future.reason()).startsWith("GoalProgress refused: latest must not be dated after");

    ObjectNode otherDay = (ObjectNode) tree(JSON.write(report));
    ((ObjectNode) otherDay.at(at)).put("asOf", report.asOf().minusDays(1).toString());
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(otherDay.toString(), ProgressReport.class)).reason())
        .startsWith("GoalProgress refused: ");

    // Without thresholds the standard ones apply: the article's progress was judged by them.
    ObjectNode standard = (ObjectNode) tree(JSON.write(goal));
    standard.remove("thresholds");
    assertThat(JSON.read(standard.toString(), GoalProgress.class)).isEqualTo(goal);
  }

  @Test
  void aBestTimeResultShowsItsGridBucketsAndExplanation() {
    List<PerformanceRecord> records = ARTICLE.performance();
    Platform platform = records.get(0).platform();
    ZoneId zone = ARTICLE.plan().timeZone().orElseThrow();
    BestTimeResult result = BestTimeToPost.analyse(platform, zone, records);
    String english = JSON.write(result);
    assertValid("best-time-result", english);
    assertValid("best-time-result", CHINESE.write(result));
    JsonNode doc = tree(english);
    assertThat(doc.get("platform").asString()).isEqualTo(platform.id());
    assertThat(doc.get("zone").asString()).isEqualTo(zone.getId());
    double[] weights = result.grid().toArray();
    assertThat(doc.at("/grid/weights").size()).isEqualTo(168);
    for (int i = 0; i < 168; i++) {
      assertThat(doc.at("/grid/weights").get(i).asDouble()).isEqualTo(weights[i]);
    }
    assertThat(doc.get("buckets").size()).isEqualTo(result.buckets().size());
    assertThat(doc.get("ranked").size()).isEqualTo(result.ranked().size());
    if (!result.ranked().isEmpty()) {
      BucketEstimate best = result.ranked().get(0);
      JsonNode node = doc.get("ranked").get(0);
      assertThat(node.at("/timeOfWeek/day").asString()).isEqualTo(best.timeOfWeek().day().name());
      assertThat(node.at("/timeOfWeek/hour").asInt()).isEqualTo(best.timeOfWeek().hour());
      assertThat(node.get("estimate").asDouble()).isEqualTo(best.estimate());
      assertThat(node.get("ranked").asBoolean()).isTrue();
    }
    assertThat(doc.get("postsAnalysed").asInt()).isEqualTo(result.postsAnalysed());
    assertThat(doc.get("explanation").asString()).isEqualTo(result.explanation(Locale.ENGLISH));
    assertThat(tree(CHINESE.write(result)).get("explanation").asString())
        .isEqualTo(result.explanation(Locale.TAIWAN));

    BestTimeResult fallback = BestTimeToPost.analyse(platform, zone, List.of());
    JsonNode none = tree(JSON.write(fallback));
    assertThat(none.get("fallbackReason").asString())
        .isEqualTo(fallback.fallbackReason().orElseThrow().name());
    assertThat(none.get("ranked").size()).isZero();
    assertThat(none.has("medianRate")).isFalse();
    assertValid("best-time-result", JSON.write(fallback));

    // Read back equal from either language, through the codec and the Jackson module.
    assertThat(JSON.read(english, BestTimeResult.class)).isEqualTo(result);
    assertThat(JSON.read(CHINESE.write(result), BestTimeResult.class)).isEqualTo(result);
    assertThat(JSON.read(JSON.write(fallback), BestTimeResult.class)).isEqualTo(fallback);
    assertThat(RoundTrips.MAPPER.readValue(RoundTrips.MAPPER.writeValueAsString(result),
        BestTimeResult.class)).isEqualTo(result);
  }

  @Test
  void aBestTimeDocumentTheAnalysisCouldNotHaveWrittenIsRefusedAtItsPointer() {
    List<PerformanceRecord> records = ARTICLE.performance();
    BestTimeResult result =
        BestTimeToPost.analyse(records.get(0).platform(), ZoneId.of("Asia/Taipei"), records);
    assertThat(result.buckets()).isNotEmpty();

    ObjectNode count = (ObjectNode) tree(JSON.write(result));
    count.put("postsAnalysed", result.postsAnalysed() + 1);
    SocialplanJsonException posts = catchThrowableOfType(SocialplanJsonException.class,
        () -> JSON.read(count.toString(), BestTimeResult.class));
    assertThat(posts.pointer()).isEmpty();
    assertThat(posts.reason()).startsWith("BestTimeResult refused: buckets must hold the "
        + (result.postsAnalysed() + 1) + " posts analysed: " + result.postsAnalysed());

    ObjectNode weight = (ObjectNode) tree(JSON.write(result));
    ((ObjectNode) weight.at("/buckets/0")).put("shrinkageWeight", 1.5);
    SocialplanJsonException bucket = catchThrowableOfType(SocialplanJsonException.class,
        () -> JSON.read(weight.toString(), BestTimeResult.class));
    assertThat(bucket.pointer()).isEqualTo("/buckets/0");
    assertThat(bucket.reason())
        .isEqualTo("BucketEstimate refused: shrinkageWeight must be between 0 and 1: 1.5");

    ObjectNode order = (ObjectNode) tree(JSON.write(result));
    if (result.ranked().size() > 1) {
      var ranked = (tools.jackson.databind.node.ArrayNode) order.get("ranked");
      JsonNode first = ranked.remove(0);
      ranked.add(first);
      assertThat(catchThrowableOfType(SocialplanJsonException.class,
              () -> JSON.read(order.toString(), BestTimeResult.class)).reason())
          .startsWith("BestTimeResult refused: ranked must be the ranked buckets, best first");
    }
  }

  @Test
  void aPlatformRankingShowsEveryScoreAndKeepsItsRequest() {
    RecommendationRequest request = RecommendationRequest.from(ARTICLE.plan(), ARTICLE.asOf());
    PlatformRanking ranking = PlatformRecommender.standard().recommend(request);
    String english = JSON.write(ranking);
    assertValid("platform-ranking", english);
    assertValid("platform-ranking", CHINESE.write(ranking));
    JsonNode doc = tree(english);
    assertThat(RoundTrips.MAPPER.readValue(doc.get("request").toString(), RecommendationRequest.class))
        .isEqualTo(request);
    assertThat(doc.get("scores").size()).isEqualTo(ranking.scores().size());
    JsonNode zh = tree(CHINESE.write(ranking));
    for (int i = 0; i < ranking.scores().size(); i++) {
      PlatformScore score = ranking.scores().get(i);
      JsonNode node = doc.get("scores").get(i);
      assertThat(node.get("platform").asString()).isEqualTo(score.platform().id());
      assertThat(node.get("rank").asInt()).isEqualTo(score.rank());
      assertThat(node.get("score").asDouble()).isEqualTo(score.score());
      assertThat(node.get("verdict").asString()).isEqualTo(score.verdict().name());
      assertThat(node.get("recommended").asBoolean()).isEqualTo(score.isRecommended());
      assertThat(node.at("/reachEstimate/personas").size())
          .isEqualTo(score.reachEstimate().personas().size());
      assertThat(node.get("explanation").asString()).isEqualTo(score.explain(Locale.ENGLISH));
      assertThat(zh.get("scores").get(i).get("explanation").asString())
          .isEqualTo(score.explain(Locale.TAIWAN));
      // A score's reach estimate, persona by persona, reads back on its own.
      assertThat(JSON.read("{\"socialplan\":\"1\"," + node.get("reachEstimate").toString()
              .substring(1), AudienceReachEstimate.class))
          .isEqualTo(score.reachEstimate());
      assertThat(RoundTrips.MAPPER.readValue(node.get("reachEstimate").toString(),
              AudienceReachEstimate.class))
          .isEqualTo(score.reachEstimate());
    }
    assertThat(JSON.read(english, PlatformRanking.class)).isEqualTo(ranking);
    assertThat(JSON.read(CHINESE.write(ranking), PlatformRanking.class)).isEqualTo(ranking);
    assertThat(RoundTrips.MAPPER.readValue(RoundTrips.MAPPER.writeValueAsString(ranking),
        PlatformRanking.class)).isEqualTo(ranking);
    // A score whose verdict was edited, or scores out of order, are refused at their pointers.
    ObjectNode verdict = (ObjectNode) tree(english);
    PlatformScore last = ranking.scores().get(ranking.scores().size() - 1);
    PlatformVerdict other = last.verdict() == PlatformVerdict.RECOMMENDED
        ? PlatformVerdict.LOW_REACH : PlatformVerdict.RECOMMENDED;
    String at = "/scores/" + (ranking.scores().size() - 1);
    ((ObjectNode) verdict.at(at)).put("verdict", other.name());
    SocialplanJsonException editedVerdict = catchThrowableOfType(SocialplanJsonException.class,
        () -> JSON.read(verdict.toString(), PlatformRanking.class));
    assertThat(editedVerdict.pointer()).isEqualTo(at);
    assertThat(editedVerdict.reason()).isEqualTo("PlatformScore refused: verdict " + other
        + " disagrees with the " + last.verdict() + " computed from its reach estimate,"
        + " priorities, matched strengths, settings and best score");
    ObjectNode order = (ObjectNode) tree(english);
    var list = (tools.jackson.databind.node.ArrayNode) order.get("scores");
    list.add(list.remove(0));
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(order.toString(), PlatformRanking.class)).reason())
        .isEqualTo("PlatformRanking refused: scores[0].rank must be 1: 2");
    // A persona's reach whose assumptions contradict its ages is refused at its pointer.
    JsonNode first = doc.at("/scores/0/reachEstimate");
    if (first.has("personas") && first.get("personas").size() > 0) {
      ObjectNode edited = (ObjectNode) first.deepCopy();
      ObjectNode persona = (ObjectNode) edited.at("/personas/0");
      persona.remove("ages");
      persona.putArray("assumptions");
      SocialplanJsonException refused = catchThrowableOfType(SocialplanJsonException.class,
          () -> RoundTrips.MAPPER.readValue(edited.toString(), AudienceReachEstimate.class));
      assertThat(refused.pointer()).isEqualTo("/personas/0");
      assertThat(refused.reason()).isEqualTo("PersonaReach refused: assumptions must hold"
          + " AGE_UNKNOWN exactly when ages are absent: []");
    }
  }

  @Test
  void aBreakdownShowsEachGroupsKeyAndSummaryAndReadsBackEqual() {
    List<PerformanceRecord> records = ARTICLE.performance();
    Grouping grouping =
        Grouping.by(ZoneId.of("Asia/Taipei"), Dimension.PLATFORM, Dimension.FORMAT, Dimension.MONTH);
    PerformanceBreakdown breakdown = PerformanceBreakdown.of(grouping, records);
    String text = JSON.write(breakdown);
    assertValid("performance-breakdown", text);
    JsonNode doc = tree(text);
    assertThat(RoundTrips.MAPPER.readValue(doc.get("grouping").toString(), Grouping.class))
        .isEqualTo(grouping);
    assertThat(doc.get("groups").size()).isEqualTo(breakdown.size()).isPositive();
    int i = 0;
    for (var entry : breakdown.groups().entrySet()) {
      JsonNode group = doc.get("groups").get(i++);
      assertThat(RoundTrips.MAPPER.readValue(group.get("key").toString(), GroupKey.class))
          .isEqualTo(entry.getKey());
      assertThat(
              RoundTrips.MAPPER.readValue(group.get("summary").toString(), PerformanceSummary.class))
          .isEqualTo(entry.getValue());
    }
    PerformanceSummary total = JSON.read(
        "{\"socialplan\":\"1\"," + doc.get("total").toString().substring(1),
        PerformanceSummary.class);
    assertThat(total).isEqualTo(breakdown.total()).isEqualTo(PerformanceSummary.of(records));
    assertValid("performance-summary", JSON.write(total));
    assertThat(JSON.read(text, PerformanceBreakdown.class)).isEqualTo(breakdown);
    assertThat(CHINESE.read(CHINESE.write(breakdown), PerformanceBreakdown.class))
        .isEqualTo(breakdown);
    String mapped = RoundTrips.MAPPER.writeValueAsString(breakdown);
    assertThat(RoundTrips.MAPPER.readValue(mapped, PerformanceBreakdown.class))
        .isEqualTo(breakdown);
    // The groups in another order read back the same breakdown, in key order.
    ObjectNode reversed = (ObjectNode) tree(text);
    var groups = reversed.putArray("groups");
    for (int g = doc.get("groups").size() - 1; g >= 0; g--) {
      groups.add(doc.get("groups").get(g));
    }
    assertThat(JSON.read(reversed.toString(), PerformanceBreakdown.class)).isEqualTo(breakdown);
    assertThat(JSON.write(JSON.read(reversed.toString(), PerformanceBreakdown.class)))
        .isEqualTo(text);
  }

  @Test
  void aBreakdownTheGroupingCouldNotHaveMadeIsRefusedWithTheReason() {
    PerformanceBreakdown breakdown =
        PerformanceBreakdown.of(
            Grouping.by(ZoneId.of("Asia/Taipei"), Dimension.PLATFORM, Dimension.MONTH),
            ARTICLE.performance());
    String text = JSON.write(breakdown);
    GroupKey first = breakdown.groups().firstKey();

    // A key without the month the grouping uses.
    ObjectNode monthless = (ObjectNode) tree(text);
    ((ObjectNode) monthless.at("/groups/0/key")).remove("month");
    SocialplanJsonException misfit =
        catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(monthless.toString(), PerformanceBreakdown.class));
    assertThat(misfit.pointer()).isEmpty();
    assertThat(misfit.reason())
        .isEqualTo("PerformanceBreakdown refused: groups' key "
            + GroupKey.empty().withPlatform(first.platform().orElseThrow())
            + " must be a key of " + breakdown.grouping());
    if (first.platform().orElseThrow().equals(Platform.FACEBOOK)) {
      // The message docs/json.md shows.
      assertThat(misfit.reason())
          .isEqualTo("PerformanceBreakdown refused: groups' key [Facebook] must be a key of"
              + " Grouping[PLATFORM, MONTH] in Asia/Taipei");
    }
    // A key with a part the grouping does not use.
    ObjectNode formatted = (ObjectNode) tree(text);
    ((ObjectNode) formatted.at("/groups/0/key")).put("format", "VIDEO");
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> RoundTrips.MAPPER.readValue(formatted.toString(), PerformanceBreakdown.class))
        .reason())
        .startsWith("PerformanceBreakdown refused: groups' key ")
        .endsWith(" must be a key of " + breakdown.grouping());

    // A summary with a negative count is refused where it stands.
    ObjectNode negative = (ObjectNode) tree(text);
    ((ObjectNode) negative.at("/groups/0/summary")).put("count", -1);
    SocialplanJsonException count =
        catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(negative.toString(), PerformanceBreakdown.class));
    assertThat(count.pointer()).isEqualTo("/groups/0/summary");
    assertThat(count.reason()).isEqualTo("PerformanceSummary refused: count must not be negative: -1");

    // The same key twice, and a total that is not the groups' total.
    ObjectNode twice = (ObjectNode) tree(text);
    ((tools.jackson.databind.node.ArrayNode) twice.get("groups"))
        .add(tree(text).at("/groups/0"));
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(twice.toString(), PerformanceBreakdown.class)).reason())
        .isEqualTo("PerformanceBreakdown refused: groups/" + breakdown.size() + "/key " + first
            + " is the key of an earlier group");
    ObjectNode total = (ObjectNode) tree(text);
    total.set("total", tree(text).at("/groups/0/summary"));
    if (breakdown.size() > 1) {
      assertThat(catchThrowableOfType(SocialplanJsonException.class,
              () -> JSON.read(total.toString(), PerformanceBreakdown.class)).reason())
          .startsWith("PerformanceBreakdown refused: total PerformanceSummary{")
          .endsWith(" computed from its groups");
    }
  }

  private static Verdict winner() {
    Variant control = new Variant("A", 10_000, 310);
    Variant treatment = new Variant("B", 10_000, 402);
    return Verdict.of(TwoVariantAnalysis.of(control, treatment), ExperimentDesign.of(0.03, 0.01));
  }

  @Test
  void aVerdictShowsItsReasonInTheCallersLocaleAndReadsBackEqual() {
    Verdict verdict = winner();
    String english = JSON.write(verdict);
    assertValid("verdict", english);
    assertValid("verdict", CHINESE.write(verdict));
    JsonNode doc = tree(english);
    assertThat(doc.get("kind").asString()).isEqualTo(verdict.kind().name());
    assertThat(doc.has("winner")).isEqualTo(verdict.winner().isPresent());
    verdict.winner().ifPresent(w -> assertThat(doc.get("winner").asString()).isEqualTo(w));
    assertThat(doc.get("requiredSampleSizePerVariant").asLong())
        .isEqualTo(verdict.requiredSampleSizePerVariant());
    assertThat(doc.get("reason").asString()).isEqualTo(verdict.reason(Locale.ENGLISH));
    assertThat(tree(CHINESE.write(verdict)).get("reason").asString())
        .isEqualTo(verdict.reason(Locale.TAIWAN))
        .isNotEqualTo(verdict.reason(Locale.ENGLISH));
    assertThat(doc.has("twoVariantAnalysis")).isTrue();
    assertThat(doc.has("multiVariantAnalysis")).isFalse();
    assertThat(RoundTrips.MAPPER.readValue(doc.get("design").toString(), ExperimentDesign.class))
        .isEqualTo(verdict.design());
    Verdict back = JSON.read(english, Verdict.class);
    assertThat(back).isEqualTo(verdict);
    assertThat(back.reason(Locale.TAIWAN)).isEqualTo(verdict.reason(Locale.TAIWAN));
    // A document written in Chinese reads back the same verdict, which writes out in English.
    assertThat(JSON.read(CHINESE.write(verdict), Verdict.class).reason(Locale.ENGLISH))
        .isEqualTo(verdict.reason(Locale.ENGLISH));
    assertThat(RoundTrips.MAPPER.readValue(
            RoundTrips.MAPPER.writeValueAsString(verdict), Verdict.class))
        .isEqualTo(verdict);
    Verdict many =
        Verdict.of(
            MultiVariantAnalysis.of(new Variant("A", 10_000, 310), new Variant("B", 10_000, 402),
                new Variant("C", 10_000, 330)),
            ExperimentDesign.of(0.03, 0.006));
    String multi = JSON.write(many);
    assertValid("verdict", multi);
    assertThat(tree(multi).has("multiVariantAnalysis")).isTrue();
    assertThat(JSON.read(multi, Verdict.class)).isEqualTo(many);
  }

  @Test
  void aVerdictWhoseFiguresOrAnalysisWereEditedIsRefusedAtItsPointer() {
    Verdict verdict = winner();
    String text = JSON.write(verdict);

    ObjectNode kind = (ObjectNode) tree(text);
    kind.put("kind", "PROBABLY_B");
    SocialplanJsonException unknown =
        catchThrowableOfType(SocialplanJsonException.class, () -> JSON.read(kind.toString(), Verdict.class));
    assertThat(unknown.pointer()).isEqualTo("/kind");
    assertThat(unknown.value()).contains("\"PROBABLY_B\"");
    assertThat(unknown.reason()).startsWith("unknown VerdictKind constant; expected one of ");

    ObjectNode p = (ObjectNode) tree(text);
    p.put("pValue", 2);
    SocialplanJsonException pValue =
        catchThrowableOfType(SocialplanJsonException.class, () -> JSON.read(p.toString(), Verdict.class));
    assertThat(pValue.pointer()).isEmpty();
    assertThat(pValue.reason())
        .isEqualTo("Verdict refused: pValue 2.0 disagrees with the "
            + verdict.pValue().getAsDouble() + " computed from its analysis and design")
        .isEqualTo("Verdict refused: pValue 2.0 disagrees with the 4.465819062304973E-4 computed"
            + " from its analysis and design");

    ObjectNode other = (ObjectNode) tree(text);
    other.put("kind", "NO_DIFFERENCE_DETECTED");
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(other.toString(), Verdict.class)).reason())
        .isEqualTo("Verdict refused: kind NO_DIFFERENCE_DETECTED disagrees with the"
            + " SIGNIFICANT_WINNER computed from its analysis and design");

    ObjectNode fewer = (ObjectNode) tree(text);
    ((ObjectNode) fewer.at("/twoVariantAnalysis/treatment")).put("successes", 310);
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(fewer.toString(), Verdict.class)).reason())
        .startsWith("Verdict refused: kind SIGNIFICANT_WINNER disagrees with the ");

    ObjectNode neither = (ObjectNode) tree(text);
    neither.remove("twoVariantAnalysis");
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(neither.toString(), Verdict.class)).reason())
        .isEqualTo("Verdict refused: a verdict must carry exactly one of twoVariantAnalysis and"
            + " multiVariantAnalysis, the analysis it was decided from: neither given");
    ObjectNode both = (ObjectNode) tree(text);
    both.set("multiVariantAnalysis", tree(JSON.write(MultiVariantAnalysis.of(
        new Variant("A", 10, 1), new Variant("B", 10, 2)))).deepCopy());
    ((ObjectNode) both.get("multiVariantAnalysis")).remove("socialplan");
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(both.toString(), Verdict.class)).reason())
        .endsWith("both given");

    ObjectNode designless = (ObjectNode) tree(text);
    designless.remove("design");
    assertThat(catchThrowableOfType(SocialplanJsonException.class,
            () -> JSON.read(designless.toString(), Verdict.class)).reason())
        .contains("design");

    // Inside a container, the verdict is refused at its own pointer.
    Throwable wrapped =
        org.junit.jupiter.api.Assertions.assertThrows(
            tools.jackson.databind.DatabindException.class,
            () -> RoundTrips.MAPPER.readValue("[" + p.toString() + "]", Verdict[].class));
    assertThat(wrapped.getCause()).isInstanceOf(SocialplanJsonException.class);
    assertThat(((SocialplanJsonException) wrapped.getCause()).pointer()).isEqualTo("/0");
  }

  @Test
  void everyComputedResultReadsBack() {
    for (Class<?> type :
        List.of(
            PerformanceSummary.class,
            GroupKey.class,
            Grouping.class,
            PerformanceBreakdown.class,
            RecommendationRequest.class,
            TwoVariantAnalysis.class,
            MultiVariantAnalysis.class,
            Verdict.class,
            GoalProgress.class,
            ProgressReport.class,
            BestTimeResult.class,
            BucketEstimate.class,
            AudienceReachEstimate.class,
            PersonaReach.class,
            PlatformRanking.class,
            PlatformScore.class)) {
      assertThat(JSON.supports(type)).as(type.getName()).isTrue();
      assertThat(JSON.canRead(type)).as(type.getName()).isTrue();
    }
    assertThat(JSON.canRead(String.class)).isFalse();
    assertThat(JSON.supports(String.class)).isFalse();
  }
}
