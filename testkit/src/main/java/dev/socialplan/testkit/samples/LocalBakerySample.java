package dev.socialplan.testkit.samples;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.DataSource;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.HouseholdType;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.PurchasingPower;
import dev.socialplan.audience.Region;
import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.calendar.ContentCalendar;
import dev.socialplan.calendar.MediaItem;
import dev.socialplan.calendar.MediaKind;
import dev.socialplan.calendar.OccurrenceOverride;
import dev.socialplan.calendar.PostContent;
import dev.socialplan.calendar.PostSource;
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RecurringPost;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.RecurrencePattern;
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
import dev.socialplan.tactic.CreatorPermission;
import dev.socialplan.tactic.SocialCommerce;
import dev.socialplan.tactic.UgcProgramme;
import dev.socialplan.tactic.UgcRepost;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * A local bakery: Crumb &amp; Co. on Gloucester Road, Bristol, on Instagram, Facebook and Google
 * Business Profile with a small budget. See {@link SamplePlans#localBakery()} for what it holds and
 * which findings it shows.
 */
final class LocalBakerySample {
  static final ZoneId LONDON = ZoneId.of("Europe/London");
  static final CurrencyUnit GBP = CurrencyUnit.GBP;
  static final LocalDate PLAN_START = LocalDate.of(2026, 3, 1);
  static final LocalDate PLAN_END = LocalDate.of(2026, 9, 1);
  /** Four weeks across the switch to British Summer Time (29 March) and Easter (5 April 2026). */
  static final LocalDate CALENDAR_START = LocalDate.of(2026, 3, 23);
  static final LocalDate CALENDAR_END = LocalDate.of(2026, 4, 20);
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 19);
  /** The bakery closes on Maundy Thursday for its Easter deep clean: no Google post that week. */
  static final LocalDate CLOSED = LocalDate.of(2026, 4, 2);
  static final long SEED = 20_260_323L;

  /** The Easter post with eight hashtags, over Instagram's cap of five (CALENDAR_TOO_MANY_HASHTAGS). */
  static final String EASTER_POST_ID = "ig-easter";

  static final String GOAL_FOLLOWERS = "2,500 Instagram followers";
  static final String GOAL_PREORDER_CLICKS = "1,500 clicks to the pre-order page";

  static final BusinessObjective FOOTFALL =
      BusinessObjective.of("footfall", "More neighbours through the door on weekday mornings");
  static final BusinessObjective PREORDERS =
      BusinessObjective.of("preorders", "Sell out the weekend bake through pre-orders");

  static final Region BISHOPSTON =
      Region.of("Bishopston and Gloucester Road, Bristol", "GB")
          .withSettlement(Region.Settlement.CITY)
          .withActivities(Region.Activity.LIVING, Region.Activity.WORKING);

  static final CreatorPermission UGC_PERMISSION =
      CreatorPermission.grantedAt(Instant.parse("2026-03-20T10:05:00Z"))
          .withEvidence("her comment \"of course, go ahead!\" under our request");

  private LocalBakerySample() {}

  static SamplePlan sample() {
    SchedulingRequest request = schedulingRequest();
    ContentCalendar calendar = PublishedCalendar.asRun(Scheduler.schedule(request).calendar());
    SimulatedPerformance performance =
        new SimulatedPerformance(
            Map.of(
                Platform.INSTAGRAM,
                new SimulatedPerformance.Account(
                    1_460, 6.0, 0.3, 0.4, 0.07, EnumSet.of(Measure.CLICKS)),
                Platform.FACEBOOK,
                new SimulatedPerformance.Account(
                    2_300, 1.0, 0.12, 0.5, 0.04, EnumSet.of(Measure.SAVES)),
                Platform.GOOGLE_BUSINESS_PROFILE,
                new SimulatedPerformance.Account(
                    900,
                    0,
                    0.5,
                    0.3,
                    0.0,
                    EnumSet.of(
                        Measure.FOLLOWERS,
                        Measure.REACTIONS,
                        Measure.COMMENTS,
                        Measure.SHARES,
                        Measure.SAVES,
                        Measure.FOLLOWS))),
            Map.of(Platform.INSTAGRAM, Money.of(GBP, 18)),
            GBP,
            Optional.of(Money.of(GBP, 18)),
            0.2,
            SEED);
    return SamplePlan.builder()
        .name("Crumb & Co. (a local bakery)")
        .description(
            "A neighbourhood bakery in Bristol on Instagram, Facebook and Google Business Profile"
                + " with GBP 1,800 for six months: daily bakes, two Instagram stories a day from"
                + " recurring posts, an Instagram pre-order shop and customers' photos reposted with"
                + " their permission.")
        .plan(plan())
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
                .name("Crumb & Co.")
                .industry("bakery")
                .businessModel(BusinessModel.B2C)
                .missionStatement("Bake honest bread for our neighbourhood, fresh every morning.")
                .build())
        .addBusinessObjectives(FOOTFALL, PREORDERS)
        .addGoals(
            Goal.builder()
                .name(GOAL_FOLLOWERS)
                .objective(Objective.AUDIENCE_GROWTH)
                .metric(MetricKind.FOLLOWERS)
                .platform(Platform.INSTAGRAM)
                .baseline(Target.ofCount(1_400))
                .target(Target.ofCount(2_500))
                .start(PLAN_START)
                .deadline(PLAN_END)
                .businessObjective(FOOTFALL)
                .owner("Hannah")
                .growthReference(
                    GrowthReference.observed(150, 170, 210).withSource("Instagram Insights, winter 2025"))
                .build(),
            Goal.builder()
                .name(GOAL_PREORDER_CLICKS)
                .objective(Objective.TRAFFIC)
                .acrossAllPlatforms(true)
                .metric(MetricKind.CLICKS)
                .baseline(Target.ofCount(0))
                .target(Target.ofCount(1_500))
                .start(PLAN_START)
                .deadline(PLAN_END)
                .businessObjective(PREORDERS)
                .owner("Hannah")
                .growthReference(
                    GrowthReference.observed(210, 240, 275)
                        .withSource("pre-order page visits from social, December 2025 to February 2026"))
                .build())
        .audience(
            Audience.builder()
                .add(
                    Persona.builder()
                        .name("Local families")
                        .ageRange(AgeRange.of(28, 45))
                        .genderMix(GenderMix.womenAndMen(0.6))
                        .addRegion(BISHOPSTON)
                        .addLanguage(Locale.UK)
                        .addHousehold(HouseholdType.COUPLE_WITH_CHILDREN)
                        .addInterests("weekend brunch", "sourdough", "local shops")
                        .purchasingPower(PurchasingPower.MEDIUM)
                        .addPainPoints("supermarket bread goes stale in a day", "Saturday queues")
                        .addPlatforms(Platform.INSTAGRAM, Platform.FACEBOOK)
                        .dataSource(DataSource.ANALYTICS)
                        .build(),
                    0.6)
                .add(
                    Persona.builder()
                        .name("Office workers on Gloucester Road")
                        .ageRange(AgeRange.of(22, 40))
                        .genderMix(GenderMix.womenAndMen(0.5))
                        .addRegion(BISHOPSTON)
                        .addLanguage(Locale.UK)
                        .addInterests("coffee and a pastry", "quick lunch")
                        .purchasingPower(PurchasingPower.MEDIUM)
                        .addPainPoints("lunch queues", "nothing good near the office")
                        .addPlatforms(Platform.INSTAGRAM)
                        .dataSource(DataSource.SURVEY)
                        .build(),
                    0.4)
                .build())
        .addPlatforms(
            PlatformChoice.of(Platform.INSTAGRAM, "our bakes sell on looks; the families follow us there"),
            PlatformChoice.of(Platform.FACEBOOK, "the Bishopston community group and the older regulars"),
            PlatformChoice.of(
                Platform.GOOGLE_BUSINESS_PROFILE, "people searching 'bakery near me' on Maps"))
        .addCompetitors(
            Competitor.builder()
                .name("The Loaf Shed")
                .addPresences(presence(Platform.INSTAGRAM, "theloafshed", 4_800, 5, 4.4))
                .swot(
                    Swot.builder()
                        .addStrengths("beautiful photography")
                        .addWeaknesses("no pre-orders")
                        .addOpportunities("a second shop")
                        .addThreats("opens on Mondays, when we are closed")
                        .build())
                .build(),
            Competitor.builder()
                .name("Gloucester Road Bakehouse")
                .addPresences(presence(Platform.FACEBOOK, "GloucesterRoadBakehouse", 3_100, 3, 2.0))
                .swot(
                    Swot.builder()
                        .addStrengths("thirty years on the road")
                        .addWeaknesses("barely posts")
                        .addOpportunities("wholesale to cafés")
                        .addThreats("cheaper bread")
                        .build())
                .build())
        .brandSwot(
            Swot.builder()
                .addStrengths("sourdough with a three-day ferment", "known by name by the regulars")
                .addWeaknesses("one baker posts between bakes")
                .addOpportunities(
                    "neither competitor takes pre-orders online", "Google Maps searches for bakeries")
                .addThreats("rising flour and energy prices")
                .build())
        .budget(
            Budget.builder()
                .total(Money.of(GBP, 1_800))
                .period(LocalDateRange.of(PLAN_START, PLAN_END))
                .digitalMarketingShare(0.9)
                .addAllocations(
                    Allocation.of(Platform.INSTAGRAM, BudgetCategory.CONTENT_CREATION, Money.of(GBP, 600))
                        .withId("photography"),
                    Allocation.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, Money.of(GBP, 450))
                        .withId("saturday-boosts")
                        .withExpectedReturn(Money.of(GBP, 900)),
                    Allocation.of(Platform.FACEBOOK, BudgetCategory.CONTENT_CREATION, Money.of(GBP, 300))
                        .withId("facebook-events"),
                    Allocation.of(BudgetCategory.TOOLS, Money.of(GBP, 240)).withId("scheduling-app"))
                .build())
        .content(
            ContentStrategy.builder()
                .addPillars(
                    ContentPillar.of("Today's bakes", "#C68B59", "sourdough", "freshbread", "bristolbakery"),
                    ContentPillar.of("Behind the counter", "#8D6E63"),
                    ContentPillar.of("Neighbourhood", "#6B8E23", "gloucesterroad", "bishopston"))
                .mix(ContentMix.EIGHTY_TWENTY)
                .platformAdaptation(PlatformAdaptation.ADAPTED_PER_PLATFORM)
                .addKeywordSets(
                    KeywordSet.of(Platform.INSTAGRAM, "sourdough", "bristolbakery", "gloucesterroad"),
                    KeywordSet.of(Platform.GOOGLE_BUSINESS_PROFILE, "bakery near me", "sourdough Bristol"))
                .addTactics(
                    SocialCommerce.builder()
                        .name("Weekend pre-orders")
                        .platform(Platform.INSTAGRAM)
                        .shopName("Crumb & Co. pre-orders")
                        .allocationId("saturday-boosts")
                        .build(),
                    UgcProgramme.builder()
                        .name("Your Crumb breakfasts")
                        .hashtag("crumbbreakfast")
                        .addCollectingOn(Platform.INSTAGRAM)
                        .addReposts(
                            UgcRepost.builder()
                                .creator("amy.in.bristol")
                                .platform(Platform.INSTAGRAM)
                                .reference("her photo of 19 March 2026: cinnamon buns in the park")
                                .permission(UGC_PERMISSION)
                                .build())
                        .build())
                .build())
        .timeZone(LONDON)
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
        .observedOn(LocalDate.of(2026, 2, 14))
        .build();
  }

  static SchedulingRequest schedulingRequest() {
    Interval period =
        Interval.of(
            CALENDAR_START.atStartOfDay(LONDON).toInstant(),
            CALENDAR_END.atStartOfDay(LONDON).toInstant());
    PostingSchedule instagram =
        PostingSchedule.builder()
            .platform(Platform.INSTAGRAM)
            .zone(LONDON)
            .pattern(WeeklySlots.on(EnumSet.range(DayOfWeek.TUESDAY, DayOfWeek.SUNDAY), LocalTime.of(8, 0)))
            .maxPostsPerDay(3)
            .build();
    PostingSchedule facebook =
        PostingSchedule.builder()
            .platform(Platform.FACEBOOK)
            .zone(LONDON)
            .pattern(WeeklySlots.on(EnumSet.allOf(DayOfWeek.class), LocalTime.of(12, 0)))
            .maxPostsPerDay(1)
            .build();
    PostingSchedule google =
        PostingSchedule.builder()
            .platform(Platform.GOOGLE_BUSINESS_PROFILE)
            .zone(LONDON)
            .pattern(WeeklySlots.on(EnumSet.of(DayOfWeek.THURSDAY), LocalTime.of(9, 0)))
            .addBlackoutDate(CLOSED)
            .build();
    return SchedulingRequest.builder()
        .period(period)
        .zone(LONDON)
        .addSchedules(instagram, facebook, google)
        .existing(ContentCalendar.of(LONDON, stories(period)))
        .addAllDrafts(drafts())
        .mix(RollingMix.defaultTarget())
        .build();
  }

  /**
   * Two Instagram stories a day from recurring posts: the morning's bakes at 07:00 and what is left
   * at 15:00; on Mondays the morning story says the shop is closed, and the afternoon stories of
   * Monday, Thursday and Saturday promote the pre-orders (overrides of single occurrences).
   */
  static List<ScheduledPost> stories(Interval period) {
    ScheduledPost morning =
        ScheduledPost.builder()
            .id("story-morning")
            .platform(Platform.INSTAGRAM)
            .time(period.getStart())
            .content(PostContent.builder()
                .format(PostFormat.STORY)
                .purpose(PostPurpose.INFORM)
                .pillar("Today's bakes")
                .text("Fresh out of the oven this morning. Doors open at 7:30.")
                .addMedia(described(MediaKind.VIDEO))
                .duration(Duration.ofSeconds(15))
                .build())
            .status(PostStatus.SCHEDULED)
            .build();
    ScheduledPost afternoon =
        ScheduledPost.builder()
            .from(morning)
            .id("story-afternoon")
            .content(PostContent.builder()
                .from(morning.content())
                .purpose(PostPurpose.ENTERTAIN)
                .text("What's left on the counter at three. First come, first served.")
                .media(List.of(described(MediaKind.IMAGE)))
                .duration(Optional.empty())
                .build())
            .build();
    LocalDateTime start = CALENDAR_START.atStartOfDay();
    RecurringPost mornings =
        RecurringPost.of(
            morning, RecurrencePattern.of("FREQ=DAILY;COUNT=28", start.with(LocalTime.of(7, 0))), LONDON);
    RecurringPost afternoons =
        RecurringPost.of(
            afternoon, RecurrencePattern.of("FREQ=DAILY;COUNT=28", start.with(LocalTime.of(15, 0))), LONDON);
    for (int week = 0; week < 4; week++) {
      LocalDate monday = CALENDAR_START.plusWeeks(week);
      mornings =
          mornings.withOverride(
              monday.atTime(7, 0),
              OccurrenceOverride.of(
                  mornings
                      .template()
                      .content()
                      .withText("Closed on Mondays: the ovens rest, the starter doesn't. See you tomorrow!")));
      afternoons =
          afternoons
              .withOverride(
                  monday.atTime(15, 0),
                  promotion(afternoons, "Tomorrow's bake is up in the shop: pre-order tonight, collect from 7:30."))
              .withOverride(
                  monday.plusDays(3).atTime(15, 0),
                  promotion(afternoons, "Weekend pre-orders close tonight at nine. Link in bio."))
              .withOverride(
                  monday.plusDays(5).atTime(15, 0),
                  promotion(afternoons, "Sold out of loaves! Pre-order Sunday's and skip the queue."));
    }
    List<ScheduledPost> posts = new ArrayList<>(mornings.expand(period));
    posts.addAll(afternoons.expand(period));
    return posts;
  }

  private static OccurrenceOverride promotion(RecurringPost recurring, String text) {
    return OccurrenceOverride.of(
        recurring.template().content().withPurpose(PostPurpose.PROMOTE).withText(text));
  }

  private static final String[] BAKES = {
    "seeded rye", "cinnamon buns", "country sourdough", "cardamom knots", "focaccia with rosemary",
    "spelt loaf", "almond croissants", "hot cross buns", "olive sourdough", "pain au chocolat",
    "walnut bread", "lemon drizzle", "sourdough bagels", "fruit loaf", "brioche", "ciabatta",
    "porridge loaf", "morning buns", "rye and caraway", "custard tarts", "baguettes", "potato bread",
    "chocolate babka", "oat and honey loaf",
  };

  /**
   * The backlog: an Instagram bake of the day from Tuesday to Sunday, a Facebook post every day
   * (one in five promotes the pre-orders) and a Google Business Profile update on Thursdays.
   */
  static List<Draft> drafts() {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 22; i++) {
      boolean promote = i % 5 == 4;
      String bake = BAKES[i];
      drafts.add(
          Draft.builder()
              .id(String.format(Locale.ROOT, "ig-%02d", i + 1))
              .platform(Platform.INSTAGRAM)
              .content(PostContent.builder()
                  .format(i % 3 == 2 ? PostFormat.CAROUSEL : PostFormat.IMAGE)
                  .purpose(promote ? PostPurpose.PROMOTE : PostPurpose.INFORM)
                  .pillar("Today's bakes")
                  .text(
                  promote
                      ? "Pre-order this weekend's " + bake + " from our shop and skip the Saturday queue."
                      : "Today's " + bake + ", still warm. Come early: they go by ten.")
                  .addHashtags("sourdough", "bristolbakery", "gloucesterroad")
                  .media(
                  i % 3 == 2
                      ? List.of(
                          described(MediaKind.IMAGE),
                          described(MediaKind.IMAGE),
                          described(MediaKind.IMAGE))
                      : List.of(described(MediaKind.IMAGE)))
                  .build())
              .build());
    }
    drafts.add(
        Draft.builder()
            .id(EASTER_POST_ID)
            .platform(Platform.INSTAGRAM)
            .content(PostContent.builder()
                .format(PostFormat.IMAGE)
                .purpose(PostPurpose.ENTERTAIN)
                .pillar("Neighbourhood")
                .text("Happy Easter from everyone at Crumb & Co.! Thank you for a wonderful spring.")
                .addHashtags(
                "easter", "hotcrossbuns", "bristol", "bristolbakery", "sourdough", "gloucesterroad",
                "bishopston", "shoplocal")
                .addMedia(described(MediaKind.IMAGE))
                .build())
            .campaignWindow(
                Interval.of(
                    LocalDate.of(2026, 4, 4).atStartOfDay(LONDON).toInstant(),
                    LocalDate.of(2026, 4, 6).atStartOfDay(LONDON).toInstant()))
            .build());
    drafts.add(
        Draft.builder()
            .id("ig-ugc-amy")
            .platform(Platform.INSTAGRAM)
            .content(PostContent.builder()
                .format(PostFormat.IMAGE)
                .purpose(PostPurpose.ENTERTAIN)
                .pillar("Neighbourhood")
                .text("Cinnamon buns in the park, by @amy.in.bristol. Tag #crumbbreakfast and we may share yours.")
                .addMentions("amy.in.bristol")
                .addHashtags("crumbbreakfast")
                .addMedia(described(MediaKind.IMAGE))
                .source(PostSource.userGenerated("amy.in.bristol", UGC_PERMISSION))
                .build())
            .build());
    for (int i = 0; i < 28; i++) {
      boolean promote = i % 5 == 4;
      String bake = BAKES[(i + 5) % BAKES.length];
      drafts.add(
          Draft.builder()
              .id(String.format(Locale.ROOT, "fb-%02d", i + 1))
              .platform(Platform.FACEBOOK)
              .content(PostContent.builder()
                  .format(PostFormat.IMAGE)
                  .purpose(promote ? PostPurpose.PROMOTE : i % 2 == 0 ? PostPurpose.INFORM : PostPurpose.ENTERTAIN)
                  .pillar(promote || i % 2 == 0 ? "Today's bakes" : "Behind the counter")
                  .text(
                  promote
                      ? "Weekend pre-orders are open: " + bake + " and more, ready to collect from 8am."
                      : i % 2 == 0
                          ? "On the counter today: " + bake + ". We bake until it's gone."
                          : "Behind the counter: how our " + bake + " gets its crust, at 4am.")
                  .addMedia(described(MediaKind.IMAGE))
                  .build())
              .build());
    }
    String[] updates = {
      "Now taking weekend pre-orders online: order by Thursday, collect on Saturday.",
      "Hot cross buns every day until Easter Monday.",
      "Spring opening hours: Tuesday to Sunday, 7:30 to 3.",
    };
    for (int i = 0; i < updates.length; i++) {
      drafts.add(
          Draft.builder()
              .id(String.format(Locale.ROOT, "gbp-%02d", i + 1))
              .platform(Platform.GOOGLE_BUSINESS_PROFILE)
              .content(PostContent.builder()
                  .format(PostFormat.IMAGE)
                  .purpose(i == 0 ? PostPurpose.PROMOTE : PostPurpose.INFORM)
                  .pillar("Neighbourhood")
                  .text(updates[i])
                  .addMedia(described(MediaKind.IMAGE))
                  .build())
              .build());
    }
    return drafts;
  }

  static Map<String, MetricSeries> goalSeries() {
    LocalDate[] dates = {
      PLAN_START, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 12), AS_OF,
    };
    long[] followers = {1_400, 1_482, 1_570, 1_641, 1_690};
    long[] clicks = {0, 118, 262, 351, 402};
    List<MetricObservation> f = new ArrayList<>();
    List<MetricObservation> c = new ArrayList<>();
    for (int i = 0; i < dates.length; i++) {
      f.add(MetricObservation.ofCount(dates[i], followers[i]));
      c.add(MetricObservation.ofCount(dates[i], clicks[i]));
    }
    Map<String, MetricSeries> series = new LinkedHashMap<>();
    series.put(GOAL_FOLLOWERS, MetricSeries.of(f));
    series.put(GOAL_PREORDER_CLICKS, MetricSeries.of(c));
    return series;
  }

  /** A media item with the sample's alt text for its kind (every sample image and video has one). */
  private static MediaItem described(MediaKind kind) {
    return MediaItem.of(
        kind,
        kind == MediaKind.VIDEO
            ? "Video: hands shaping sourdough on a floured bench at dawn"
            : "Sourdough loaves cooling on a rack by the shop window");
  }
}
