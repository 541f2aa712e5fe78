package dev.socialplan.examples;

import java.nio.charset.StandardCharsets;

import dev.socialplan.json.SocialplanJson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Verdict;
import dev.socialplan.analytics.experiment.VerdictKind;
import dev.socialplan.analytics.progress.GoalProgress;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.analytics.timing.BestTimeResult;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.recommendation.PlatformRanking;
import dev.socialplan.platform.recommendation.PlatformRecommender;
import dev.socialplan.platform.recommendation.PlatformScore;
import dev.socialplan.platform.recommendation.ProductTrait;
import dev.socialplan.platform.recommendation.RecommendationRequest;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.ValidationReport;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the flagship example into a string and checks that every section is there and says what the
 * library computes from the same inputs, independently of the example's printing code.
 */
class ArticleStrategyReportTest {
  private static final String[] SECTIONS = {
    "1. The plan at a glance",
    "2. Validation: what the plan still needs",
    "3. 驗證報告：計畫還缺什麼（繁體中文）",
    "4. Platform recommendation",
    "5. Content calendar: the first four weeks",
    "6. What the data says: 500 real Facebook posts",
    "7. Goal progress and forecasts",
    "8. A/B test: the Stories call to action",
    "9. JSON: the plan in, the report out",
  };

  private static String report;
  private static StrategyPlan plan;
  private static ValidationReport validation;

  @BeforeAll
  static void runTheExample() {
    StringBuilder out = new StringBuilder();
    ArticleStrategyReport.write(out);
    report = out.toString();
    plan = ArticleScenario.plan();
    Clock planningDay =
        Clock.fixed(
            ArticleScenario.PLANNING_DATE.atStartOfDay(ArticleScenario.TAIPEI).toInstant(),
            ArticleScenario.TAIPEI);
    validation = PlanRules.standard().validate(plan, planningDay);
  }

  // --- the whole report ---------------------------------------------------------------------------

  @Test
  void everySectionIsPresentOnceAndInOrder() {
    int previous = -1;
    for (String heading : SECTIONS) {
      int at = report.indexOf("\n" + heading + "\n");
      assertThat(at).as(heading).isGreaterThan(previous);
      assertThat(report.indexOf("\n" + heading + "\n", at + 1)).as(heading + " twice").isEqualTo(-1);
      previous = at;
    }
  }

  @Test
  void readsLikeAReportNotLikeToStringDumps() {
    assertThat(report)
        .doesNotContain("StrategyPlan{", "Persona{", "Ratio[", "PlatformScore{", "GoalProgress{")
        .doesNotContain("Optional[", "OptionalDouble", "NaN", "Infinity", "null");
    for (String line : report.split("\n")) {
      assertThat(Text.width(line)).as(line).isLessThanOrEqualTo(ReportWriter.WIDTH);
      assertThat(line).as("trailing spaces").isEqualTo(line.stripTrailing());
    }
  }

  // --- 1. the plan ------------------------------------------------------------------------------

  @Test
  void theOverviewShowsTheArticlesScenario() {
    String s = section(1);
    assertThat(s)
        .contains("Single mothers in their 20s living and working in large cities")
        .contains("Age          20–29", "Gender       women", "single parent, employed")
        .contains("Taipei, New Taipei, Taichung and Kaohsiung (large city, living and working)")
        .contains("TWD 30,000 to TWD 45,000 a month")
        .contains("Instagram +400 followers a month", "+400  awareness")
        .contains("80/20: 80% inform, educate, entertain, 20% promote")
        .contains("TWD 960,000", "reserve (unallocated)   TWD 80,000")
        .contains("(short video, Instagram and TikTok)", "(influencer, Instagram and TikTok)")
        .contains("(live stream, Facebook)", "(user generated content, Instagram)");
    assertThat(compact(s))
        .contains(compact("2 of 2 reposts with the creator's permission"))
        .contains(compact("micro 1K to under 100K"));
    assertThat(row(s, "@busy.mama.tw")).contains("135,000", "mid");
    assertThat(row(s, "@mama.routine")).contains("86,000", "micro");
  }

  // --- 2 and 3. validation ----------------------------------------------------------------------

  @Test
  void findingsAreListedUnderTheirStepsInEnglish() {
    String s = section(2);
    assertThat(validation.isValid()).isTrue();
    assertThat(s).contains("0 errors, 3 warnings, 2 notes");
    assertThat(underStep(s, MethodStep.GOALS, Locale.ENGLISH))
        .contains("GOAL_ACHIEVABILITY_UNKNOWN  @ goals[1].growthReference")
        .contains("GOAL_ACHIEVABILITY_UNKNOWN  @ goals[2].growthReference");
    assertThat(underStep(s, MethodStep.PLATFORMS, Locale.ENGLISH)).contains("PLATFORM_TOO_MANY_FOR_TEAM");
    assertThat(underStep(s, MethodStep.COMPETITORS, Locale.ENGLISH))
        .contains("COMPETITION_NO_SWOT  @ competitors[2].swot");
    assertThat(underStep(s, MethodStep.CONTENT, Locale.ENGLISH))
        .contains("TACTIC_INFLUENCER_TIER_NOT_TARGETED  @ content.tactics[2].influencers[3]");
    for (MethodStep step : List.of(MethodStep.AUDIENCE, MethodStep.BUDGET, MethodStep.SCHEDULING, MethodStep.MEASUREMENT)) {
      assertThat(underStep(s, step, Locale.ENGLISH)).as(step.name()).contains("No findings at this step.");
    }
    // Every finding of the validator, and nothing else, under its own step.
    for (MethodStep step : MethodStep.values()) {
      List<String> codes = codesIn(underStep(s, step, Locale.ENGLISH));
      List<String> expected =
          validation.onlyStep(step).findings().stream().map(f -> f.code().name()).sorted().toList();
      assertThat(codes).as(step.name()).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void whatToDoNextFollowsTheValidatorsOrderWithHints() {
    String s = compact(section(2));
    int previous = -1;
    for (Finding f : validation.whatToDoNext()) {
      int at = s.indexOf(compact(f.message(Locale.ENGLISH)));
      assertThat(at).as(f.code().name()).isGreaterThan(previous);
      previous = at;
      assertThat(s).contains(compact(f.hint(Locale.ENGLISH)));
    }
    // Warnings (step 3, 4, 6) before notes (step 1): severity first, then step.
    String next = section(2).substring(0, section(2).indexOf("Findings by step"));
    assertThat(next.indexOf("[Warning] Step 3 Platforms")).isLessThan(next.indexOf("[Warning] Step 4 Competitors"));
    assertThat(next.indexOf("[Warning] Step 6 Content")).isLessThan(next.indexOf("[Info] Step 1 Goals"));
  }

  @Test
  void theSameReportInTraditionalChinese() {
    String s = section(3);
    assertThat(s).contains("錯誤 0 項、警告 3 項、提示 2 項", "下一步該做什麼", "依方法步驟列出的檢查結果");
    assertThat(underStep(s, MethodStep.COMPETITORS, Locale.TAIWAN)).contains("COMPETITION_NO_SWOT");
    assertThat(underStep(s, MethodStep.GOALS, Locale.TAIWAN)).contains("GOAL_ACHIEVABILITY_UNKNOWN");
    assertThat(underStep(s, MethodStep.BUDGET, Locale.TAIWAN)).contains("這個步驟沒有發現問題。");
    String flat = compact(s);
    for (Finding f : validation.findings()) {
      assertThat(flat).contains(compact(f.message(Locale.TAIWAN)), compact(f.hint(Locale.TAIWAN)));
      assertThat(flat).doesNotContain(compact(f.message(Locale.ENGLISH)));
    }
    // Traditional, not Simplified: 競爭對手 (not 竞争对手), 這個 (not 这个), 驗證 (not 验证).
    assertThat(s).contains("競爭對手", "這個", "驗證").doesNotContain("竞争对手", "这个", "验证");
    assertThat(s).doesNotContain("No findings", "What to do next", "Warning");
  }

  // --- 4. platforms -----------------------------------------------------------------------------

  @Test
  void theRecommendationRanksAsTheDataSay() {
    PlatformRanking ranking =
        PlatformRecommender.standard()
            .recommend(
                RecommendationRequest.from(plan, ArticleScenario.PLANNING_DATE)
                    .withProductTraits(ProductTrait.VISUAL, ProductTrait.SOLD_ONLINE));
    String s = section(4);
    List<String> printed = tableColumn(s, "Rank", 1);
    assertThat(printed)
        .containsExactlyElementsOf(
            ranking.scores().stream().map(p -> p.platform().displayName()).toList());
    // The strategy guide's rules, out of the data: a visual product for a Gen Z audience.
    assertThat(printed.get(0)).isEqualTo("Instagram");
    assertThat(ranking.rank(Platform.TIKTOK).getAsInt()).isLessThan(ranking.rank(Platform.X).getAsInt());
    for (Platform chosen : plan.chosenPlatforms()) {
      assertThat(row(s, "  " + ranking.rank(chosen).getAsInt() + "  " + chosen.displayName()))
          .contains("recommended", "chosen");
    }
    assertThat(row(s, "Snapchat  ")).contains("far below best").doesNotContain("chosen");
    String flat = compact(s);
    for (PlatformScore score : ranking.recommended()) {
      assertThat(flat).contains(compact(score.explain(Locale.ENGLISH)));
    }
    assertThat(s).contains("Also recommended but not chosen: YouTube (rank 4)");
  }

  // --- 5. calendar ------------------------------------------------------------------------------

  @Test
  void fourWeeksOfPostsWithoutAHardConstraintFinding() {
    String s = section(5);
    SchedulingRequest request = ContentBacklog.request(CalendarSection.defaultTimes());
    SchedulingResult result = CalendarSection.schedule(request);
    ValidationReport findings = CalendarSection.check(request, result);

    assertThat(result.isComplete()).isTrue();
    // The four weeks: the live stream, the placed drafts and one recycled evergreen post; the
    // evergreen post's first publication lies before them.
    ContentCalendar fourWeeks = result.calendar().between(ContentBacklog.start(0), ContentBacklog.start(4));
    assertThat(fourWeeks.size()).isEqualTo(77);
    assertThat(result.calendar().size()).isEqualTo(78);
    assertThat(result.recycled()).singleElement().satisfies(p -> {
      assertThat(p.id()).isEqualTo(ContentBacklog.EVERGREEN_ID + "~1");
      assertThat(p.content().text()).isEqualTo(ContentBacklog.evergreen().evergreen().orElseThrow().textVariants().get(0));
      assertThat(p.time()).isAfterOrEqualTo(ContentBacklog.EVERGREEN_PUBLISHED.time().plus(java.time.Duration.ofDays(7)));
      assertThat(s).contains(p.id() + " on ");
    });
    for (String code :
        List.of(
            "CALENDAR_SPACING_VIOLATED",
            "CALENDAR_DAILY_CAP_EXCEEDED",
            "CALENDAR_POST_IN_BLACKOUT",
            "CALENDAR_POST_OUTSIDE_WINDOW",
            "CALENDAR_MIX_OFF_TARGET",
            "CALENDAR_LIVE_NOT_ANNOUNCED",
            "CALENDAR_UGC_WITHOUT_PERMISSION",
            "CALENDAR_CROSS_POSTED_TEXT")) {
      assertThat(findings.hasCode(code)).as(code).isFalse();
      assertThat(s).doesNotContain(code);
    }
    assertThat(findings.errors()).isEmpty();
    assertThat(s).contains("0 errors, 0 warnings, 1 note.", "CALENDAR_TOO_FEW_POSTS");
    assertThat(s).contains("None: every draft found a slot.");

    // Four week tables, each with the posts of its own Monday-to-Sunday week, in time order.
    int total = 0;
    for (int week = 1; week <= 4; week++) {
      Matcher heading =
          Pattern.compile("Week " + week + ": Mon (\\d+) Mar to Sun (\\d+) Mar, (\\d+) posts").matcher(s);
      assertThat(heading.find()).as("week " + week).isTrue();
      int monday = Integer.parseInt(heading.group(1));
      List<String> days = weekTable(s, week).stream().map(r -> r.substring(0, 7).strip()).toList();
      assertThat(days).hasSize(Integer.parseInt(heading.group(3)));
      for (String day : days) {
        int date = Integer.parseInt(day.split(" ")[1]);
        assertThat(date).as(day).isBetween(monday, monday + 6);
      }
      total += days.size();
    }
    assertThat(total).isEqualTo(fourWeeks.size());
    assertThat(row(s, "Fri 20  20:30  Facebook")).contains("live 45 min");
    assertThat(s).contains("[UGC] 一手抱孩子");
    // Every post of the calendar is in the table, at its local time.
    for (ScheduledPost p : fourWeeks) {
      ZonedDateTime t = p.time().atZone(ArticleScenario.TAIPEI);
      assertThat(s)
          .as(p.id())
          .containsPattern(
              Pattern.quote(CalendarSection.DAY.format(t)) + " +" + Pattern.quote(CalendarSection.TIME.format(t))
                  + "  " + Pattern.quote(p.platform().displayName()));
    }
  }

  // --- 6. the data set --------------------------------------------------------------------------

  @Test
  void engagementRateByTypeEqualsTheAnalyticsRealDataFigures() {
    String s = section(6);
    // The figures of analytics' FacebookCosmeticsDataTest, computed there independently in Python:
    // posts, undefined rates, mean of per-post rates, pooled numerator / denominator.
    assertRates(row(s, "  Photo "), 426, 4, 0.1380159566, 644_630, 12_345_180);
    assertRates(row(s, "  Status "), 45, 0, 0.1171223122, 137_516, 1_091_001);
    assertRates(row(s, "  Link "), 22, 0, 0.0316863216, 10_189, 631_960);
    assertRates(row(s, "  Video "), 7, 0, 0.0508091896, 20_272, 718_357);
    assertRates(row(s, "  organic "), 360, 4, 0.1332346568, 532_569, 9_585_757);
    assertRates(row(s, "  paid "), 139, 0, 0.1224190762, 279_176, 5_193_449);
    assertThat(row(s, "  organic ")).contains("9,592,233");
    assertThat(row(s, "  paid ")).contains("5,193,449");
    assertThat(compact(s))
        .contains(compact("mean of the posts' own rates"))
        .contains(compact("pooled rate (all engagements ÷ all impressions"))
        .contains(compact("Moro, P. Rita, B. Vala"), compact("CC BY 4.0"))
        .contains(compact("likes are missing for 1 post, shares for 4, the paid flag for 1"));
  }

  @Test
  void theTableByPillarEqualsSumsTakenFromTheFileText() throws java.io.IOException {
    String s = section(6);
    // Independent: split the data set's lines by hand; Category 1, 2, 3 are action, product,
    // inspiration; columns 8 and 10 are reach and engaged users.
    java.util.Map<String, long[]> sums = new java.util.TreeMap<>();
    try (java.io.InputStream in =
        ArticleStrategyReportTest.class.getResourceAsStream(PostHistorySection.RESOURCE)) {
      String[] lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
          .split("\r?\n");
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split(";", -1);
        String pillar = List.of("action", "product", "inspiration").get(Integer.parseInt(f[2]) - 1);
        long[] p = sums.computeIfAbsent(pillar, k -> new long[3]);
        p[0]++;
        p[1] += Long.parseLong(f[7]);
        p[2] += Long.parseLong(f[9]);
      }
    }
    assertThat(sums).hasSize(3);
    sums.forEach((pillar, p) -> {
      List<String> cells = Arrays.asList(row(s, "  " + pillar + " ").strip().split(" {2,}"));
      assertThat(cells.get(0)).isEqualTo(pillar);
      assertThat(cells.get(1)).isEqualTo(Figures.count(p[0]));
      assertThat(cells.get(2)).isEqualTo(Figures.count(p[1]));
      assertThat(cells.get(3)).isEqualTo(Figures.count(p[2]));
      assertThat(cells.get(4))
          .isEqualTo(String.format(Locale.ROOT, "%.2f%%", 100.0 * p[2] / p[1]));
    });
    assertThat(compact(s)).contains(compact("ExportPreset.uciFacebookMetrics()"));
  }

  @Test
  void theBestTimeTableHasSevenWeekdayRowsOfTwentyFourHours() {
    String s = section(6);
    List<PerformanceRecord> records = PostHistorySection.load();
    BestTimeResult best = PostHistorySection.bestTimes(records);
    List<String> lines = Arrays.asList(s.split("\n"));
    List<String> rows = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      String label = Figures.day(day);
      List<String> matching = lines.stream().filter(l -> l.startsWith(label + " ")).toList();
      assertThat(matching).as(label).hasSize(1);
      rows.add(matching.get(0));
    }
    assertThat(rows).hasSize(7);
    for (int d = 0; d < 7; d++) {
      String[] cells = rows.get(d).substring(3).trim().split(" +");
      assertThat(cells).hasSize(24);
      for (int h = 0; h < 24; h++) {
        TimeOfWeek t = TimeOfWeek.of(DayOfWeek.of(d + 1), h);
        boolean hasPosts = best.buckets().stream().anyMatch(b -> b.timeOfWeek().equals(t));
        assertThat(cells[h])
            .as(t.toString())
            .isEqualTo(hasPosts ? String.format(Locale.ROOT, "%.1f", best.grid().weight(t)) : "·");
      }
    }
    // Analytics' real-data test: Monday 9:00 is best (4 posts, estimate 2.86), then Thursday 11:00.
    assertThat(row(s, "     1  Mon 09:00")).contains("4", "4.33", "2.86", "2.01 to 3.71");
    assertThat(row(s, "     2  Thu 11:00")).contains("8", "2.94", "2.40");
    assertThat(s).contains("496 Facebook posts with an engagement rate");
  }

  @Test
  void theLearnedTimesMoveFacebookPostsToBetterHours() {
    String s = section(6);
    // Thursday 11:00 is the data's second-best hour and one of Facebook's slots: Thursday posts go there.
    assertThat(row(s, "w1-4-facebook")).contains("Thu 5 09:00", "Thu 5 11:00", "1.01 → 2.40");
    // Monday 9:00, the best hour, was already taken: Monday posts do not move.
    assertThat(s).doesNotContain("w1-1-facebook");
    Matcher moved = Pattern.compile("(\\d+) of (\\d+) Facebook posts moved").matcher(s);
    assertThat(moved.find()).isTrue();
    assertThat(Integer.parseInt(moved.group(1))).isPositive().isLessThan(Integer.parseInt(moved.group(2)));
    assertThat(moved.group(2)).isEqualTo("27");
    assertThat(compact(s)).contains(compact("0 errors, 0 warnings, 1 note; 0 drafts left unplaced."));
    Matcher index = Pattern.compile("went from (\\d\\.\\d\\d) to (\\d\\.\\d\\d)").matcher(s);
    assertThat(index.find()).isTrue();
    assertThat(Double.parseDouble(index.group(2))).isGreaterThan(Double.parseDouble(index.group(1)));
  }

  // --- 7 and 8. progress and the A/B test -------------------------------------------------------

  @Test
  void everyGoalHasItsProgressStatusAndForecasts() {
    String s = section(7);
    String standing = s.substring(0, s.indexOf("Pace so far"));
    ProgressReport progress = ProgressReport.of(plan, GoalProgressSection.sampleSeries(), GoalProgressSection.AS_OF);
    assertThat(progress.goals()).hasSize(plan.goals().size());
    for (GoalProgress g : progress.goals()) {
      assertThat(row(standing, "  " + g.goal().name() + " ")).endsWith(g.status().label(Locale.ENGLISH));
      assertThat(compact(s)).contains(compact(g.explanation(Locale.ENGLISH)));
      assertThat(g.linearProjection()).isPresent();
      assertThat(g.compoundProjection()).isPresent();
    }
    assertThat(s).contains("5 goals on 2026-06-01: 2 off track, 3 on track.");
    assertThat(row(standing, "  Instagram +400 followers a month  "))
        .contains("8,600", "9,850", "11,000", "52%", "on track");
    assertThat(s).contains("Needs attention first: Instagram engagement rate 4.5% (off track)");
  }

  @Test
  void theAbTestNamesItsWinner() {
    String s = section(8);
    Verdict verdict =
        Verdict.of(TwoVariantAnalysis.of(AbTestSection.SHOP_NOW, AbTestSection.FIVE_MINUTES), AbTestSection.DESIGN);
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SIGNIFICANT_WINNER);
    assertThat(verdict.winner()).contains(AbTestSection.FIVE_MINUTES.name());
    assertThat(s).contains("Verdict: " + AbTestSection.FIVE_MINUTES.name() + " wins");
    assertThat(compact(s)).contains(compact(verdict.reason(Locale.ENGLISH)));
    assertThat(row(s, "  A \"Shop the routine\"")).contains("7,200", "288", "4.00%");
    assertThat(row(s, "  B \"Five minutes for you\"")).contains("7,050", "366", "5.19%");
  }

  // --- reading the report -----------------------------------------------------------------------

  /** The text of section {@code n} (1-based), from its heading to the next section. */
  @Test
  void jsonSectionSendsThePlanAndShowsTheReportAsAFrontEndReceivesIt() {
    String s = section(9);
    SocialplanJson json = SocialplanJson.standard();
    String planJson = json.write(plan);
    assertThat(json.readPlan(planJson)).isEqualTo(plan);
    assertThat(s)
        .contains(String.format(Locale.ROOT, "%,d", planJson.getBytes(StandardCharsets.UTF_8).length)
            + " bytes (UTF-8), read back equal to the plan.");
    Finding first = validation.findings().get(0);
    assertThat(s)
        .contains("\"socialplan\" : \"1\"")
        .contains("\"code\" : \"" + first.code().name() + "\"")
        .contains("\"message\" : \"" + first.message(Locale.TAIWAN).substring(0, 12))
        .contains("more lines)");
    assertThat(json.readValidationReport(json.withLocale(Locale.TAIWAN).write(validation)))
        .isEqualTo(validation);
  }

  private static String section(int n) {
    int start = report.indexOf("\n" + SECTIONS[n - 1] + "\n");
    int end = n < SECTIONS.length ? report.indexOf("\n" + SECTIONS[n] + "\n") : report.length();
    assertThat(start).as(SECTIONS[n - 1]).isNotNegative();
    return report.substring(start + 1, end);
  }

  /** The block of a step in the "by step" part of a validation section, up to the next step. */
  private static String underStep(String section, MethodStep step, Locale locale) {
    String byStep = section.substring(section.lastIndexOf("\n" + ValidationSection.step(MethodStep.GOALS, locale) + "  ("));
    String heading = "\n" + ValidationSection.step(step, locale) + "  (";
    int start = byStep.indexOf(heading);
    assertThat(start).as(step.name()).isNotNegative();
    int end = byStep.length();
    if (step.ordinal() + 1 < MethodStep.values().length) {
      end = byStep.indexOf("\n" + ValidationSection.step(MethodStep.values()[step.ordinal() + 1], locale) + "  (");
    }
    return byStep.substring(start, end);
  }

  private static List<String> codesIn(String block) {
    Matcher m = Pattern.compile("\\b([A-Z]+(?:_[A-Z0-9]+)+)  @ ").matcher(block);
    List<String> codes = new ArrayList<>();
    while (m.find()) {
      codes.add(m.group(1));
    }
    return codes;
  }

  /** The only line of a text that contains {@code marker}. */
  private static String row(String text, String marker) {
    List<String> lines = Arrays.stream(text.split("\n")).filter(l -> l.contains(marker)).toList();
    assertThat(lines).as(marker).hasSize(1);
    return lines.get(0);
  }

  /** A column of the table whose header line contains {@code header}. */
  private static List<String> tableColumn(String text, String header, int column) {
    List<String> lines = Arrays.asList(text.split("\n"));
    int at = 0;
    while (!lines.get(at).contains(header)) {
      at++;
    }
    List<String> values = new ArrayList<>();
    for (int i = at + 2; i < lines.size() && !lines.get(i).isBlank(); i++) {
      values.add(lines.get(i).strip().split(" {2,}")[column]);
    }
    return values;
  }

  /** The rows of a week's table. */
  private static List<String> weekTable(String section, int week) {
    List<String> lines = Arrays.asList(section.split("\n"));
    int at = 0;
    while (!lines.get(at).startsWith("Week " + week + ":")) {
      at++;
    }
    List<String> rows = new ArrayList<>();
    for (int i = at + 4; i < lines.size() && !lines.get(i).isBlank(); i++) {
      rows.add(lines.get(i).substring(2));
    }
    return rows;
  }

  /** Without any white space: wrapping moves line breaks, not words. */
  private static String compact(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static void assertRates(
      String row, int posts, int undefined, double mean, long pooledNumerator, long pooledDenominator) {
    List<String> cells = Arrays.asList(row.strip().split(" {2,}"));
    assertThat(cells.get(1)).isEqualTo(Figures.count(posts));
    assertThat(cells.get(2)).isEqualTo(String.valueOf(undefined));
    assertThat(cells.get(4)).isEqualTo(String.format(Locale.ROOT, "%.2f%%", mean * 100));
    assertThat(cells.get(5))
        .isEqualTo(String.format(Locale.ROOT, "%.2f%%", 100.0 * pooledNumerator / pooledDenominator));
  }
}
