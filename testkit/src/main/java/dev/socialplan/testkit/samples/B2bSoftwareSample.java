package dev.socialplan.testkit.samples;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.progress.MetricObservation;
import dev.socialplan.analytics.progress.MetricSeries;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.DataSource;
import dev.socialplan.audience.EmploymentStatus;
import dev.socialplan.audience.GenderMix;
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
import dev.socialplan.calendar.PostStatus;
import dev.socialplan.calendar.RollingMix;
import dev.socialplan.calendar.ScheduledPost;
import dev.socialplan.calendar.schedule.PostingSchedule;
import dev.socialplan.calendar.schedule.TimeWindow;
import dev.socialplan.calendar.schedule.WeeklySlot;
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
import dev.socialplan.tactic.InteractivePost;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.ShortVideoProgramme;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Duration;
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
 * A B2B software company: Tessellate, planning software for engineering teams in Berlin, led by
 * LinkedIn, with lead goals. See {@link SamplePlans#b2bSoftware()} for what it holds and which
 * findings it shows.
 */
final class B2bSoftwareSample {
  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  static final CurrencyUnit EUR = CurrencyUnit.EUR;
  static final LocalDate PLAN_START = LocalDate.of(2026, 3, 1);
  static final LocalDate PLAN_END = LocalDate.of(2026, 9, 1);
  /** Four weeks across the switch to summer time (29 March 2026). */
  static final LocalDate CALENDAR_START = LocalDate.of(2026, 3, 16);
  static final LocalDate CALENDAR_END = LocalDate.of(2026, 4, 13);
  static final LocalDate AS_OF = LocalDate.of(2026, 4, 12);
  static final long SEED = 20_260_316L;

  static final String WEBINAR_POST_ID = "yt-live-webinar-0409";
  static final ZonedDateTime WEBINAR_START = ZonedDateTime.of(2026, 4, 9, 16, 0, 0, 0, BERLIN);
  static final ZonedDateTime WEBINAR_ANNOUNCED = ZonedDateTime.of(2026, 3, 26, 9, 0, 0, 0, BERLIN);

  static final String GOAL_DEMO_REQUESTS = "360 demo requests from LinkedIn by September";
  static final String GOAL_LINKEDIN_FOLLOWERS = "8,000 LinkedIn followers";
  static final String GOAL_COST_PER_LEAD = "Cost per lead below EUR 90";

  static final BusinessObjective PIPELINE =
      BusinessObjective.of("pipeline", "Build sales pipeline with mid-size engineering teams");
  static final BusinessObjective BRAND =
      BusinessObjective.of("category-brand", "Be known for planning without crunch");

  private B2bSoftwareSample() {}

  static SamplePlan sample() {
    SchedulingRequest request = schedulingRequest();
    ContentCalendar calendar = PublishedCalendar.asRun(Scheduler.schedule(request).calendar());
    SimulatedPerformance performance =
        new SimulatedPerformance(
            Map.of(
                Platform.LINKEDIN,
                new SimulatedPerformance.Account(
                    5_420, 9.0, 0.18, 0.5, 0.035, EnumSet.of(Measure.SAVES)),
                Platform.YOUTUBE,
                new SimulatedPerformance.Account(
                    1_900, 2.0, 0.35, 0.7, 0.045, EnumSet.of(Measure.SAVES))),
            Map.of(Platform.LINKEDIN, Money.of(EUR, 1_000)),
            EUR,
            Optional.empty(),
            0.09,
            SEED);
    return SamplePlan.builder()
        .name("Tessellate (B2B software)")
        .description(
            "A Berlin software company selling planning software to engineering teams: LinkedIn"
                + " first, YouTube for demos, Shorts and a live webinar, with demo requests as the"
                + " goal and paid LinkedIn promotion measured by cost per lead.")
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
                .name("Tessellate")
                .industry("project-planning software")
                .businessModel(BusinessModel.B2B)
                .missionStatement("Make planning visible so that engineering teams ship without crunch.")
                .build())
        .addBusinessObjectives(PIPELINE, BRAND)
        .addAllGoals(goals())
        .audience(
            Audience.builder()
                .add(
                    Persona.builder()
                        .name("Engineering managers at scale-ups")
                        .ageRange(AgeRange.of(30, 45))
                        .genderMix(GenderMix.womenAndMen(0.3))
                        .addRegion(Region.of("Germany, Austria and Switzerland"))
                        .addLanguages(Locale.ENGLISH, Locale.GERMAN)
                        .incomeBand(IncomeBand.yearly(Money.of(EUR, 85_000), Money.of(EUR, 120_000)))
                        .addInterests("engineering management", "delivery metrics", "remote teams")
                        .purchasingPower(PurchasingPower.HIGH)
                        .addPainPoints("roadmaps that slip", "status meetings that eat the week")
                        .addEmployment(EmploymentStatus.EMPLOYED)
                        .addOccupation("engineering manager")
                        .addPlatforms(Platform.LINKEDIN, Platform.YOUTUBE)
                        .dataSource(DataSource.ANALYTICS)
                        .build(),
                    0.6)
                .add(
                    Persona.builder()
                        .name("CTOs of mid-size software companies")
                        .ageRange(AgeRange.of(35, 55))
                        .genderMix(GenderMix.womenAndMen(0.2))
                        .addRegion(Region.of("Germany, Austria and Switzerland"))
                        .addLanguages(Locale.ENGLISH, Locale.GERMAN)
                        .addInterests("engineering strategy", "hiring")
                        .purchasingPower(PurchasingPower.HIGH)
                        .addPainPoints("no view of what teams are working on", "missed release dates")
                        .addOccupation("chief technology officer")
                        .addPlatforms(Platform.LINKEDIN)
                        .dataSource(DataSource.SURVEY)
                        .build(),
                    0.4)
                .build())
        .addPlatforms(
            PlatformChoice.of(
                Platform.LINKEDIN, "where engineering leaders read and buy; B2B (the strategy guide)"),
            PlatformChoice.of(
                Platform.YOUTUBE, "product demos, webinar recordings and Shorts; searched by buyers"))
        .addAllCompetitors(competitors())
        .brandSwot(
            Swot.builder()
                .addStrengths("planning tied to the code repository", "customers who speak for us")
                .addWeaknesses("a small marketing team", "unknown outside Germany")
                .addOpportunities(
                    "Roadmapr posts no video", "engineering managers ask for delivery benchmarks")
                .addThreats("all-in-one suites bundling planning for free")
                .build())
        .budget(
            Budget.builder()
                .total(Money.of(EUR, 60_000))
                .period(LocalDateRange.of(PLAN_START, PLAN_END))
                .digitalMarketingShare(0.3)
                .addAllocations(
                    Allocation.of(Platform.LINKEDIN, BudgetCategory.PAID_PROMOTION, Money.of(EUR, 24_000))
                        .withId("linkedin-ads")
                        .withExpectedReturn(Money.of(EUR, 72_000)),
                    Allocation.of(Platform.LINKEDIN, BudgetCategory.CONTENT_CREATION, Money.of(EUR, 12_000))
                        .withId("linkedin-content"),
                    Allocation.of(Platform.YOUTUBE, BudgetCategory.CONTENT_CREATION, Money.of(EUR, 9_000))
                        .withId("video-production"),
                    Allocation.of(Platform.YOUTUBE, BudgetCategory.LIVE_PRODUCTION, Money.of(EUR, 3_000))
                        .withId("webinars"),
                    Allocation.of(BudgetCategory.PEOPLE, Money.of(EUR, 9_000)).withId("social-manager"),
                    Allocation.of(BudgetCategory.TOOLS, Money.of(EUR, 3_000)).withId("tools"))
                .build())
        .content(
            ContentStrategy.builder()
                .addPillars(
                    ContentPillar.of(
                        "Planning without crunch", "#264653", "planning", "estimation", "roadmap"),
                    ContentPillar.of(
                        "Customer stories", "#2A9D8F", "case study", "delivery", "engineering culture"),
                    ContentPillar.of("Product", "#E9C46A", "Tessellate", "release", "integration"))
                .mix(ContentMix.EIGHTY_TWENTY)
                .platformAdaptation(PlatformAdaptation.ADAPTED_PER_PLATFORM)
                .addKeywordSets(
                    KeywordSet.of(Platform.LINKEDIN, "engineeringmanagement", "roadmaps", "devops"),
                    KeywordSet.of(Platform.YOUTUBE, "sprint planning", "engineering metrics"))
                .addTactics(
                    CommunityProgramme.builder()
                        .name("Engineering leaders' circle")
                        .platform(Platform.LINKEDIN)
                        .groupName("Planning Without Crunch")
                        .addInteractivePosts(InteractivePost.QUESTION)
                        .interactivePostsPerWeek(1)
                        .allocationId("social-manager")
                        .build(),
                    ShortVideoProgramme.builder()
                        .name("One tip in a minute")
                        .addPlatforms(Platform.YOUTUBE)
                        .postsPerWeek(3)
                        .videoLength(Duration.ofSeconds(55))
                        .trendNiche("engineering management tips")
                        .allocationId("video-production")
                        .build(),
                    LiveStream.builder()
                        .name("Quarterly planning webinar")
                        .platform(Platform.YOUTUBE)
                        .start(WEBINAR_START)
                        .duration(Duration.ofMinutes(60))
                        .announcedAt(WEBINAR_ANNOUNCED)
                        .allocationId("webinars")
                        .build())
                .build())
        .timeZone(BERLIN)
        .period(LocalDateRange.of(PLAN_START, PLAN_END))
        .build();
  }

  static List<Goal> goals() {
    return List.of(
        Goal.builder()
            .name(GOAL_DEMO_REQUESTS)
            .objective(Objective.LEADS)
            .metric(MetricKind.LEADS)
            .platform(Platform.LINKEDIN)
            .baseline(Target.ofCount(0))
            .target(Target.ofCount(360))
            .start(PLAN_START)
            .deadline(PLAN_END)
            .businessObjective(PIPELINE)
            .owner("Lena")
            .growthReference(
                GrowthReference.observed(48, 55, 61).withSource("CRM, demo requests from LinkedIn, Q4 2025"))
            .build(),
        // Needs 463 followers a month; the page has grown 180 to 260 a month (GOAL_NOT_ACHIEVABLE).
        Goal.builder()
            .name(GOAL_LINKEDIN_FOLLOWERS)
            .objective(Objective.AUDIENCE_GROWTH)
            .metric(MetricKind.FOLLOWERS)
            .platform(Platform.LINKEDIN)
            .baseline(Target.ofCount(5_220))
            .target(Target.ofCount(8_000))
            .start(PLAN_START)
            .deadline(PLAN_END)
            .businessObjective(BRAND)
            .owner("Jonas")
            .growthReference(
                GrowthReference.observed(180, 240, 260)
                    .withSource("LinkedIn page analytics, December 2025 to February 2026"))
            .build(),
        Goal.builder()
            .name(GOAL_COST_PER_LEAD)
            .objective(Objective.LEADS)
            .metric(MetricKind.COST_PER_ACQUISITION)
            .platform(Platform.LINKEDIN)
            .baseline(Target.ofMoney(Money.of(EUR, 140)))
            .target(Target.ofMoney(Money.of(EUR, 90)))
            .start(PLAN_START)
            .deadline(PLAN_END)
            .businessObjective(PIPELINE)
            .owner("Lena")
            .growthReference(
                GrowthReference.benchmark(new BigDecimal("-12"), new BigDecimal("-6"))
                    .withSource("LinkedIn lead-gen campaigns of two customers, 2025"))
            .build());
  }

  static List<Competitor> competitors() {
    LocalDate observed = LocalDate.of(2026, 2, 27);
    return List.of(
        Competitor.builder()
            .name("Roadmapr")
            .addPresences(
                presence(Platform.LINKEDIN, "roadmapr", 21_500, 5, 1.4, observed),
                presence(Platform.YOUTUBE, "@roadmapr", 3_100, 0.5, 2.0, observed))
            .swot(
                Swot.builder()
                    .addStrengths("three times our followers")
                    .addWeaknesses("posts no video", "generic content")
                    .addOpportunities("a partnership programme for consultancies")
                    .addThreats("a free tier")
                    .build())
            .build(),
        Competitor.builder()
            .name("Sprintwise")
            .addPresences(presence(Platform.LINKEDIN, "sprintwise", 9_800, 3, 2.6, observed))
            .swot(
                Swot.builder()
                    .addStrengths("founders with a large personal following")
                    .addWeaknesses("only in English")
                    .addOpportunities("enterprise customers")
                    .addThreats("a sharp price for start-ups")
                    .build())
            .build(),
        Competitor.builder()
            .name("PlanStack")
            .addPresences(presence(Platform.LINKEDIN, "planstack", 4_300, 2, 1.1, observed))
            .notes("Launched in January 2026; not analysed yet.")
            .build());
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

  static SchedulingRequest schedulingRequest() {
    Interval period =
        Interval.of(
            CALENDAR_START.atStartOfDay(BERLIN).toInstant(),
            CALENDAR_END.atStartOfDay(BERLIN).toInstant());
    Set<DayOfWeek> weekdays = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    PostingSchedule.Builder linkedIn =
        PostingSchedule.builder()
            .platform(Platform.LINKEDIN)
            .zone(BERLIN)
            .pattern(WeeklySlots.on(weekdays, LocalTime.of(8, 30)))
            .maxPostsPerDay(1);
    for (DayOfWeek day : weekdays) {
      linkedIn.addAllowedWindows(TimeWindow.of(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
    }
    PostingSchedule youtube =
        PostingSchedule.builder()
            .platform(Platform.YOUTUBE)
            .zone(BERLIN)
            .pattern(
                WeeklySlots.of(
                    WeeklySlot.of(DayOfWeek.MONDAY, 12, 0),
                    WeeklySlot.of(DayOfWeek.TUESDAY, 16, 0),
                    WeeklySlot.of(DayOfWeek.WEDNESDAY, 12, 0),
                    WeeklySlot.of(DayOfWeek.FRIDAY, 12, 0)))
            .maxPostsPerDay(2)
            .build();
    ScheduledPost webinar =
        ScheduledPost.builder()
            .id(WEBINAR_POST_ID)
            .platform(Platform.YOUTUBE)
            .time(WEBINAR_START.toInstant())
            .content(PostContent.builder()
                .format(PostFormat.LIVE)
                .purpose(PostPurpose.EDUCATE)
                .pillar("Planning without crunch")
                .text("Live: how three teams plan a quarter without crunch. Questions welcome.")
                .duration(Duration.ofMinutes(60))
                .build())
            .status(PostStatus.SCHEDULED)
            .build();
    return SchedulingRequest.builder()
        .period(period)
        .zone(BERLIN)
        .addSchedules(linkedIn.build(), youtube)
        .existing(ContentCalendar.of(BERLIN, webinar))
        .addAllDrafts(drafts())
        .mix(RollingMix.defaultTarget())
        .build();
  }

  private static final String[] PRODUCT_TOURS = {
    "from repository to roadmap", "capacity planning across five teams",
  };

  private static final String[] TOPICS = {
    "estimates that survive contact with reality",
    "why status meetings multiply",
    "planning with on-call in mind",
    "the one roadmap metric we trust",
    "saying no to a quarter's worth of scope",
    "dependencies between teams",
    "planning for the week after a release",
    "what to do when the sprint is already lost",
    "capacity planning for parental leave",
    "how many goals a team can carry",
    "reading a burndown honestly",
    "planning migrations nobody wants",
    "hand-offs between product and engineering",
    "when to re-plan and when to hold",
    "roadmaps for platform teams",
    "what a good planning review looks like",
  };

  /**
   * The backlog: a LinkedIn post every weekday (four in five educate or inform, one promotes a
   * demo), one of them the post that announces the webinar two weeks ahead; a long YouTube video
   * every week (every other one a product tour) and three Shorts, each kept to its week by a
   * campaign window.
   */
  static List<Draft> drafts() {
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < 19; i++) {
      boolean promote = i % 5 == 4;
      String topic = TOPICS[i % TOPICS.length];
      PostContent.Builder d =
          PostContent.builder()
              .purpose(promote ? PostPurpose.PROMOTE : i % 3 == 0 ? PostPurpose.INFORM : PostPurpose.EDUCATE)
              .addHashtags("engineeringmanagement", "planning");
      if (promote) {
        d.format(PostFormat.IMAGE)
            .pillar("Product")
            .text(
                "Teams using Tessellate re-plan 40 % less often. See it on your own repository:"
                    + " book a 20-minute demo (link in the comments).")
            .addMedia(described(MediaKind.IMAGE));
      } else if (i % 3 == 0) {
        d.format(PostFormat.CAROUSEL)
            .pillar("Customer stories")
            .text(
                "How a 40-person platform team handled " + topic + ": five slides from their"
                    + " planning review.")
            .addMedia(
                described(MediaKind.IMAGE),
                described(MediaKind.IMAGE),
                described(MediaKind.IMAGE),
                described(MediaKind.IMAGE),
                described(MediaKind.IMAGE));
      } else {
        d.format(PostFormat.TEXT)
            .pillar("Planning without crunch")
            .text(
                "Engineering managers asked us about " + topic + ". Here is what the teams who"
                    + " ship on time do differently, in three points. What would you add?");
      }
      drafts.add(Draft.of(String.format(Locale.ROOT, "li-%02d", i + 1), Platform.LINKEDIN, d.build()));
    }
    drafts.add(
        Draft.builder()
            .id("li-webinar-announce")
            .platform(Platform.LINKEDIN)
            .content(PostContent.builder()
                .format(PostFormat.IMAGE)
                .purpose(PostPurpose.INFORM)
                .pillar("Planning without crunch")
                .announces(WEBINAR_POST_ID)
                .campaign("Quarterly planning webinar")
                .text(
                "On 9 April at 16:00 CEST three engineering managers show how they plan a quarter"
                    + " without crunch. Live on our YouTube channel; set a reminder.")
                .addHashtags("engineeringmanagement", "webinar")
                .addMedia(described(MediaKind.IMAGE))
                .build())
            .campaignWindow(
                Interval.of(
                    WEBINAR_ANNOUNCED.toLocalDate().atStartOfDay(BERLIN).toInstant(),
                    WEBINAR_ANNOUNCED.toLocalDate().plusDays(1).atStartOfDay(BERLIN).toInstant()))
            .priority(2)
            .build());
    for (int week = 0; week < 4; week++) {
      LocalDate monday = CALENDAR_START.plusWeeks(week);
      Interval thisWeek =
          Interval.of(
              monday.atStartOfDay(BERLIN).toInstant(), monday.plusWeeks(1).atStartOfDay(BERLIN).toInstant());
      drafts.add(
          Draft.builder()
              .id(String.format(Locale.ROOT, "yt-long-%02d", week + 1))
              .platform(Platform.YOUTUBE)
              .content(PostContent.builder()
                  .format(PostFormat.LONG_VIDEO)
                  .purpose(week % 2 == 1 ? PostPurpose.PROMOTE : PostPurpose.EDUCATE)
                  .pillar(week % 2 == 1 ? "Product" : "Planning without crunch")
                  .text(
                  week % 2 == 1
                      ? "Tessellate in " + (12 + week * 3) + " minutes: " + PRODUCT_TOURS[week / 2]
                      : "Planning review, episode " + (week + 1) + ": " + TOPICS[week + 4])
                  .addMedia(described(MediaKind.VIDEO))
                  .duration(Duration.ofMinutes(12 + week * 3))
                  .build())
              .campaignWindow(thisWeek)
              .build());
      for (int s = 0; s < 3; s++) {
        int n = week * 3 + s;
        drafts.add(
            Draft.builder()
                .id(String.format(Locale.ROOT, "yt-short-%02d", n + 1))
                .platform(Platform.YOUTUBE)
                .content(PostContent.builder()
                    .format(PostFormat.SHORT_VIDEO)
                    .purpose(n % 2 == 0 ? PostPurpose.EDUCATE : PostPurpose.ENTERTAIN)
                    .pillar("Planning without crunch")
                    .text("One tip in a minute: " + TOPICS[(n + 7) % TOPICS.length])
                    .addHashtags("shorts", "engineering")
                    .addMedia(described(MediaKind.VIDEO))
                    .duration(Duration.ofSeconds(55))
                    .build())
                .campaignWindow(thisWeek)
                .build());
      }
    }
    return drafts;
  }

  static Map<String, MetricSeries> goalSeries() {
    LocalDate[] months = {PLAN_START, LocalDate.of(2026, 3, 15), LocalDate.of(2026, 4, 1), AS_OF};
    long[] demos = {0, 27, 58, 79};
    long[] followers = {5_220, 5_335, 5_463, 5_561};
    long[] costPerLead = {140, 131, 127, 122};
    List<MetricObservation> d = new ArrayList<>();
    List<MetricObservation> f = new ArrayList<>();
    List<MetricObservation> c = new ArrayList<>();
    for (int i = 0; i < months.length; i++) {
      d.add(MetricObservation.ofCount(months[i], demos[i]));
      f.add(MetricObservation.ofCount(months[i], followers[i]));
      c.add(MetricObservation.of(months[i], Target.ofMoney(Money.of(EUR, costPerLead[i]))));
    }
    Map<String, MetricSeries> series = new LinkedHashMap<>();
    series.put(GOAL_DEMO_REQUESTS, MetricSeries.of(d));
    series.put(GOAL_LINKEDIN_FOLLOWERS, MetricSeries.of(f));
    series.put(GOAL_COST_PER_LEAD, MetricSeries.of(c));
    return series;
  }

  /** A media item with the sample's alt text for its kind (every sample image and video has one). */
  private static MediaItem described(MediaKind kind) {
    return MediaItem.of(
        kind,
        kind == MediaKind.VIDEO
            ? "Video with captions: a two-minute walkthrough of the product"
            : "Screenshot of the dashboard's weekly report, three charts trending up");
  }
}
