package dev.socialplan.testkit.samples;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.DataSource;
import dev.socialplan.audience.EmploymentStatus;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.HouseholdType;
import dev.socialplan.audience.IncomeBand;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.PurchasingPower;
import dev.socialplan.audience.Region;
import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.WeeklySlots;
import dev.socialplan.calendar.scheduler.Draft;
import dev.socialplan.calendar.scheduler.Scheduler;
import dev.socialplan.calendar.scheduler.SchedulingRequest;
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Handle;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.competition.Swot;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentSource;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.KeywordSet;
import dev.socialplan.content.PlatformAdaptation;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.Ratio;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.CreatorPermission;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.InfluencerTier;
import dev.socialplan.tactic.InteractivePost;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.tactic.UgcProgramme;
import dev.socialplan.tactic.UgcRepost;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * The strategy guide's scenario: Little Lunchbox (小飯盒), a Taipei meal-kit brand for single
 * mothers in their 20s who live and work in large cities. See {@link SamplePlans#article()} for
 * what it holds and which findings it shows.
 */
final class ArticleSample {
  static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  static final CurrencyUnit TWD = CurrencyUnit.of("TWD");
  static final LocalDate PLAN_START = LocalDate.of(2026, 3, 1);
  static final LocalDate PLAN_END = LocalDate.of(2026, 9, 1);
  static final LocalDate CALENDAR_START = LocalDate.of(2026, 3, 2);
  static final LocalDate CALENDAR_END = LocalDate.of(2026, 3, 30);
  static final LocalDate AS_OF = LocalDate.of(2026, 3, 29);
  static final long SEED = 20_260_302L;

  static final String LIVE_POST_ID = "fb-live-0322";
  static final ZonedDateTime LIVE_START = ZonedDateTime.of(2026, 3, 22, 20, 0, 0, 0, TAIPEI);
  static final ZonedDateTime LIVE_ANNOUNCED = ZonedDateTime.of(2026, 3, 19, 12, 30, 0, 0, TAIPEI);

  static final Region LARGE_CITIES =
      Region.of("large cities")
          .withSettlement(Region.Settlement.LARGE_CITY)
          .withActivities(Region.Activity.LIVING, Region.Activity.WORKING);

  /** The strategy guide's persona, exactly: single mothers in their 20s living and working in large cities. */
  static final Persona SINGLE_MOTHERS =
      Persona.builder()
          .name("Single mothers in their 20s in large cities")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .addHousehold(HouseholdType.SINGLE_PARENT)
          .addEmployment(EmploymentStatus.EMPLOYED)
          .addRegion(LARGE_CITIES)
          .addLanguage(Locale.forLanguageTag("zh-TW"))
          .incomeBand(IncomeBand.monthly(Money.of(TWD, 30_000), Money.of(TWD, 45_000)))
          .addInterests("quick healthy recipes", "affordable childcare")
          .purchasingPower(PurchasingPower.MEDIUM)
          .addPainPoints("no time for herself", "tight budget")
          .addPlatforms(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TIKTOK)
          .dataSource(DataSource.SURVEY)
          .build();

  /** A second persona the team has not checked against data yet (AUDIENCE_PERSONA_ASSUMED). */
  static final Persona GRANDMOTHERS =
      Persona.builder()
          .name("Grandmothers who help with childcare")
          .ageRange(AgeRange.of(50, 69))
          .genderMix(GenderMix.allWomen())
          .addRegion(Region.of("large cities").withSettlement(Region.Settlement.LARGE_CITY))
          .addLanguage(Locale.forLanguageTag("zh-TW"))
          .addInterests("home cooking", "grandchildren's health")
          .purchasingPower(PurchasingPower.MEDIUM)
          .addPainPoints("recipes the children will eat")
          .addPlatforms(Platform.FACEBOOK)
          .dataSource(DataSource.ASSUMPTION)
          .build();

  static final BusinessObjective ONLINE_SALES =
      BusinessObjective.of("online-sales", "Grow online meal-kit orders")
          .withDescription("Orders from the web shop, attributed to social media by UTM links.");
  static final BusinessObjective AWARENESS =
      BusinessObjective.of("brand-awareness", "Be the dinner brand single parents in Taipei know");

  static final String GOAL_INSTAGRAM_FOLLOWERS = "+400 Instagram followers a month";
  static final String GOAL_INSTAGRAM_ENGAGEMENT = "Instagram engagement rate of 4 %";
  static final String GOAL_TIKTOK_FOLLOWERS = "3,000 TikTok followers";
  static final String GOAL_CLICK_THROUGH = "1.5 % click-through to the shop";

  /** One dish a day for the four weeks of the calendar. */
  private static final String[] DISHES = {
    "番茄炒蛋燴飯", "蒜香雞腿排", "鮭魚味噌烏龍麵", "麻油雞炊飯", "三杯杏鮑菇", "日式咖哩雞", "蔥爆牛肉",
    "鮮蝦蛋炒飯", "南瓜燉雞", "韓式拌飯", "香菇肉燥飯", "檸檬蒸魚", "玉米濃湯義大利麵", "照燒豆腐",
    "親子丼", "蔬菜蛋餅", "蛤蜊絲瓜麵線", "紅燒豆腐", "青椒炒肉絲", "鮪魚玉米飯糰", "洋蔥豬肉丼",
    "蝦仁烘蛋", "雞肉蔬菜湯麵", "糖醋雞丁", "奶油菇菇燉飯", "滷雞腿", "蔥油拌麵", "味噌豬肉湯",
  };

  private ArticleSample() {}

  static SamplePlan sample() {
    StrategyPlan plan = plan();
    SchedulingRequest request = schedulingRequest();
    ContentCalendar calendar = PublishedCalendar.asRun(Scheduler.schedule(request).calendar());
    SimulatedPerformance performance =
        new SimulatedPerformance(
            Map.of(
                Platform.INSTAGRAM,
                new SimulatedPerformance.Account(
                    10_010, 13.5, 0.12, 0.45, 0.031, EnumSet.of(Measure.CLICKS)),
                Platform.TIKTOK,
                new SimulatedPerformance.Account(
                    610, 7.0, 1.2, 0.9, 0.07, EnumSet.of(Measure.CLICKS)),
                Platform.FACEBOOK,
                new SimulatedPerformance.Account(
                    6_200, 3.0, 0.08, 0.4, 0.03, EnumSet.of(Measure.SAVES))),
            Map.of(Platform.INSTAGRAM, Money.of(TWD, 3_000), Platform.TIKTOK, Money.of(TWD, 1_400)),
            TWD,
            Optional.of(Money.of(TWD, 890)),
            0.04,
            SEED);
    return SamplePlan.builder()
        .name("Little Lunchbox (the source article's scenario)")
        .description(
            "A Taipei meal-kit brand for single mothers in their 20s who live and work in large"
                + " cities: +400 Instagram followers a month, an 80/20 mix, micro-influencers, a"
                + " TikTok short-video programme repurposed as Reels, a Facebook live stream and"
                + " group, and reposts of customers' dishes with their permission.")
        .plan(plan)
        .schedulingRequest(request)
        .calendar(calendar)
        .performance(performance.records(calendar))
        .seriesByGoal(goalSeries())
        .asOf(AS_OF)
        .build();
  }

  static StrategyPlan plan() {
    return StrategyPlan.builder()
        .brand(
            Brand.builder()
                .name("Little Lunchbox")
                .industry("meal kits")
                .businessModel(BusinessModel.B2C)
                .missionStatement(
                    "Help busy single parents put a healthy dinner on the table in 15 minutes.")
                .build())
        .addBusinessObjectives(ONLINE_SALES, AWARENESS)
        .addAllGoals(goals())
        .audience(Audience.builder().add(SINGLE_MOTHERS, 0.75).add(GRANDMOTHERS, 0.25).build())
        .addPlatforms(
            PlatformChoice.of(
                Platform.INSTAGRAM,
                "80 % of 18-29s use it (Pew 2025) and our dishes sell on looks; the follower goal"
                    + " is set here"),
            PlatformChoice.of(
                Platform.TIKTOK,
                "short recipe videos reach the personas in their 20s; repurposed as Reels"),
            PlatformChoice.of(
                Platform.FACEBOOK,
                "the single-parent dinner club group and the Sunday live stream; 78 % of women"
                    + " use it"))
        .addAllCompetitors(competitors())
        .brandSwot(
            Swot.builder()
                .addStrengths(
                    "15-minute recipes tested by single parents", "kits sized for one adult and one child")
                .addWeaknesses("a team of two", "10,000 Instagram followers against 48,000")
                .addOpportunities(
                    "no competitor speaks to single parents",
                    "QuickChef TW shows that recipe videos grow fast on TikTok")
                .addThreats("grocery delivery apps adding meal kits", "rising vegetable prices")
                .build())
        .budget(budget())
        .content(content())
        .timeZone(TAIPEI)
        .period(LocalDateRange.of(PLAN_START, PLAN_END))
        .build();
  }

  static List<Goal> goals() {
    Goal followers =
        Goal.builder()
            .name(GOAL_INSTAGRAM_FOLLOWERS)
            .objective(Objective.AUDIENCE_GROWTH)
            .metric(MetricKind.FOLLOWERS)
            .platform(Platform.INSTAGRAM)
            .baseline(Target.ofCount(10_000))
            .target(Target.ofCount(12_400))
            .start(PLAN_START)
            .deadline(PLAN_END)
            .businessObjective(AWARENESS)
            .owner("Mei")
            .growthReference(
                GrowthReference.observed(310, 420, 480)
                    .withSource("Instagram Insights, December 2025 to February 2026"))
            .build();
    Goal engagement =
        Goal.builder()
            .name(GOAL_INSTAGRAM_ENGAGEMENT)
            .objective(Objective.ENGAGEMENT)
            .metric(MetricKind.ENGAGEMENT_RATE)
            .platform(Platform.INSTAGRAM)
            .baseline(Target.ofPercent(2.8))
            .target(Target.ofPercent(4.0))
            .start(PLAN_START)
            .deadline(PLAN_END)
            .businessObjective(AWARENESS)
            .owner("Mei")
            .growthReference(
                GrowthReference.benchmark(new BigDecimal("0.001"), new BigDecimal("0.003"))
                    .withSource("the three closest competitors over the last six months"))
            .build();
    Goal tiktok =
        Goal.builder()
            .name(GOAL_TIKTOK_FOLLOWERS)
            .objective(Objective.AUDIENCE_GROWTH)
            .metric(MetricKind.FOLLOWERS)
            .platform(Platform.TIKTOK)
            .baseline(Target.ofCount(600))
            .target(Target.ofCount(3_000))
            .start(PLAN_START)
            .deadline(PLAN_END)
            .businessObjective(AWARENESS)
            .owner("Jun")
            .growthReference(
                GrowthReference.benchmark(BigDecimal.valueOf(250), BigDecimal.valueOf(600))
                    .withSource("QuickChef TW's first year on TikTok"))
            .build();
    Goal clicks =
        Goal.builder()
            .name(GOAL_CLICK_THROUGH)
            .objective(Objective.TRAFFIC)
            .acrossAllPlatforms(true)
            .metric(MetricKind.CLICK_THROUGH_RATE)
            .baseline(Target.ofPercent(0.8))
            .target(Target.ofPercent(1.5))
            .start(PLAN_START)
            .deadline(PLAN_END)
            .businessObjective(ONLINE_SALES)
            .owner("Jun")
            .growthReference(
                GrowthReference.benchmark(new BigDecimal("0.0005"), new BigDecimal("0.0015"))
                    .withSource("the shop's click-through on boosted posts, 2025"))
            .build();
    return List.of(followers, engagement, tiktok, clicks);
  }

  static List<Competitor> competitors() {
    LocalDate observed = LocalDate.of(2026, 2, 20);
    Competitor freshBox =
        Competitor.builder()
            .name("FreshBox Taiwan")
            .addPresences(
                presence(Platform.INSTAGRAM, "freshbox.tw", 48_200, 5, 1.8, observed),
                presence(Platform.FACEBOOK, "FreshBoxTW", 95_000, 7, 0.6, observed))
            .notes("The market leader; speaks to couples and families, never to single parents.")
            .swot(
                Swot.builder()
                    .addStrengths("recognised brand", "large recipe library")
                    .addWeaknesses("no short video", "answers comments days later")
                    .addOpportunities("could launch a single-portion range")
                    .addThreats("price cuts we cannot match")
                    .build())
            .build();
    Competitor quickChef =
        Competitor.builder()
            .name("QuickChef TW")
            .addPresences(presence(Platform.TIKTOK, "quickchef.tw", 35_400, 10, 6.5, observed))
            .swot(
                Swot.builder()
                    .addStrengths("fast-growing TikTok recipe channel")
                    .addWeaknesses("sells no ingredients")
                    .addOpportunities("may partner with a meal-kit brand")
                    .addThreats("could start selling kits to its audience")
                    .build())
            .build();
    Competitor pantry =
        Competitor.builder()
            .name("Mama's Pantry")
            .addPresences(
                presence(Platform.FACEBOOK, "mamaspantry", 120_000, 14, 0.9, observed),
                presence(Platform.INSTAGRAM, "mamaspantry.tw", 22_000, 4, 2.1, observed))
            .swot(
                Swot.builder()
                    .addStrengths("a large Facebook group of parents")
                    .addWeaknesses("mostly mothers in their 40s", "rarely posts video")
                    .addOpportunities("younger parents are not served by its group")
                    .addThreats("its group answers the same questions ours does")
                    .build())
            .build();
    return List.of(freshBox, quickChef, pantry);
  }

  private static SocialPresence presence(
      Platform platform, String handle, long followers, double postsPerWeek, double engagementPercent,
      LocalDate observedOn) {
    return SocialPresence.builder()
        .handle(Handle.of(platform, handle))
        .followers(followers)
        .postsPerWeek(postsPerWeek)
        .engagementRate(Ratio.ofPercent(engagementPercent))
        .observedOn(observedOn)
        .build();
  }

  static Budget budget() {
    return Budget.builder()
        .total(Money.of(TWD, 540_000))
        .period(LocalDateRange.of(PLAN_START, PLAN_END))
        .digitalMarketingShare(0.4)
        .addAllocations(
            allocation("ig-content", Platform.INSTAGRAM, BudgetCategory.CONTENT_CREATION, 120_000),
            allocation("ig-ads", Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, 90_000)
                .withExpectedReturn(Money.of(TWD, 198_000)),
            allocation("micro-influencers", Platform.INSTAGRAM, BudgetCategory.INFLUENCERS, 90_000)
                .withExpectedReturn(Money.of(TWD, 135_000)),
            allocation("tiktok-content", Platform.TIKTOK, BudgetCategory.CONTENT_CREATION, 96_000),
            allocation("tiktok-ads", Platform.TIKTOK, BudgetCategory.PAID_PROMOTION, 42_000)
                .withExpectedReturn(Money.of(TWD, 63_000)),
            allocation("fb-community", Platform.FACEBOOK, BudgetCategory.PEOPLE, 36_000),
            allocation("fb-live", Platform.FACEBOOK, BudgetCategory.LIVE_PRODUCTION, 24_000),
            Allocation.of(BudgetCategory.TOOLS, Money.of(TWD, 18_000)).withId("scheduling-tool"))
        .build();
  }

  private static Allocation allocation(
      String id, Platform platform, BudgetCategory category, long twd) {
    return Allocation.of(platform, category, Money.of(TWD, twd)).withId(id);
  }

  static ContentStrategy content() {
    return ContentStrategy.builder()
        .addPillars(
            ContentPillar.of("15-minute dinners", "#F4A261", "15分鐘晚餐", "快速食譜", "一鍋到底"),
            ContentPillar.of("Single-parent life", "#2A9D8F", "單親媽媽", "育兒", "時間管理"),
            ContentPillar.of("Inside Little Lunchbox", "#E76F51", "小飯盒", "食材包", "訂閱優惠"))
        .mix(ContentMix.EIGHTY_TWENTY)
        .platformAdaptation(PlatformAdaptation.ADAPTED_PER_PLATFORM)
        .addKeywordSets(
            KeywordSet.of(Platform.INSTAGRAM, "15分鐘晚餐", "單親媽媽", "晚餐提案"),
            KeywordSet.of(Platform.TIKTOK, "15分鐘晚餐", "下班料理", "媽媽日常"),
            KeywordSet.of(Platform.FACEBOOK, "單親家庭", "備餐", "親子晚餐"))
        .addTactics(
            ShortVideoProgramme.builder()
                .name("15-minute dinners in 45 seconds")
                .addPlatforms(Platform.TIKTOK, Platform.INSTAGRAM)
                .postsPerWeek(7)
                .repurposed(true)
                .trendNiche("15-minute dinners for single parents")
                .videoLength(Duration.ofSeconds(45))
                .allocationId("tiktok-content")
                .build(),
            InfluencerCampaign.builder()
                .name("Micro-mums")
                .tierScheme(TierScheme.ARTICLE)
                .addTargetTiers(InfluencerTier.MICRO)
                .addInfluencers(
                    influencer("mei.cooks.tw", 8_500, 6.1, 8_000),
                    influencer("singlemomdiary", 26_000, 4.2, 15_000),
                    influencer("taipeimamalife", 72_000, 2.9, 30_000))
                .campaignWindow(LocalDateRange.of(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 23)))
                .allocationId("micro-influencers")
                .build(),
            LiveStream.builder()
                .name("Sunday meal-prep live")
                .platform(Platform.FACEBOOK)
                .start(LIVE_START)
                .duration(Duration.ofMinutes(45))
                .announcedAt(LIVE_ANNOUNCED)
                .allocationId("fb-live")
                .build(),
            UgcProgramme.builder()
                .name("Your 15-minute dinners")
                .hashtag("15分鐘晚餐")
                .addCollectingOn(Platform.INSTAGRAM)
                .addReposts(
                    UgcRepost.builder()
                        .creator("yuting.home")
                        .platform(Platform.INSTAGRAM)
                        .reference("her post of 22 February 2026: braised tofu with our sauce")
                        .permission(UGC_PERMISSION)
                        .build())
                .build(),
            CommunityProgramme.builder()
                .name("Single-parent dinner club")
                .platform(Platform.FACEBOOK)
                .groupName("小飯盒單親爸媽晚餐俱樂部")
                .addInteractivePosts(InteractivePost.QUESTION, InteractivePost.QUIZ)
                .interactivePostsPerWeek(2)
                .allocationId("fb-community")
                .build())
        .build();
  }

  static final CreatorPermission UGC_PERMISSION =
      CreatorPermission.grantedAt(Instant.parse("2026-02-24T02:15:00Z"))
          .withEvidence("her reply to our direct message of 24 February 2026");

  private static Influencer influencer(
      String handle, long followers, double engagementPercent, long feeTwd) {
    Audience followersLike =
        Audience.of(
            Persona.builder()
                .name(handle + "'s followers")
                .ageRange(AgeRange.of(20, 32))
                .genderMix(GenderMix.womenAndMen(0.9))
                .dataSource(DataSource.ANALYTICS)
                .build());
    return Influencer.builder()
        .handle(handle)
        .platform(Platform.INSTAGRAM)
        .followers(followers)
        .engagementRate(Ratio.ofPercent(engagementPercent))
        .audience(followersLike)
        .fee(Money.of(TWD, feeTwd))
        .build();
  }

  static SchedulingRequest schedulingRequest() {
    Interval period =
        Interval.of(
            CALENDAR_START.atStartOfDay(TAIPEI).toInstant(),
            CALENDAR_END.atStartOfDay(TAIPEI).toInstant());
    Set<DayOfWeek> everyDay = EnumSet.allOf(DayOfWeek.class);
    PostingSchedule instagram =
        PostingSchedule.builder()
            .platform(Platform.INSTAGRAM)
            .zone(TAIPEI)
            .pattern(WeeklySlots.on(everyDay, LocalTime.of(20, 30)))
            .maxPostsPerDay(2)
            .build();
    PostingSchedule tiktok =
        PostingSchedule.builder()
            .platform(Platform.TIKTOK)
            .zone(TAIPEI)
            .pattern(WeeklySlots.on(everyDay, LocalTime.of(21, 0)))
            .maxPostsPerDay(1)
            .build();
    PostingSchedule facebook =
        PostingSchedule.builder()
            .platform(Platform.FACEBOOK)
            .zone(TAIPEI)
            .pattern(WeeklySlots.on(everyDay, LocalTime.of(12, 30)))
            .maxPostsPerDay(2)
            .minimumSpacing(Duration.ofHours(4))
            .build();
    return SchedulingRequest.builder()
        .period(period)
        .zone(TAIPEI)
        .addSchedules(instagram, tiktok, facebook)
        .existing(ContentCalendar.of(TAIPEI, fixedPosts()))
        .addAllDrafts(drafts())
        .mix(RollingMix.defaultTarget())
        .build();
  }

  /** The posts fixed before scheduling: the live stream and three Instagram stories. */
  static List<ScheduledPost> fixedPosts() {
    ScheduledPost live =
        ScheduledPost.builder()
            .id(LIVE_POST_ID)
            .platform(Platform.FACEBOOK)
            .time(LIVE_START.toInstant())
            .content(PostContent.builder()
                .format(PostFormat.LIVE)
                .purpose(PostPurpose.EDUCATE)
                .pillar("15-minute dinners")
                .text("週日晚上8點直播：一次備好一週五天的晚餐，現場回答大家的問題！")
                .duration(Duration.ofMinutes(45))
                .build())
            .status(PostStatus.SCHEDULED)
            .build();
    ScheduledPost mei =
        story("ig-story-micro-mums-1", LocalDate.of(2026, 3, 10), "Micro-mums",
            "@mei.cooks.tw 這週用小飯盒食材包挑戰五天晚餐，跟著她一起做！",
            List.of("mei.cooks.tw"),
            List.of());
    ScheduledPost diary =
        story("ig-story-micro-mums-2", LocalDate.of(2026, 3, 17), "Micro-mums",
            "@singlemomdiary 分享她最常做的三道15分鐘晚餐，點進她的限動看更多。",
            List.of("singlemomdiary"),
            List.of());
    ScheduledPost ugc =
        story(
            "ig-story-ugc-yuting",
            LocalDate.of(2026, 3, 14),
            "Your 15-minute dinners",
            "謝謝 @yuting.home 分享她的照燒豆腐！用 #15分鐘晚餐 分享你的晚餐，我們每週挑一道轉貼。",
            List.of("yuting.home"),
            List.of("15分鐘晚餐"));
    ugc =
        ugc.withContent(
            PostContent.builder()
                .from(ugc.content())
                .source(PostSource.userGenerated("yuting.home", UGC_PERMISSION))
                .contentSource(ContentSource.CURATED)
                .build());
    return List.of(live, mei, diary, ugc);
  }

  private static ScheduledPost story(
      String id, LocalDate day, String campaign, String text, List<String> mentions, List<String> hashtags) {
    return ScheduledPost.builder()
        .id(id)
        .platform(Platform.INSTAGRAM)
        .time(day.atTime(12, 0).atZone(TAIPEI).toInstant())
        .content(PostContent.builder()
            .format(PostFormat.STORY)
            .purpose(PostPurpose.ENTERTAIN)
            .pillar("Single-parent life")
            .campaign(campaign)
            .text(text)
            .mentions(mentions)
            .hashtags(hashtags)
            .addMedia(described(MediaKind.IMAGE))
            .build())
        .status(PostStatus.SCHEDULED)
        .build();
  }

  /**
   * The backlog: each dish of the month as a TikTok video and as a Reel with its own caption (the
   * short-video programme, repurposed), and a daily Facebook post for the page and its group, one
   * post in five promotional.
   */
  static List<Draft> drafts() {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < DISHES.length; i++) {
      String dish = DISHES[i];
      boolean promote = i % 5 == 4;
      drafts.add(
          Draft.builder()
              .id(String.format(Locale.ROOT, "tt-%02d", i + 1))
              .platform(Platform.TIKTOK)
              .content(PostContent.builder()
                  .format(PostFormat.SHORT_VIDEO)
                  .purpose(
                  promote ? PostPurpose.PROMOTE : i % 2 == 0 ? PostPurpose.EDUCATE : PostPurpose.ENTERTAIN)
                  .pillar(promote ? "Inside Little Lunchbox" : "15-minute dinners")
                  .text(
                  promote
                      ? "今晚的" + dish + "食材包已經切好洗好，下班打開就能煮 👉 個人檔案連結"
                      : "下班到上桌只要15分鐘：" + dish + " 🍳 一個平底鍋搞定")
                  .addHashtags("15分鐘晚餐", "下班料理", "媽媽日常")
                  .addMedia(described(MediaKind.VIDEO))
                  .duration(Duration.ofSeconds(45))
                  .build())
              .build());
      drafts.add(
          Draft.builder()
              .id(String.format(Locale.ROOT, "ig-reel-%02d", i + 1))
              .platform(Platform.INSTAGRAM)
              .content(PostContent.builder()
                  .format(PostFormat.SHORT_VIDEO)
                  .purpose(promote ? PostPurpose.PROMOTE : PostPurpose.EDUCATE)
                  .pillar(promote ? "Inside Little Lunchbox" : "15-minute dinners")
                  .text(
                  promote
                      ? dish + "食材包本週9折，連結在個人檔案。一份大人一份小孩，剛剛好。"
                      : dish + "，15分鐘上桌！孩子睡前的晚餐不用再手忙腳亂。完整食譜在留言第一則。")
                  .addHashtags("15分鐘晚餐", "單親媽媽", "晚餐提案")
                  .addMedia(described(MediaKind.VIDEO))
                  .duration(Duration.ofSeconds(45))
                  .build())
              .build());
    }
    for (int i = 0; i < FACEBOOK_POSTS.length; i++) {
      String[] post = FACEBOOK_POSTS[i];
      PostPurpose purpose = PostPurpose.valueOf(post[0]);
      PostFormat format = PostFormat.valueOf(post[1]);
      Draft.Builder d =
          Draft.builder()
              .id(String.format(Locale.ROOT, "fb-%02d", i + 1))
              .platform(Platform.FACEBOOK)
              .content(PostContent.builder()
                  .format(format)
                  .purpose(purpose)
                  .pillar(post[2])
                  .text(post[3])
                  .media(format == PostFormat.IMAGE ? List.of(described(MediaKind.IMAGE)) : List.of())
                  .build());
      drafts.add(d.build());
      if (i == 15) {
        drafts.add(
            Draft.builder()
                .id("fb-live-announce")
                .platform(Platform.FACEBOOK)
                .content(PostContent.builder()
                    .format(PostFormat.IMAGE)
                    .purpose(PostPurpose.INFORM)
                    .pillar("15-minute dinners")
                    .announces(LIVE_POST_ID)
                    .text("這週日晚上8點，我們在粉專直播一次備好一週的晚餐。先按「提醒我」，當天見！")
                    .addMedia(described(MediaKind.IMAGE))
                    .build())
                .campaignWindow(
                    Interval.of(
                        LIVE_ANNOUNCED.toLocalDate().atStartOfDay(TAIPEI).toInstant(),
                        LIVE_START.minusHours(24).toInstant()))
                .priority(2)
                .build());
      }
    }
    return drafts;
  }

  /** Facebook posts of the month: purpose, format, pillar and text. */
  private static final String[][] FACEBOOK_POSTS = {
    {"ENTERTAIN", "TEXT", "Single-parent life", "孩子最近最愛的一道晚餐是什麼？在留言和晚餐俱樂部的爸媽們聊聊 ❤️"},
    {"EDUCATE", "IMAGE", "15-minute dinners", "親子丼的祕訣：蛋液分兩次下，孩子最愛的滑嫩口感。完整步驟在圖裡。"},
    {"INFORM", "IMAGE", "Single-parent life", "週日備餐的三個小技巧：先洗切、再分裝、最後貼上日期。"},
    {"EDUCATE", "IMAGE", "15-minute dinners", "電鍋也能做三杯杏鮑菇？按下開關，十五分鐘後開飯。"},
    {"PROMOTE", "IMAGE", "Inside Little Lunchbox", "晚餐俱樂部會員限定：第一次訂閱小飯盒，首週食材包半價。"},
    {"ENTERTAIN", "TEXT", "Single-parent life", "小測驗：哪一種蔬菜最不怕冷凍？答案明天公布！"},
    {"EDUCATE", "IMAGE", "15-minute dinners", "冷凍蔬菜怎麼煮才不會水水的？三個步驟告訴你。"},
    {"INFORM", "IMAGE", "Single-parent life", "一週採買清單範本：照著買，週間不用再跑超市。"},
    {"ENTERTAIN", "TEXT", "Single-parent life", "你們家晚餐都幾點開飯？我們最常是七點半。"},
    {"PROMOTE", "IMAGE", "Inside Little Lunchbox", "這個月新增三款一大一小份量的食材包，晚餐俱樂部搶先看。"},
    {"EDUCATE", "IMAGE", "15-minute dinners", "讓孩子吃青菜的小撇步：切小丁、拌進蛋裡。"},
    {"INFORM", "IMAGE", "Single-parent life", "十分鐘整理冰箱：上層熟食、中層食材包、下層生鮮。"},
    {"ENTERTAIN", "TEXT", "Single-parent life", "一個人帶孩子，最需要的是哪一種幫忙？留言告訴我們。"},
    {"EDUCATE", "IMAGE", "15-minute dinners", "一鍋到底的咖哩：先炒洋蔥，再下雞肉和塊根蔬菜。"},
    {"PROMOTE", "IMAGE", "Inside Little Lunchbox", "訂閱滿三個月，送孩子專用的小餐盒一個。"},
    {"ENTERTAIN", "TEXT", "Single-parent life", "小測驗：雞胸肉要煮幾分鐘才剛好？猜猜看！"},
    {"EDUCATE", "IMAGE", "15-minute dinners", "鮭魚不用煎：放進烤箱，十二分鐘剛剛好。"},
    {"INFORM", "IMAGE", "Single-parent life", "和孩子一起做晚餐的五個步驟，從洗菜開始。"},
    {"PROMOTE", "IMAGE", "Inside Little Lunchbox", "本週食材包：南瓜燉雞與蛤蜊絲瓜麵線，週四前下單週六到。"},
    {"ENTERTAIN", "TEXT", "Single-parent life", "週末有和孩子一起下廚嗎？分享一張照片給大家看看。"},
    {"EDUCATE", "IMAGE", "15-minute dinners", "滷雞腿不用顧爐火：電鍋外鍋一杯水就完成。"},
    {"INFORM", "IMAGE", "Single-parent life", "省時廚具清單：一個平底鍋、一個電鍋、一把好剪刀。"},
    {"ENTERTAIN", "TEXT", "Single-parent life", "最想學的一道便當菜？下週直播就教票數最高的那道。"},
    {"PROMOTE", "IMAGE", "Inside Little Lunchbox", "直播觀眾限定折扣碼 LIVE15，今晚十二點前有效。"},
    {"EDUCATE", "IMAGE", "15-minute dinners", "蔥油拌麵的黃金比例：醬油二、蔥油一、糖半匙。"},
    {"INFORM", "IMAGE", "Single-parent life", "謝謝上週直播的兩百位爸媽！重播在粉專影片區。"},
    {"ENTERTAIN", "TEXT", "Single-parent life", "你最常用的省時小家電是哪一個？"},
  };

  static Map<String, MetricSeries> goalSeries() {
    LocalDate[] weeks = {
      PLAN_START, LocalDate.of(2026, 3, 8), LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 22), AS_OF,
    };
    long[] instagram = {10_000, 10_088, 10_187, 10_279, 10_381};
    double[] engagementPercent = {2.8, 2.9, 3.1, 3.0, 3.2};
    long[] tiktok = {600, 652, 690, 759, 801};
    List<MetricObservation> ig = new ArrayList<>();
    List<MetricObservation> er = new ArrayList<>();
    List<MetricObservation> tt = new ArrayList<>();
    for (int i = 0; i < weeks.length; i++) {
      ig.add(MetricObservation.ofCount(weeks[i], instagram[i]));
      er.add(MetricObservation.of(weeks[i], Target.ofPercent(engagementPercent[i])));
      tt.add(MetricObservation.ofCount(weeks[i], tiktok[i]));
    }
    Map<String, MetricSeries> series = new LinkedHashMap<>();
    series.put(GOAL_INSTAGRAM_FOLLOWERS, MetricSeries.of(ig));
    series.put(GOAL_INSTAGRAM_ENGAGEMENT, MetricSeries.of(er));
    series.put(GOAL_TIKTOK_FOLLOWERS, MetricSeries.of(tt));
    return series;
  }

  /** A media item with the sample's alt text for its kind (every sample image and video has one). */
  private static MediaItem described(MediaKind kind) {
    return MediaItem.of(
        kind,
        kind == MediaKind.VIDEO
            ? "Video with captions: a five-minute morning skincare routine, step by step"
            : "A mother smooths serum onto her cheek at the bathroom mirror while her daughter watches");
  }
}
