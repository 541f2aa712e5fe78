package dev.socialplan.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.experiment.ExperimentDesign;
import dev.socialplan.analytics.experiment.MultiVariantAnalysis;
import dev.socialplan.analytics.experiment.TwoVariantAnalysis;
import dev.socialplan.analytics.experiment.Variant;
import dev.socialplan.analytics.experiment.Verdict;
import dev.socialplan.analytics.progress.ProgressReport;
import dev.socialplan.budget.Allocation;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.PostFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import dev.socialplan.calendar.ContentCalendar;
import java.util.ArrayList;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.schedule.SlotBinding;
import dev.socialplan.calendar.schedule.WeeklySlot;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Evergreen;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import java.time.DayOfWeek;
import org.threeten.extra.Interval;
import dev.socialplan.budget.Budget;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.time.ZoneId;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;
import dev.socialplan.testkit.samples.SamplePlans;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;

/**
 * The golden documents in {@code src/test/resources/dev/socialplan/json/golden}: the format's
 * compatibility promise. Each must keep reading to the value it was written from, and writing that
 * value again must give the same bytes. When a golden file differs, the test leaves what this
 * build writes in {@code target/golden-actual} to compare; a golden file is changed only with a
 * new format version.
 */
class GoldenDocumentsTest {

  static final SocialplanJson PRETTY = SocialplanJson.standard().withPrettyPrinting(true);
  static final SocialplanJson COMPACT = SocialplanJson.standard();

  static String golden(String name) {
    try (InputStream in =
        GoldenDocumentsTest.class.getResourceAsStream("golden/" + name)) {
      if (in == null) {
        return "";
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static void assertGolden(String name, String written) {
    String expected = golden(name);
    if (!expected.equals(written)) {
      try {
        Path actual = Paths.get("target", "golden-actual", name);
        Files.createDirectories(actual.getParent());
        Files.writeString(actual, written, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    assertThat(written).as("golden/" + name).isEqualTo(expected);
  }

  @Test
  void theArticlesPlanKeepsReading() {
    StrategyPlan plan = SamplePlans.article().plan();
    assertGolden("article-plan.json", PRETTY.write(plan) + "\n");
    assertThat(COMPACT.readPlan(golden("article-plan.json"))).isEqualTo(plan);
  }

  /**
   * The article's goals assessed on its date, with explanations in English: the figures are
   * computed again when read and must agree with the ones written.
   */
  @Test
  void theArticlesProgressReportKeepsReading() {
    ProgressReport report = SamplePlans.article().progressReport();
    assertGolden("article-progress-report.json", PRETTY.write(report) + "\n");
    assertThat(COMPACT.read(golden("article-progress-report.json"), ProgressReport.class))
        .isEqualTo(report);
  }

  /**
   * The article's performance by platform, format and month in Taipei: the groups are checked
   * against the grouping and the total computed again when read.
   */
  @Test
  void theArticlesBreakdownKeepsReading() {
    PerformanceBreakdown breakdown =
        PerformanceBreakdown.of(
            Grouping.by(ZoneId.of("Asia/Taipei"), Dimension.PLATFORM, Dimension.FORMAT,
                Dimension.MONTH),
            SamplePlans.article().performance());
    assertGolden("article-breakdown.json", PRETTY.write(breakdown) + "\n");
    assertThat(COMPACT.read(golden("article-breakdown.json"), PerformanceBreakdown.class))
        .isEqualTo(breakdown);
  }

  /**
   * Two A/B verdicts, a two-variant winner and a three-variant test without a winner, with their
   * reasons in English: decided again from the analysis and design when read.
   */
  @Test
  void verdictsKeepReading() {
    Verdict winner =
        Verdict.of(
            TwoVariantAnalysis.of(Variant.of("A", 10_000, 310), Variant.of("B", 10_000, 402)),
            ExperimentDesign.of(0.03, 0.01));
    assertGolden("ab-test-verdict.json", PRETTY.write(winner) + "\n");
    assertThat(COMPACT.read(golden("ab-test-verdict.json"), Verdict.class)).isEqualTo(winner);
    Verdict none =
        Verdict.of(
            MultiVariantAnalysis.of(
                Variant.of("A", 20_000, 610), Variant.of("B", 20_000, 640),
                Variant.of("C", 20_000, 600)),
            ExperimentDesign.of(0.03, 0.006));
    assertGolden("abc-test-verdict.json", PRETTY.write(none) + "\n");
    assertThat(COMPACT.read(golden("abc-test-verdict.json"), Verdict.class)).isEqualTo(none);
  }

  /** The small plan docs/json.md shows: a brand, one SMART goal and a budget. */
  static StrategyPlan minimalPlan() {
    return StrategyPlan.builder()
        .brand(Brand.of("Little Lunchbox", "meal kits", BusinessModel.B2C))
        .addGoal(
            Goal.builder()
                .name("+400 Instagram followers a month")
                .objective(Objective.AUDIENCE_GROWTH)
                .metric(MetricKind.FOLLOWERS)
                .baseline(Target.ofCount(10_000))
                .target(Target.ofCount(12_400))
                .platform(Platform.INSTAGRAM)
                .start(LocalDate.of(2026, 3, 1))
                .deadline(LocalDate.of(2026, 9, 1))
                .build())
        .addPlatforms(PlatformChoice.of(Platform.INSTAGRAM, "where single parents look for recipes"))
        .budget(
            Budget.of(
                    Money.of(CurrencyUnit.of("TWD"), 150_000),
                    LocalDateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1)))
                .plusAllocation(
                    Allocation.of(Platform.INSTAGRAM, Money.of(CurrencyUnit.of("TWD"), 90_000))))
        .timeZone(ZoneId.of("Asia/Taipei"))
        .build();
  }

  @Test
  void theMinimalPlanKeepsReading() {
    assertGolden("minimal-plan.json", PRETTY.write(minimalPlan()) + "\n");
    assertThat(COMPACT.readPlan(golden("minimal-plan.json"))).isEqualTo(minimalPlan());
  }

  @Test
  void theArticlesCalendarKeepsReading() {
    ContentCalendar calendar = SamplePlans.article().calendar();
    assertGolden("article-calendar.json", PRETTY.write(calendar) + "\n");
    assertThat(COMPACT.readCalendar(golden("article-calendar.json"))).isEqualTo(calendar);
  }

  /**
   * The articles calendar as written before media items had alt text (each item its kind alone):
   * it reads to the sample's calendar without alt text.
   */
  @Test
  void aCalendarWrittenBeforeAltTextKeepsReading() {
    ContentCalendar calendar = SamplePlans.article().calendar();
    List<ScheduledPost> bare = new ArrayList<>();
    for (ScheduledPost post : calendar.posts()) {
      List<MediaItem> kinds = new ArrayList<>();
      post.content().media().forEach(m -> kinds.add(m.withoutAltText()));
      bare.add(post.withContent(post.content().withMedia(kinds)));
    }
    ContentCalendar expected = ContentCalendar.of(calendar.zone(), bare);
    String old = golden("article-calendar-media-kinds.json");
    assertThat(old).doesNotContain("altText").contains("\"media\" : [ \"IMAGE\" ]");
    assertThat(COMPACT.readCalendar(old)).isEqualTo(expected);
    assertThat(PRETTY.write(expected) + "\n").isEqualTo(old);
  }

  /**
   * Four weeks of a daily LinkedIn slot and one evergreen tip, recycled weekly with two text
   * variants until an expiry: the request and result docs/json.md shows.
   */
  static SchedulingRequest evergreenRequest() {
    ZoneId taipei = ZoneId.of("Asia/Taipei");
    LocalDate monday = LocalDate.of(2026, 3, 2);
    return SchedulingRequest.builder()
        .period(Interval.of(monday.atStartOfDay(taipei).toInstant(), monday.plusDays(28).atStartOfDay(taipei).toInstant()))
        .zone(taipei)
        .addSchedules(
            PostingSchedule.weekly(
                Platform.LINKEDIN, taipei, WeeklySlot.of(DayOfWeek.MONDAY, 9, 0), WeeklySlot.of(DayOfWeek.THURSDAY, 9, 0)))
        .addDrafts(
            Draft.of(
                    "tip-7",
                    Platform.LINKEDIN,
                    PostContent.builder()
                        .format(PostFormat.TEXT)
                        .purpose(PostPurpose.EDUCATE)
                        .text("Three ways to brew a better filter coffee")
                        .build())
                .withEvergreen(
                    Evergreen.of(Duration.ofDays(7), 3)
                        .withExpiry(Instant.parse("2026-03-20T00:00:00Z"))
                        .withTextVariants("Filter coffee, three ways", "Still brewing by hand? Three tips")))
        .build();
  }

  @Test
  void anEvergreenSchedulingRequestAndItsResultKeepReading() {
    SchedulingRequest request = evergreenRequest();
    assertGolden("evergreen-request.json", PRETTY.write(request) + "\n");
    assertThat(COMPACT.readSchedulingRequest(golden("evergreen-request.json"))).isEqualTo(request);
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(result.recycled()).hasSize(2);
    assertGolden("evergreen-result.json", PRETTY.write(result) + "\n");
    assertThat(COMPACT.readSchedulingResult(golden("evergreen-result.json"))).isEqualTo(result);
  }

  /**
   * A week of Instagram at 9:00 on Monday, Wednesday and Friday, Wednesday bound to the "tips"
   * pillar, and three stories: the request and result (one unfilled bound slot) docs/json.md shows.
   */
  static SchedulingRequest boundSlotRequest() {
    ZoneId taipei = ZoneId.of("Asia/Taipei");
    LocalDate monday = LocalDate.of(2026, 3, 2);
    WeeklySlot wednesday = WeeklySlot.of(DayOfWeek.WEDNESDAY, 9, 0);
    SchedulingRequest.Builder request =
        SchedulingRequest.builder()
            .period(Interval.of(monday.atStartOfDay(taipei).toInstant(), monday.plusDays(7).atStartOfDay(taipei).toInstant()))
            .zone(taipei)
            .addSchedules(
                PostingSchedule.weekly(
                        Platform.INSTAGRAM,
                        taipei,
                        WeeklySlot.of(DayOfWeek.MONDAY, 9, 0),
                        wednesday,
                        WeeklySlot.of(DayOfWeek.FRIDAY, 9, 0))
                    .withBinding(wednesday, SlotBinding.pillar("tips")));
    for (int i = 1; i <= 2; i++) {
      request.addDrafts(
          Draft.of(
              "story-" + i,
              Platform.INSTAGRAM,
              PostContent.builder()
                  .format(PostFormat.IMAGE)
                  .purpose(PostPurpose.ENTERTAIN)
                  .pillar("stories")
                  .text("A morning with the team, part " + i)
                  .addMedia(MediaKind.IMAGE)
                  .build()));
    }
    return request.build();
  }

  @Test
  void aBoundSlotSchedulingRequestAndItsResultKeepReading() {
    SchedulingRequest request = boundSlotRequest();
    assertGolden("bound-slot-request.json", PRETTY.write(request) + "\n");
    assertThat(COMPACT.readSchedulingRequest(golden("bound-slot-request.json"))).isEqualTo(request);
    SchedulingResult result = Scheduler.schedule(request);
    assertThat(result.unfilled()).hasSize(1);
    assertGolden("bound-slot-result.json", PRETTY.write(result) + "\n");
    assertThat(COMPACT.readSchedulingResult(golden("bound-slot-result.json"))).isEqualTo(result);
  }

  /**
   * Two records docs/json.md shows: a link post with every field of a real export (account,
   * permalink, campaign, pillar, hashtags, link clicks, engaged users, watch times) and a bare one
   * whose absent values stay absent.
   */
  static List<PerformanceRecord> records() {
    Instant at = Instant.parse("2026-03-05T11:30:00Z");
    return List.of(
        PerformanceRecord.builder()
            .postId("1889")
            .platform(Platform.FACEBOOK)
            .publishedAt(at)
            .format(PostFormat.LINK)
            .purpose(PostPurpose.PROMOTE)
            .paid(false)
            .account("littlelunchbox")
            .permalink("https://www.facebook.com/littlelunchbox/posts/1889")
            .campaign("spring menu")
            .pillar("recipes")
            .addHashtag("#mealprep")
            .addHashtag("lunchbox")
            .impressions(5_091)
            .reach(2_752)
            .clicks(159)
            .linkClicks(97)
            .engagedUsers(178)
            .videoStarts(40)
            .videoWatchTime(Duration.ofMillis(412_345))
            .averageVideoWatchTime(Duration.ofMillis(10_308))
            .spend(Money.of(CurrencyUnit.of("TWD"), 1_200))
            .build(),
        PerformanceRecord.builder()
            .platform(Platform.INSTAGRAM)
            .publishedAt(at.plusSeconds(3_600))
            .format(PostFormat.IMAGE)
            .purpose(PostPurpose.EDUCATE)
            .reach(900)
            .build());
  }

  @Test
  void theRecordsDocumentKeepsReading() {
    String written = PRETTY.writePerformanceRecords(records()) + "\n";
    assertGolden("performance-records.json", written);
    assertThat(COMPACT.readPerformanceRecords(golden("performance-records.json")))
        .isEqualTo(records());
  }

  @Test
  void canonicalDocumentsAreByteStable() {
    String compact = COMPACT.write(COMPACT.readPlan(golden("article-plan.json")));
    assertThat(COMPACT.write(COMPACT.readPlan(compact))).isEqualTo(compact);
  }
}
