package dev.socialplan.testkit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PaidStatus;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.analytics.progress.ProgressStatus;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.DataSource;
import dev.socialplan.audience.EmploymentStatus;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.HouseholdType;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.Region;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingResult;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.InfluencerTier;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.PurposeDrivenCampaign;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.TacticKind;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.tactic.UgcProgramme;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.Interval;

class SamplePlansTest {
  private static final List<SamplePlan> ALL = SamplePlans.all();
  private static final SamplePlan ARTICLE = ALL.get(0);

  @Test
  void allHoldsTheFourSamplesInOrder() {
    assertThat(ALL)
        .extracting(SamplePlan::name)
        .containsExactly(
            "Little Lunchbox (the source article's scenario)",
            "Tessellate (B2B software)",
            "Crumb & Co. (a local bakery)",
            "Second Helping (a non-profit's purpose-driven campaign)");
    assertThat(ALL)
        .containsExactly(
            SamplePlans.article(), SamplePlans.b2bSoftware(), SamplePlans.localBakery(), SamplePlans.nonProfit());
  }

  @Test
  void everyCallBuildsAnEqualSample() {
    assertThat(SamplePlans.all()).isEqualTo(ALL);
    assertThat(SamplePlans.article().performance()).isEqualTo(ARTICLE.performance());
    assertThat(SamplePlans.article().toString()).isEqualTo(ARTICLE.toString());
  }

  @Test
  void theArticlesPersonaIsExactlyTheArticles() {
    Persona persona = ARTICLE.plan().audience().orElseThrow().members().get(0).persona();
    assertThat(persona.ageRange()).contains(AgeRange.of(20, 29));
    assertThat(persona.genderMix()).contains(GenderMix.allWomen());
    assertThat(persona.households()).containsExactly(HouseholdType.SINGLE_PARENT);
    assertThat(persona.employment()).containsExactly(EmploymentStatus.EMPLOYED);
    Region region = persona.regions().get(0);
    assertThat(region.settlement()).contains(Region.Settlement.LARGE_CITY);
    assertThat(region.has(Region.Activity.LIVING)).isTrue();
    assertThat(region.has(Region.Activity.WORKING)).isTrue();
    assertThat(persona.dataSource()).isEqualTo(DataSource.SURVEY);
    assertThat(ARTICLE.plan().audience().orElseThrow().totalWeight()).isEqualTo(1.0);
  }

  @Test
  void theArticlesGoalIsFourHundredInstagramFollowersAMonth() {
    Goal goal = ARTICLE.plan().goals().get(0);
    assertThat(goal.objective()).isEqualTo(Objective.AUDIENCE_GROWTH);
    assertThat(goal.metric()).contains(MetricKind.FOLLOWERS);
    assertThat(goal.platform()).contains(Platform.INSTAGRAM);
    assertThat(goal.requiredMonthlyPace().orElseThrow()).isEqualByComparingTo("400");
    assertThat(goal.growthReference().orElseThrow().covers(goal.requiredMonthlyPace().orElseThrow()))
        .isTrue();
    assertThat(ARTICLE.plan().businessObjectives()).hasSize(2);
  }

  @Test
  void theArticlesContentHasTheEightyTwentyMixAndTheTrendsTactics() {
    ContentStrategy content = ARTICLE.plan().content().orElseThrow();
    assertThat(content.mix()).isEqualTo(ContentMix.EIGHTY_TWENTY);
    assertThat(content.tactics())
        .extracting(t -> t.kind())
        .containsExactly(
            TacticKind.SHORT_VIDEO,
            TacticKind.INFLUENCER,
            TacticKind.LIVE_STREAM,
            TacticKind.USER_GENERATED_CONTENT,
            TacticKind.COMMUNITY);
    ShortVideoProgramme video = (ShortVideoProgramme) content.tactics().get(0);
    assertThat(video.platforms()).containsExactly(Platform.TIKTOK, Platform.INSTAGRAM);
    assertThat(video.repurposed()).isTrue();
    InfluencerCampaign micro = (InfluencerCampaign) content.tactics().get(1);
    assertThat(micro.tierScheme()).isEqualTo(TierScheme.ARTICLE);
    assertThat(micro.targetTiers()).containsExactly(InfluencerTier.MICRO);
    assertThat(micro.influencersOutsideTargetTiers()).isEmpty();
    assertThat(micro.influencers())
        .allSatisfy(i -> assertThat(i.followers()).isBetween(1_000L, 99_999L));
    LiveStream live = (LiveStream) content.tactics().get(2);
    assertThat(live.platform()).isEqualTo(Platform.FACEBOOK);
    UgcProgramme ugc = (UgcProgramme) content.tactics().get(3);
    assertThat(ugc.reposts()).isNotEmpty();
    assertThat(ugc.repostsWithoutPermission()).isEmpty();
  }

  @Test
  void theArticlesBudgetIsAllocatedByPlatformAndCategoryWithinItsTotal() {
    Budget budget = ARTICLE.plan().budget().orElseThrow();
    assertThat(budget.total()).isEqualTo(Money.parse("TWD 540000"));
    assertThat(budget.unallocated()).contains(Money.parse("TWD 24000"));
    assertThat(budget.allocatedByPlatform().keySet())
        .containsExactlyInAnyOrder(Platform.INSTAGRAM, Platform.TIKTOK, Platform.FACEBOOK);
    assertThat(budget.allocatedByCategory().keySet())
        .contains(BudgetCategory.PAID_PROMOTION, BudgetCategory.INFLUENCERS, BudgetCategory.LIVE_PRODUCTION);
    assertThat(ARTICLE.plan().competitors())
        .hasSize(3)
        .allSatisfy(c -> assertThat(c.swot()).isPresent());
    assertThat(ARTICLE.plan().brandSwot().orElseThrow().opportunities()).isNotEmpty();
  }

  @Test
  void theNonProfitsCampaignIsApprovedAndLinkedToTheMission() {
    StrategyPlan plan = SamplePlans.nonProfit().plan();
    PurposeDrivenCampaign campaign =
        (PurposeDrivenCampaign) plan.content().orElseThrow().tactics(TacticKind.PURPOSE_DRIVEN).get(0);
    assertThat(campaign.isApproved()).isTrue();
    assertThat(campaign.missionLink()).isPresent();
    assertThat(plan.brand().missionStatement()).isPresent();
  }

  @Test
  void theSchedulerPlacesEveryDraftOfEverySample() {
    for (SamplePlan sample : ALL) {
      SchedulingResult result = Scheduler.schedule(sample.schedulingRequest());
      assertThat(result.isComplete()).as(sample.name()).isTrue();
      assertThat(sample.calendar().size())
          .as(sample.name())
          .isEqualTo(result.calendar().size())
          .isEqualTo(sample.schedulingRequest().drafts().size() + sample.schedulingRequest().existing().size());
    }
  }

  @Test
  void calendarsLieInTheirPeriodInThePlansZone() {
    for (SamplePlan sample : ALL) {
      Interval period = sample.schedulingRequest().period();
      assertThat(sample.calendar().zone()).isEqualTo(sample.plan().timeZone().orElseThrow());
      assertThat(sample.calendar().posts())
          .as(sample.name())
          .allSatisfy(p -> assertThat(period.contains(p.time())).isTrue());
      assertThat(Duration.between(period.getStart(), period.getEnd()).toDays()).isBetween(27L, 28L);
      assertThat(sample.calendar().platforms())
          .as(sample.name())
          .containsExactlyInAnyOrderElementsOf(sample.plan().chosenPlatforms());
    }
  }

  @Test
  void calendarsRunInFullExceptTheNonProfitsSeenHalfway() {
    for (SamplePlan sample : ALL.subList(0, 3)) {
      assertThat(sample.calendar().posts())
          .as(sample.name())
          .allSatisfy(p -> assertThat(p.status()).isEqualTo(PostStatus.PUBLISHED));
      assertThat(sample.performance()).hasSize(sample.calendar().size());
    }
    SamplePlan nonProfit = ALL.get(3);
    Map<PostStatus, Long> statuses =
        nonProfit.calendar().stream()
            .collect(Collectors.groupingBy(ScheduledPost::status, Collectors.counting()));
    assertThat(statuses).containsOnlyKeys(PostStatus.PUBLISHED, PostStatus.SCHEDULED, PostStatus.IN_REVIEW);
    assertThat(statuses.get(PostStatus.IN_REVIEW)).isEqualTo(1);
    assertThat(nonProfit.performance()).hasSize(statuses.get(PostStatus.PUBLISHED).intValue());
    LocalDate cutoff = nonProfit.asOf().plusDays(1);
    assertThat(nonProfit.calendar().posts())
        .allSatisfy(
            p ->
                assertThat(p.status() == PostStatus.PUBLISHED)
                    .isEqualTo(p.time().atZone(nonProfit.calendar().zone()).toLocalDate().isBefore(cutoff)));
  }

  @Test
  void performanceIsPlausibleAndKeepsSomeCountsMissing() {
    for (SamplePlan sample : ALL) {
      List<PerformanceRecord> records = sample.performance();
      assertThat(records).as(sample.name()).allSatisfy(r -> assertThat(r.anomalies()).isEmpty());
      assertThat(records)
          .allSatisfy(
              r -> {
                assertThat(r.reach().orElseThrow()).isPositive();
                assertThat(r.impressions().orElseThrow()).isGreaterThanOrEqualTo(r.reach().orElseThrow());
              });
      PerformanceSummary summary = PerformanceSummary.of(records);
      assertThat(summary.missing(Measure.SHARES) + summary.missing(Measure.COMMENTS) + summary.missing(Measure.FOLLOWS))
          .as(sample.name() + ": export gaps")
          .isPositive();
      assertThat(summary.missing(Measure.VIDEO_STARTS)).isPositive();
      assertThat(records.stream().filter(r -> r.paid() == PaidStatus.PAID)).as(sample.name()).isNotEmpty();
    }
    // Instagram reels of a 10,000-follower account reach hundreds to tens of thousands.
    assertThat(ARTICLE.performance())
        .filteredOn(r -> r.platform().equals(Platform.INSTAGRAM) && r.format() == PostFormat.SHORT_VIDEO)
        .allSatisfy(r -> assertThat(r.reach().orElseThrow()).isBetween(100L, 50_000L));
  }

  @Test
  void platformsThatDoNotReportACountLeaveItMissing() {
    assertThat(ARTICLE.performance())
        .filteredOn(r -> r.platform().equals(Platform.FACEBOOK))
        .allSatisfy(r -> assertThat(r.saves()).isEmpty());
    assertThat(ARTICLE.performance())
        .filteredOn(r -> r.platform().equals(Platform.INSTAGRAM) && r.paid() == PaidStatus.ORGANIC)
        .allSatisfy(r -> assertThat(r.clicks()).isEmpty());
    assertThat(SamplePlans.localBakery().performance())
        .filteredOn(r -> r.platform().equals(Platform.GOOGLE_BUSINESS_PROFILE))
        .hasSize(3)
        .allSatisfy(r -> assertThat(r.reactions()).isEmpty())
        .allSatisfy(r -> assertThat(r.clicks()).isPresent());
  }

  @Test
  void goalSeriesGiveEachSampleAMixOfStatuses() {
    assertThat(statuses(ARTICLE))
        .containsExactly(
            ProgressStatus.ON_TRACK, ProgressStatus.ON_TRACK, ProgressStatus.OFF_TRACK, ProgressStatus.NOT_MEASURABLE);
    assertThat(statuses(SamplePlans.b2bSoftware()))
        .containsExactly(ProgressStatus.AT_RISK, ProgressStatus.OFF_TRACK, ProgressStatus.ON_TRACK);
    assertThat(statuses(SamplePlans.localBakery()))
        .containsExactly(ProgressStatus.AT_RISK, ProgressStatus.ON_TRACK);
    assertThat(statuses(SamplePlans.nonProfit()))
        .containsExactly(ProgressStatus.ON_TRACK, ProgressStatus.AT_RISK, ProgressStatus.ON_TRACK);
  }

  private static List<ProgressStatus> statuses(SamplePlan sample) {
    return sample.progressReport().goals().stream().map(g -> g.status()).collect(Collectors.toList());
  }

  @Test
  void theBakerysStoriesComeFromRecurringPostsAndItsGooglePostsSkipTheBlackout() {
    ContentCalendar bakery = SamplePlans.localBakery().calendar();
    assertThat(bakery.filter(p -> p.content().format() == PostFormat.STORY).size()).isEqualTo(56);
    assertThat(bakery.byPlatform(Platform.GOOGLE_BUSINESS_PROFILE).posts())
        .extracting(p -> p.time().atZone(bakery.zone()).toLocalDate())
        .containsExactly(LocalDate.of(2026, 3, 26), LocalDate.of(2026, 4, 9), LocalDate.of(2026, 4, 16));
    // 07:00 local both before and after the switch to British Summer Time on 29 March.
    assertThat(bakery.get("story-morning@20260328T070000").orElseThrow().time())
        .hasToString("2026-03-28T07:00:00Z");
    assertThat(bakery.get("story-morning@20260330T070000").orElseThrow().time())
        .hasToString("2026-03-30T06:00:00Z");
  }

  @Test
  void liveStreamsAreAnnouncedInTheCalendarAsThePlanSays() {
    SamplePlan article = ARTICLE;
    LiveStream live =
        (LiveStream) article.plan().content().orElseThrow().tactics(TacticKind.LIVE_STREAM).get(0);
    ScheduledPost announcement =
        article.calendar().stream()
            .filter(p -> p.content().announces().isPresent())
            .findFirst()
            .orElseThrow();
    assertThat(announcement.time()).isEqualTo(live.announcedAt().orElseThrow().toInstant());
    assertThat(article.calendar().get(announcement.content().announces().get()).orElseThrow().time())
        .isEqualTo(live.start().toInstant());
  }
}
