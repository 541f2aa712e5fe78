package dev.socialplan.testkit.samples;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.DataSource;
import dev.socialplan.audience.EmploymentStatus;
import dev.socialplan.audience.GenderMix;
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
import dev.socialplan.tactic.InteractivePost;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.PurposeDrivenCampaign;
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
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.Interval;
import org.threeten.extra.LocalDateRange;

/**
 * A non-profit running a purpose-driven campaign: Second Helping, a Chicago food-rescue charity, and
 * its approved "Summer Without Hunger" campaign, seen halfway through June. See {@link
 * SamplePlans#nonProfit()} for what it holds and which findings it shows.
 */
final class NonProfitSample {
  static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
  static final CurrencyUnit USD = CurrencyUnit.USD;
  static final LocalDate PLAN_START = LocalDate.of(2026, 5, 1);
  static final LocalDate PLAN_END = LocalDate.of(2026, 9, 1);
  static final LocalDate CALENDAR_START = LocalDate.of(2026, 6, 1);
  static final LocalDate CALENDAR_END = LocalDate.of(2026, 6, 29);
  /** The day the sample is seen: posts before 15 June are published, the later ones queued. */
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 14);
  static final long SEED = 20_260_601L;

  static final String CAMPAIGN = "Summer Without Hunger";
  /** The purpose-driven post still in review (CALENDAR_PURPOSE_DRIVEN_NOT_APPROVED). */
  static final String POST_IN_REVIEW = "fb-summer-07";

  static final String LIVE_POST_ID = "ig-live-warehouse";
  static final ZonedDateTime LIVE_START = ZonedDateTime.of(2026, 6, 20, 11, 0, 0, 0, CHICAGO);
  static final ZonedDateTime LIVE_ANNOUNCED = ZonedDateTime.of(2026, 6, 10, 12, 0, 0, 0, CHICAGO);

  static final String GOAL_DONATIONS = "USD 60,000 in online donations this summer";
  static final String GOAL_VOLUNTEERS = "400 new volunteer sign-ups";
  static final String GOAL_ENGAGEMENT = "Facebook engagement rate of 5 %";

  static final BusinessObjective DONATIONS =
      BusinessObjective.of("summer-donations", "Fund 150,000 summer meals for children");
  static final BusinessObjective VOLUNTEERS =
      BusinessObjective.of("volunteers", "Staff every weekend food-rescue run");

  static final CreatorPermission UGC_PERMISSION =
      CreatorPermission.grantedAt(Instant.parse("2026-05-28T19:30:00Z"))
          .withEvidence("the volunteer photo release signed at sign-up");

  static final PurposeDrivenCampaign SUMMER =
      PurposeDrivenCampaign.builder()
          .name(CAMPAIGN)
          .cause("children who lose their school meals over the summer")
          .missionLink(
              "Summer is when rescued food matters most: school meals stop, and we deliver the"
                  + " same day.")
          .addPlatforms(Platform.FACEBOOK, Platform.INSTAGRAM)
          .campaignWindow(LocalDateRange.of(LocalDate.of(2026, 6, 1), PLAN_END))
          .allocationId("facebook-fundraising")
          .build()
          .approvedBy("the board of directors (Dana Ruiz, chair)");

  private NonProfitSample() {}

  static SamplePlan sample() {
    SchedulingRequest request = schedulingRequest();
    ContentCalendar scheduled = Scheduler.schedule(request).calendar();
    ContentCalendar calendar =
        PublishedCalendar.asRunUntil(scheduled, AS_OF.plusDays(1).atStartOfDay(CHICAGO).toInstant());
    calendar =
        calendar.with(calendar.get(POST_IN_REVIEW).orElseThrow().withStatus(PostStatus.IN_REVIEW));
    SimulatedPerformance performance =
        new SimulatedPerformance(
            Map.of(
                Platform.FACEBOOK,
                new SimulatedPerformance.Account(
                    8_400, 4.0, 0.1, 0.5, 0.045, EnumSet.of(Measure.SAVES)),
                Platform.INSTAGRAM,
                new SimulatedPerformance.Account(
                    3_900, 5.0, 0.22, 0.45, 0.05, EnumSet.of(Measure.CLICKS))),
            Map.of(Platform.FACEBOOK, Money.of(USD, 160), Platform.INSTAGRAM, Money.of(USD, 125)),
            USD,
            Optional.of(Money.of(USD, 45)),
            0.08,
            SEED);
    return SamplePlan.builder()
        .name("Second Helping (a non-profit's purpose-driven campaign)")
        .description(
            "A Chicago food-rescue charity halfway through its approved Summer Without Hunger"
                + " campaign on Facebook and Instagram: donation asks, volunteer recruiting, a live"
                + " warehouse tour and volunteers' photos reposted with their release.")
        .plan(plan())
        .schedulingRequest(request)
        .calendar(calendar)
        .performance(performance.records(calendar))
        .seriesByGoal(goalSeries())
        .asOf(AS_OF)
        .build();
  }

  static StrategyPlan plan() {
    Region chicago =
        Region.of("Chicago", "US")
            .withSettlement(Region.Settlement.LARGE_CITY)
            .withActivities(Region.Activity.LIVING);
    return StrategyPlan.builder()
        .brand(
            Brand.builder()
                .name("Second Helping")
                .industry("food rescue charity")
                .businessModel(BusinessModel.B2C)
                .missionStatement(
                    "Rescue good surplus food and get it to neighbors who need it, the same day.")
                .build())
        .addBusinessObjectives(DONATIONS, VOLUNTEERS)
        .addGoals(
            Goal.builder()
                .name(GOAL_DONATIONS)
                .objective(Objective.REVENUE)
                .acrossAllPlatforms(true)
                .metric(MetricKind.REVENUE)
                .baseline(Target.ofMoney(Money.zero(USD)))
                .target(Target.ofMoney(Money.of(USD, 60_000)))
                .start(PLAN_START)
                .deadline(PLAN_END)
                .businessObjective(DONATIONS)
                .owner("Marcus")
                .growthReference(
                    GrowthReference.observed(11_000, 13_500, 16_000)
                        .withSource("online donations, June to August 2025"))
                .build(),
            Goal.builder()
                .name(GOAL_VOLUNTEERS)
                // Sign-ups are conversions, but the planner filed the goal under community
                // (GOAL_METRIC_NOT_FITTING).
                .objective(Objective.COMMUNITY)
                .acrossAllPlatforms(true)
                .metric(MetricKind.CONVERSIONS)
                .baseline(Target.ofCount(0))
                .target(Target.ofCount(400))
                .start(PLAN_START)
                .deadline(PLAN_END)
                .businessObjective(VOLUNTEERS)
                .owner("Aisha")
                .growthReference(
                    GrowthReference.benchmark(BigDecimal.valueOf(80), BigDecimal.valueOf(120))
                        .withSource("sign-ups in the 2025 spring drive"))
                .build(),
            Goal.builder()
                .name(GOAL_ENGAGEMENT)
                .objective(Objective.ENGAGEMENT)
                .metric(MetricKind.ENGAGEMENT_RATE)
                .platform(Platform.FACEBOOK)
                .baseline(Target.ofPercent(3.8))
                .target(Target.ofPercent(5.0))
                .start(PLAN_START)
                .deadline(PLAN_END)
                .businessObjective(DONATIONS)
                .owner("Marcus")
                .growthReference(
                    GrowthReference.benchmark(new BigDecimal("0.002"), new BigDecimal("0.004"))
                        .withSource("the page's best quarter, 2025"))
                .build())
        .audience(
            Audience.builder()
                .add(
                    Persona.builder()
                        .name("Neighborhood donors")
                        .ageRange(AgeRange.of(35, 64))
                        .genderMix(GenderMix.womenAndMen(0.65))
                        .addRegion(chicago)
                        .addLanguages(Locale.US, Locale.forLanguageTag("es-US"))
                        .addInterests("local causes", "children's welfare", "food waste")
                        .purchasingPower(PurchasingPower.MEDIUM)
                        .addPainPoints("unsure where a donation goes", "too many asks")
                        .addPlatforms(Platform.FACEBOOK)
                        .dataSource(DataSource.ANALYTICS)
                        .build(),
                    0.6)
                .add(
                    Persona.builder()
                        .name("Student volunteers")
                        .ageRange(AgeRange.of(18, 24))
                        .genderMix(GenderMix.womenAndMen(0.55))
                        .addRegion(chicago)
                        .addLanguage(Locale.US)
                        .addEmployment(EmploymentStatus.STUDENT)
                        .addInterests("volunteering", "sustainability")
                        .purchasingPower(PurchasingPower.LOW)
                        .addPainPoints("summer shifts that clash with jobs")
                        .addPlatforms(Platform.INSTAGRAM)
                        .dataSource(DataSource.SURVEY)
                        .build(),
                    0.4)
                .build())
        .addPlatforms(
            PlatformChoice.of(Platform.FACEBOOK, "our donors are 35 to 64 and give through fundraisers"),
            PlatformChoice.of(Platform.INSTAGRAM, "students find volunteer shifts there"))
        .addCompetitors(
            Competitor.builder()
                .name("Lakeside Pantry Alliance")
                .addPresences(
                    presence(Platform.FACEBOOK, "LakesidePantry", 24_000, 6, 2.2),
                    presence(Platform.INSTAGRAM, "lakesidepantry", 7_500, 4, 3.1))
                .swot(
                    Swot.builder()
                        .addStrengths("a large donor base")
                        .addWeaknesses("slow to show impact")
                        .addOpportunities("a joint summer drive")
                        .addThreats("the same donors in June")
                        .build())
                .build(),
            Competitor.builder()
                .name("FreshStart Meals")
                .addPresences(presence(Platform.INSTAGRAM, "freshstartmeals", 11_200, 5, 4.0))
                .swot(
                    Swot.builder()
                        .addStrengths("strong volunteer videos")
                        .addWeaknesses("no Facebook fundraisers")
                        .addOpportunities("shared volunteer training")
                        .addThreats("recruits the same students")
                        .build())
                .build())
        .brandSwot(
            Swot.builder()
                .addStrengths("same-day delivery", "every dollar traced to meals")
                .addWeaknesses("a small page")
                .addOpportunities("summer, when school meals stop", "employers' volunteer days")
                .addThreats("donor fatigue after spring appeals")
                .build())
        .budget(
            Budget.builder()
                .total(Money.of(USD, 12_000))
                .period(LocalDateRange.of(PLAN_START, PLAN_END))
                .digitalMarketingShare(0.6)
                .addAllocations(
                    Allocation.of(Platform.FACEBOOK, BudgetCategory.PAID_PROMOTION, Money.of(USD, 4_000))
                        .withId("facebook-fundraising")
                        .withExpectedReturn(Money.of(USD, 10_000)),
                    Allocation.of(Platform.FACEBOOK, BudgetCategory.CONTENT_CREATION, Money.of(USD, 1_500))
                        .withId("facebook-content"),
                    Allocation.of(Platform.INSTAGRAM, BudgetCategory.CONTENT_CREATION, Money.of(USD, 2_500))
                        .withId("instagram-content"),
                    Allocation.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, Money.of(USD, 1_500))
                        .withId("volunteer-ads")
                        .withExpectedReturn(Money.of(USD, 2_000)),
                    Allocation.of(BudgetCategory.PEOPLE, Money.of(USD, 2_000)).withId("coordinator"),
                    Allocation.of(BudgetCategory.TOOLS, Money.of(USD, 400)).withId("tools"))
                .build())
        .content(
            ContentStrategy.builder()
                .addPillars(
                    ContentPillar.of("Rescued today", "#2E7D32", "foodrescue", "zerowaste"),
                    ContentPillar.of("Volunteer stories", "#1565C0", "volunteer", "chicago"),
                    ContentPillar.of("Summer Without Hunger", "#F9A825", "summermeals", "nokidhungry"))
                .mix(ContentMix.EIGHTY_TWENTY)
                .platformAdaptation(PlatformAdaptation.ADAPTED_PER_PLATFORM)
                .addKeywordSets(
                    KeywordSet.of(Platform.FACEBOOK, "summer meals", "food rescue Chicago"),
                    KeywordSet.of(Platform.INSTAGRAM, "volunteerchicago", "foodrescue"))
                .addTactics(
                    SUMMER,
                    LiveStream.builder()
                        .name("Warehouse tour live")
                        .platform(Platform.INSTAGRAM)
                        .start(LIVE_START)
                        .duration(Duration.ofMinutes(30))
                        .announcedAt(LIVE_ANNOUNCED)
                        .build(),
                    UgcProgramme.builder()
                        .name("Volunteer photos")
                        .hashtag("secondhelpingcrew")
                        .addCollectingOn(Platform.INSTAGRAM)
                        .addReposts(
                            UgcRepost.builder()
                                .creator("jaylen.cooks")
                                .platform(Platform.INSTAGRAM)
                                .permission(UGC_PERMISSION)
                                .build())
                        .build(),
                    CommunityProgramme.builder()
                        .name("Second Helping crew")
                        .platform(Platform.FACEBOOK)
                        .groupName("Second Helping volunteers")
                        .addInteractivePosts(InteractivePost.QUESTION)
                        .interactivePostsPerWeek(1)
                        .build())
                .build())
        .timeZone(CHICAGO)
        .period(LocalDateRange.of(PLAN_START, PLAN_END))
        .build();
  }

  private static SocialPresence presence(
      Platform platform, String handle, long followers, double postsPerWeek, double engagementPercent) {
    return SocialPresence.builder()
        .handle(Handle.of(platform, handle))
        .followers(followers)
        .postsPerWeek(postsPerWeek)
        .engagementRate(Ratio.ofPercent(engagementPercent))
        .observedOn(LocalDate.of(2026, 5, 15))
        .build();
  }

  static SchedulingRequest schedulingRequest() {
    Interval period =
        Interval.of(
            CALENDAR_START.atStartOfDay(CHICAGO).toInstant(),
            CALENDAR_END.atStartOfDay(CHICAGO).toInstant());
    PostingSchedule facebook =
        PostingSchedule.builder()
            .platform(Platform.FACEBOOK)
            .zone(CHICAGO)
            .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(18, 0)))
            .maxPostsPerDay(1)
            .build();
    PostingSchedule instagram =
        PostingSchedule.builder()
            .platform(Platform.INSTAGRAM)
            .zone(CHICAGO)
            .pattern(
                WeeklySlots.on(
                    EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY),
                    LocalTime.of(12, 0)))
            .maxPostsPerDay(2)
            .build();
    ScheduledPost live =
        ScheduledPost.builder()
            .id(LIVE_POST_ID)
            .platform(Platform.INSTAGRAM)
            .time(LIVE_START.toInstant())
            .content(PostContent.builder()
                .format(PostFormat.LIVE)
                .purpose(PostPurpose.ENTERTAIN)
                .pillar("Rescued today")
                .campaign(CAMPAIGN)
                .text("Live from the warehouse: where Saturday's rescued food goes next.")
                .duration(Duration.ofMinutes(30))
                .build())
            .status(PostStatus.SCHEDULED)
            .build();
    return SchedulingRequest.builder()
        .period(period)
        .zone(CHICAGO)
        .addSchedules(facebook, instagram)
        .existing(ContentCalendar.of(CHICAGO, live))
        .addAllDrafts(drafts())
        .mix(RollingMix.defaultTarget())
        .build();
  }

  /**
   * The backlog: a Facebook post every evening, one in five a donation ask and one in three part
   * of the purpose-driven campaign; Instagram four days a week for volunteers, with the live
   * stream's announcement and a volunteer's photo.
   */
  static List<Draft> drafts() {
    Interval campaign =
        Interval.of(
            CALENDAR_START.atStartOfDay(CHICAGO).toInstant(),
            PLAN_END.atStartOfDay(CHICAGO).toInstant());
    List<Draft> drafts = new ArrayList<>();
    String[] rescued = {
      "1,200 pounds of produce from the Randolph Street market",
      "bread from four bakeries in Pilsen",
      "320 school lunches that were never served",
      "a truckload of yogurt two days before its date",
      "sandwiches from a cancelled conference",
      "peaches from a grower whose buyer backed out",
      "milk from a dairy with a broken cooler",
    };
    int summer = 0;
    for (int i = 0; i < 28; i++) {
      boolean ask = i % 5 == 4;
      boolean campaignPost = ask || i % 3 == 0;
      Draft.Builder d = Draft.builder().platform(Platform.FACEBOOK);
      PostContent.Builder content =
          PostContent.builder().format(PostFormat.IMAGE).addMedia(described(MediaKind.IMAGE));
      if (campaignPost) {
        summer++;
        d.id(String.format(Locale.ROOT, "fb-summer-%02d", summer)).campaignWindow(campaign);
        content
            .purpose(ask ? PostPurpose.PROMOTE : PostPurpose.INFORM)
            .pillar(CAMPAIGN)
            .campaign(CAMPAIGN)
            .purposeDriven(true)
            .text(
                ask
                    ? "$15 puts a week of lunches on a child's table this summer. Give through our"
                        + " fundraiser: every dollar is traced to a meal."
                    : "When school lets out, 1 in 5 Chicago kids loses the lunch they count on."
                        + " This summer we deliver rescued food to 40 summer programs.");
      } else {
        d.id(String.format(Locale.ROOT, "fb-%02d", i + 1));
        content
            .purpose(i % 2 == 0 ? PostPurpose.INFORM : PostPurpose.ENTERTAIN)
            .pillar("Rescued today")
            .text("Rescued today: " + rescued[i % rescued.length] + ". Delivered before dinner.");
      }
      d.content(content.build());
      drafts.add(d.build());
    }
    for (int i = 0; i < 14; i++) {
      boolean ask = i % 5 == 4;
      drafts.add(
          Draft.builder()
              .id(String.format(Locale.ROOT, "ig-%02d", i + 1))
              .platform(Platform.INSTAGRAM)
              .content(PostContent.builder()
                  .format(i % 2 == 0 ? PostFormat.SHORT_VIDEO : PostFormat.CAROUSEL)
                  .purpose(ask ? PostPurpose.PROMOTE : PostPurpose.ENTERTAIN)
                  .pillar("Volunteer stories")
                  .text(
                  ask
                      ? "Saturday runs need 30 more drivers. Sign up in two minutes (link in bio)."
                      : "Meet the crew: " + CREW[i % CREW.length] + " on a Saturday food-rescue run.")
                  .addHashtags("volunteerchicago", "foodrescue")
                  .media(
                  i % 2 == 0
                      ? List.of(described(MediaKind.VIDEO))
                      : List.of(
                          described(MediaKind.IMAGE),
                          described(MediaKind.IMAGE),
                          described(MediaKind.IMAGE)))
                  .duration(i % 2 == 0 ? Optional.of(Duration.ofSeconds(40)) : Optional.empty())
                  .build())
              .build());
    }
    drafts.add(
        Draft.builder()
            .id("ig-live-announce")
            .platform(Platform.INSTAGRAM)
            .content(PostContent.builder()
                .format(PostFormat.IMAGE)
                .purpose(PostPurpose.INFORM)
                .pillar("Rescued today")
                .campaign(CAMPAIGN)
                .announces(LIVE_POST_ID)
                .text("Saturday June 20 at 11am: a live tour of our warehouse. Bring your questions!")
                .addHashtags("foodrescue")
                .addMedia(described(MediaKind.IMAGE))
                .build())
            .campaignWindow(
                Interval.of(
                    LIVE_ANNOUNCED.toLocalDate().atStartOfDay(CHICAGO).toInstant(),
                    LIVE_ANNOUNCED.toLocalDate().plusDays(1).atStartOfDay(CHICAGO).toInstant()))
            .priority(2)
            .build());
    drafts.add(
        Draft.builder()
            .id("ig-ugc-jaylen")
            .platform(Platform.INSTAGRAM)
            .content(PostContent.builder()
                .format(PostFormat.IMAGE)
                .purpose(PostPurpose.ENTERTAIN)
                .pillar("Volunteer stories")
                .text("Our Saturday crew, through @jaylen.cooks's lens. Tag #secondhelpingcrew to be featured.")
                .addMentions("jaylen.cooks")
                .addHashtags("secondhelpingcrew")
                .addMedia(described(MediaKind.IMAGE))
                .source(PostSource.userGenerated("jaylen.cooks", UGC_PERMISSION))
                .build())
            .build());
    return drafts;
  }

  private static final String[] CREW = {
    "Rosa, a retired teacher,", "Dev and his van", "the Lincoln Park High School team", "Maria and Tom",
    "our youngest driver, Sam,", "the night-shift sorters", "Grace, 14 summers with us,",
  };

  static Map<String, MetricSeries> goalSeries() {
    LocalDate[] dates = {PLAN_START, LocalDate.of(2026, 5, 15), CALENDAR_START, AS_OF};
    long[] donations = {0, 4_200, 14_800, 21_500};
    long[] volunteers = {0, 38, 95, 140};
    double[] engagement = {3.8, 4.1, 4.3, 4.4};
    List<MetricObservation> d = new ArrayList<>();
    List<MetricObservation> v = new ArrayList<>();
    List<MetricObservation> e = new ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      d.add(MetricObservation.of(dates[i], Target.ofMoney(Money.of(USD, donations[i]))));
      v.add(MetricObservation.ofCount(dates[i], volunteers[i]));
      e.add(MetricObservation.of(dates[i], Target.ofPercent(engagement[i])));
    }
    Map<String, MetricSeries> series = new LinkedHashMap<>();
    series.put(GOAL_DONATIONS, MetricSeries.of(d));
    series.put(GOAL_VOLUNTEERS, MetricSeries.of(v));
    series.put(GOAL_ENGAGEMENT, MetricSeries.of(e));
    return series;
  }

  /** A media item with the sample's alt text for its kind (every sample image and video has one). */
  private static MediaItem described(MediaKind kind) {
    return MediaItem.of(
        kind,
        kind == MediaKind.VIDEO
            ? "Video with captions: a Saturday food-rescue run from pickup to pantry"
            : "Volunteers load crates of rescued vegetables into a van");
  }
}
