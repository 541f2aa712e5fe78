package dev.socialplan.examples;

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
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Handle;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.competition.Swot;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.KeywordSet;
import dev.socialplan.content.PlatformAdaptation;
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
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.CreatorPermission;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.InfluencerTier;
import dev.socialplan.tactic.InteractivePost;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.SocialCommerce;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.tactic.UgcProgramme;
import dev.socialplan.tactic.UgcRepost;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;

/**
 * The strategy guide's scenario as a {@link StrategyPlan}, built step by step through the public API.
 *
 * <p>The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (a guide to building a social media marketing strategy, in Traditional Chinese)
 * names its example audience — "single mothers in their 20s living and working in large cities" —
 * and its example goal — "+400 new Instagram followers a month" — but no brand. This class invents
 * one that fits: <b>Lumi Mama</b>, a Taiwanese B2C skincare brand whose five-minute routines are made
 * for mothers who raise their children alone. Everything else follows the strategy guide's eight steps and
 * its trends: SMART goals tied to business objectives, a persona built from survey data, platforms
 * chosen for reasons, five-at-most competitors with SWOT, a budget in New Taiwan dollars with
 * allocations, an 80/20 content mix with pillars, a micro-influencer campaign on the strategy guide's tier
 * scheme, a TikTok short-video programme repurposed to Reels, a live stream announced in advance,
 * user-generated content reposted with the creator's permission, and an Instagram shop.
 *
 * <p>Like a real first draft, the plan is not perfect: three platforms ask for more posts a week
 * than the team of three can make at the recommended frequencies, one competitor still lacks a
 * SWOT, one influencer the agency proposed is above the micro tier, and two goals have no growth
 * history to judge whether they are achievable. The validator finds these (see {@link
 * ValidationSection}).
 *
 * <p>Read this class top to bottom as a worked example of building a plan.
 */
public final class ArticleScenario {
  private ArticleScenario() {}

  /** The currency of the plan: New Taiwan dollars. */
  public static final CurrencyUnit TWD = CurrencyUnit.of("TWD");

  /** The brand's zone: every schedule and the calendar are in Taipei time. */
  public static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");

  /** The day the plan is reviewed: validation and the recommendation are as of this date. */
  public static final LocalDate PLANNING_DATE = LocalDate.of(2026, 2, 23);

  /** Six months, March to August 2026, half-open. */
  public static final LocalDateRange PERIOD =
      LocalDateRange.of(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 9, 1));

  // ---------------------------------------------------------------------------------------------
  // The brand and what the business wants (the strategy guide, step 1: goals serve business objectives).
  // ---------------------------------------------------------------------------------------------

  /** The brand, with the mission statement the goals and any purpose-driven content must serve. */
  public static final Brand BRAND =
      Brand.of("Lumi Mama", "skincare", BusinessModel.B2C)
          .withMissionStatement(
              "Five minutes of self-care a day for mothers who raise their children alone.");

  /** Business objective: sell more online. */
  public static final BusinessObjective ONLINE_SALES =
      BusinessObjective.of("online-sales", "Grow online sales of the five-minute routine line")
          .withDescription("Web shop and Instagram Shop revenue, +65 % by the end of August.");

  /** Business objective: be known by the audience. */
  public static final BusinessObjective AWARENESS =
      BusinessObjective.of("awareness", "Become the self-care brand young single mothers know")
          .withDescription("In Taipei, New Taipei, Taichung and Kaohsiung.");

  /** Business objective: a community that keeps customers. */
  public static final BusinessObjective COMMUNITY =
      BusinessObjective.of("community", "Build a community of mothers who support each other");

  // ---------------------------------------------------------------------------------------------
  // SMART goals (the strategy guide, step 1). Each names its metric, baseline, target, platform, dates, owner,
  // the business objective it serves and, where known, the growth history it is judged against.
  // ---------------------------------------------------------------------------------------------

  /** The strategy guide's goal: +400 Instagram followers a month, from 8,600 to 11,000 in six months. */
  public static final Goal INSTAGRAM_FOLLOWERS =
      Goal.builder()
          .name("Instagram +400 followers a month")
          .objective(Objective.AUDIENCE_GROWTH)
          .metric(MetricKind.FOLLOWERS)
          .platform(Platform.INSTAGRAM)
          .baseline(Target.ofCount(8_600))
          .target(Target.ofCount(11_000))
          .start(PERIOD.getStart())
          .deadline(PERIOD.getEnd())
          .businessObjective(AWARENESS)
          .owner("Mei-Ling (social media lead)")
          // The strategy guide: achievable if the account has grown about that much before.
          .growthReference(
              GrowthReference.observed(320, 410, 480, 450)
                  .withSource("Instagram Insights, November 2025 to February 2026"))
          .build();

  /** Engagement: the strategy guide suggests engagement rate as the metric for engagement goals. */
  public static final Goal INSTAGRAM_ENGAGEMENT =
      Goal.builder()
          .name("Instagram engagement rate 4.5%")
          .objective(Objective.ENGAGEMENT)
          .metric(MetricKind.ENGAGEMENT_RATE)
          .platform(Platform.INSTAGRAM)
          .baseline(Target.ofPercent(3.2))
          .target(Target.ofPercent(4.5))
          .start(PERIOD.getStart())
          .deadline(PERIOD.getEnd())
          .businessObjective(COMMUNITY)
          .owner("Mei-Ling (social media lead)")
          .build();

  /** Traffic: monthly visits from social media to the web shop (the strategy guide's URL clicks). */
  public static final Goal SHOP_VISITS =
      Goal.builder()
          .name("Shop visits from social 3,000 a month")
          .objective(Objective.TRAFFIC)
          .acrossAllPlatforms(true)
          .metric(MetricKind.WEBSITE_VISITS)
          .baseline(Target.ofCount(1_200))
          .target(Target.ofCount(3_000))
          .start(PERIOD.getStart())
          .deadline(PERIOD.getEnd())
          .businessObjective(ONLINE_SALES)
          .owner("Jun (e-commerce)")
          .build();

  /** Revenue: monthly revenue attributed to social media, the goal that measures the ads' ROI. */
  public static final Goal SOCIAL_REVENUE =
      Goal.builder()
          .name("Social revenue TWD 300,000 a month")
          .objective(Objective.REVENUE)
          .acrossAllPlatforms(true)
          .metric(MetricKind.REVENUE)
          .baseline(Target.ofMoney(Money.of(TWD, 180_000)))
          .target(Target.ofMoney(Money.of(TWD, 300_000)))
          .start(PERIOD.getStart())
          .deadline(PERIOD.getEnd())
          .businessObjective(ONLINE_SALES)
          .owner("Jun (e-commerce)")
          .growthReference(
              GrowthReference.observed(15_000, 22_000, 18_000, 24_000)
                  .withSource("Shop analytics, November 2025 to February 2026"))
          .build();

  /** Community: members of the brand's Facebook group (the strategy guide: Facebook groups for B2C). */
  public static final Goal GROUP_MEMBERS =
      Goal.builder()
          .name("Facebook group 1,200 members")
          .objective(Objective.COMMUNITY)
          .metric(MetricKind.COMMUNITY_MEMBERS)
          .platform(Platform.FACEBOOK)
          .baseline(Target.ofCount(450))
          .target(Target.ofCount(1_200))
          .start(PERIOD.getStart())
          .deadline(PERIOD.getEnd())
          .businessObjective(COMMUNITY)
          .owner("Yi-Hsuan (community manager)")
          .growthReference(
              GrowthReference.observed(90, 110, 130)
                  .withSource("Facebook group insights, December 2025 to February 2026"))
          .build();

  // ---------------------------------------------------------------------------------------------
  // The audience (the strategy guide, step 2): the strategy guide's persona, exactly, built from survey data.
  // ---------------------------------------------------------------------------------------------

  /** Where the persona lives and works: Taiwan's large cities. */
  public static final Region LARGE_CITIES =
      Region.of("Taipei, New Taipei, Taichung and Kaohsiung", "TW")
          .withSettlement(Region.Settlement.LARGE_CITY)
          .withActivities(Region.Activity.LIVING, Region.Activity.WORKING);

  /** The strategy guide's persona: single mothers in their 20s living and working in large cities. */
  public static final Persona SINGLE_MOTHERS =
      Persona.builder()
          .name("Single mothers in their 20s living and working in large cities")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .addHousehold(HouseholdType.SINGLE_PARENT)
          .addEmployment(EmploymentStatus.EMPLOYED)
          .addRegion(LARGE_CITIES)
          .addLanguage(Locale.TAIWAN)
          .incomeBand(IncomeBand.monthly(Money.of(TWD, 30_000), Money.of(TWD, 45_000)))
          .addInterests(
              "quick skincare", "healthy meals in 15 minutes", "childcare tips", "saving money")
          .purchasingPower(PurchasingPower.MEDIUM)
          .addPainPoints(
              "no time for herself",
              "tight budget",
              "raising a child alone",
              "skin stressed by lack of sleep")
          .addPlatforms(Platform.INSTAGRAM, Platform.FACEBOOK, Platform.TIKTOK)
          // The strategy guide: "do not just assume anything; use the collected data".
          .dataSource(DataSource.SURVEY)
          .build();

  /** The whole audience is the one persona. */
  public static final Audience AUDIENCE = Audience.of(SINGLE_MOTHERS);

  // ---------------------------------------------------------------------------------------------
  // Platforms (the strategy guide, step 3), each with the reason it was chosen.
  // ---------------------------------------------------------------------------------------------

  /** Instagram: the product is visual and the follower goal lives there. */
  public static final PlatformChoice INSTAGRAM =
      PlatformChoice.of(
          Platform.INSTAGRAM,
          "Visual product; the persona's main platform; the +400 followers goal; Instagram Shop");

  /** Facebook: groups for a B2C community, and live video. */
  public static final PlatformChoice FACEBOOK =
      PlatformChoice.of(
          Platform.FACEBOOK,
          "A Facebook group for the community (the strategy guide: groups suit B2C); live streams");

  /** TikTok: short video for a Gen Z persona. */
  public static final PlatformChoice TIKTOK =
      PlatformChoice.of(
          Platform.TIKTOK, "The persona is Gen Z; short routine videos, repurposed to Reels");

  // ---------------------------------------------------------------------------------------------
  // Competitors (the strategy guide, step 4): at most the five closest, each with a SWOT.
  // ---------------------------------------------------------------------------------------------

  /** A larger local brand. */
  public static final Competitor DEWDROP =
      Competitor.builder()
          .name("Dewdrop Taiwan")
          .addPresences(
              SocialPresence.builder()
                  .handle(Handle.of(Platform.INSTAGRAM, "@dewdrop.tw"))
                  .followers(48_000)
                  .postsPerWeek(6)
                  .engagementRate(Ratio.ofPercent(2.1))
                  .observedOn(LocalDate.of(2026, 2, 16))
                  .build(),
              SocialPresence.builder()
                  .handle(Handle.of(Platform.FACEBOOK, "DewdropTaiwan"))
                  .followers(31_000)
                  .postsPerWeek(4)
                  .observedOn(LocalDate.of(2026, 2, 16))
                  .build())
          .notes("Department-store brand; polished studio content, little conversation.")
          .swot(
              Swot.builder()
                  .addStrengths("brand recognition", "large ad budget")
                  .addWeaknesses("no content for mothers", "slow replies to comments")
                  .addOpportunities("nobody speaks to single mothers")
                  .addThreats("price promotions in department-store seasons")
                  .build())
          .build();

  /** A direct competitor on TikTok. */
  public static final Competitor MOMGLOW =
      Competitor.builder()
          .name("MomGlow")
          .addPresences(
              SocialPresence.builder()
                  .handle(Handle.of(Platform.TIKTOK, "@momglow"))
                  .followers(120_000)
                  .postsPerWeek(10)
                  .engagementRate(Ratio.ofPercent(6.4))
                  .observedOn(LocalDate.of(2026, 2, 16))
                  .build(),
              SocialPresence.builder()
                  .handle(Handle.of(Platform.INSTAGRAM, "@momglow.tw"))
                  .followers(22_000)
                  .postsPerWeek(3)
                  .engagementRate(Ratio.ofPercent(3.5))
                  .observedOn(LocalDate.of(2026, 2, 16))
                  .build())
          .notes("Mother-focused brand, strong on TikTok trends, weak on Instagram.")
          .swot(
              Swot.builder()
                  .addStrengths("fast on TikTok trends", "authentic founder videos")
                  .addWeaknesses("no community", "inconsistent Instagram")
                  .addOpportunities("Instagram Reels audience they do not serve")
                  .addThreats("could launch a Facebook group first")
                  .build())
          .build();

  /** A pharmacy chain's own label: listed, SWOT not done yet (the validator notices). */
  public static final Competitor PHARMACY_LABEL =
      Competitor.builder()
          .name("CarePlus pharmacy label")
          .addPresences(
              SocialPresence.builder()
                  .handle(Handle.of(Platform.FACEBOOK, "CarePlusTW"))
                  .followers(210_000)
                  .postsPerWeek(7)
                  .observedOn(LocalDate.of(2026, 2, 16))
                  .build())
          .notes("Cheap basics in every pharmacy; promotions only.")
          .build();

  /** The brand's own SWOT. */
  public static final Swot BRAND_SWOT =
      Swot.builder()
          .addStrengths("routines designed for five minutes", "founder is a single mother")
          .addWeaknesses("small team of three", "8,600 Instagram followers")
          .addOpportunities(
              "no brand speaks to single mothers", "Facebook groups for mothers are active")
          .addThreats("price competition from pharmacy labels")
          .build();

  // ---------------------------------------------------------------------------------------------
  // Budget (the strategy guide, step 5): realistic, in TWD, allocated by platform and category.
  // ---------------------------------------------------------------------------------------------

  /** Allocation id of the influencer campaign's fees. */
  public static final String INFLUENCER_FEES = "influencer-fees";

  /** Allocation id of the live stream's production. */
  public static final String LIVE_PRODUCTION = "live-production";

  /** Allocation id of the short-video production. */
  public static final String SHORT_VIDEO_PRODUCTION = "short-video-production";

  /** TWD 960,000 for six months, 60 % of the digital marketing budget, TWD 80,000 kept in reserve. */
  public static final Budget BUDGET =
      Budget.builder()
          .total(Money.of(TWD, 960_000))
          .period(PERIOD)
          .digitalMarketingShare(0.60)
          .addAllocations(
              Allocation.of(Platform.INSTAGRAM, BudgetCategory.CONTENT_CREATION, twd(180_000)),
              Allocation.of(Platform.INSTAGRAM, BudgetCategory.PAID_PROMOTION, twd(150_000))
                  .withExpectedReturn(twd(240_000)),
              Allocation.of(Platform.INSTAGRAM, BudgetCategory.INFLUENCERS, twd(160_000))
                  .withId(INFLUENCER_FEES),
              Allocation.of(Platform.FACEBOOK, BudgetCategory.PAID_PROMOTION, twd(100_000))
                  .withExpectedReturn(twd(150_000)),
              Allocation.of(Platform.FACEBOOK, BudgetCategory.LIVE_PRODUCTION, twd(60_000))
                  .withId(LIVE_PRODUCTION),
              Allocation.of(Platform.TIKTOK, BudgetCategory.CONTENT_CREATION, twd(150_000))
                  .withId(SHORT_VIDEO_PRODUCTION),
              Allocation.of(BudgetCategory.TOOLS, twd(40_000)),
              Allocation.of(BudgetCategory.PEOPLE, twd(40_000)))
          .build();

  // ---------------------------------------------------------------------------------------------
  // Content (the strategy guide, step 6 and the trends): pillars, the 80/20 mix, keywords and tactics.
  // ---------------------------------------------------------------------------------------------

  /** Pillar: five-minute self-care routines. */
  public static final ContentPillar SELF_CARE =
      ContentPillar.of("Self-care", "#E8A0BF", "五分鐘保養", "quick skincare", "routine");

  /** Pillar: life hacks for single mothers. */
  public static final ContentPillar LIFE_HACKS =
      ContentPillar.of("Life hacks", "#7FB77E", "單親媽媽", "time saving", "meal prep");

  /** Pillar: stories of real mothers, mostly user-generated. */
  public static final ContentPillar REAL_STORIES =
      ContentPillar.of("Mothers' stories", "#F7D060", "媽媽日常", "community", "UGC");

  /** Pillar: products and offers (the promotional 20 %). */
  public static final ContentPillar PRODUCTS =
      ContentPillar.of("Products", "#5D9C59", "新品", "offer", "shop");

  /** The live stream: a Friday-evening Q&amp;A on Facebook, announced eight days ahead. */
  public static final LiveStream SPRING_LIVE =
      LiveStream.builder()
          .name("Spring routine live Q&A")
          .platform(Platform.FACEBOOK)
          .start(ZonedDateTime.of(2026, 3, 20, 20, 30, 0, 0, TAIPEI))
          .duration(Duration.ofMinutes(45))
          .announcedAt(ZonedDateTime.of(2026, 3, 12, 12, 0, 0, 0, TAIPEI))
          .allocationId(LIVE_PRODUCTION)
          .addGoalIds(GROUP_MEMBERS.name())
          .build();

  /** The strategy guide's micro-influencers (1 K to under 100 K followers), whose followers fit the persona. */
  public static final InfluencerCampaign MICRO_MUMS =
      InfluencerCampaign.builder()
          .name("Micro-mums April campaign")
          .tierScheme(TierScheme.ARTICLE)
          .addTargetTiers(InfluencerTier.MICRO)
          .addInfluencers(
              influencer("@taipei.single.mom", Platform.INSTAGRAM, 18_500, 4.1, 12_000),
              influencer("@kaohsiung_mama_diary", Platform.INSTAGRAM, 42_000, 3.2, 22_000),
              influencer("@mama.routine", Platform.TIKTOK, 86_000, 5.5, 30_000),
              // Proposed by the agency; above the strategy guide's micro range (the validator notices).
              influencer("@busy.mama.tw", Platform.INSTAGRAM, 135_000, 2.4, 55_000))
          .campaignWindow(LocalDateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 5, 1)))
          .allocationId(INFLUENCER_FEES)
          .addGoalIds(INSTAGRAM_FOLLOWERS.name())
          .build();

  /** The strategy guide's trend 1: TikTok short video, repurposed to Instagram Reels. */
  public static final ShortVideoProgramme ROUTINE_VIDEOS =
      ShortVideoProgramme.builder()
          .name("Five-minute routine videos")
          .addPlatforms(Platform.TIKTOK, Platform.INSTAGRAM)
          .postsPerWeek(7)
          .repurposed(true)
          .trendNiche("morning routines of busy mothers")
          .videoLength(Duration.ofSeconds(30))
          .allocationId(SHORT_VIDEO_PRODUCTION)
          .addGoalIds(INSTAGRAM_FOLLOWERS.name())
          .build();

  /** The strategy guide's trend 2: a community with interactive posts. */
  public static final CommunityProgramme MOTHERS_CIRCLE =
      CommunityProgramme.builder()
          .name("Lumi mothers' circle")
          .platform(Platform.FACEBOOK)
          .groupName("Lumi 媽媽互助圈")
          .addInteractivePosts(InteractivePost.QUESTION, InteractivePost.POLL, InteractivePost.QUIZ)
          .interactivePostsPerWeek(3)
          .addGoalIds(GROUP_MEMBERS.name())
          .build();

  /** The strategy guide's trend 5: UGC, reposted only with the creator's permission. */
  public static final UgcProgramme MOM_MOMENTS =
      UgcProgramme.builder()
          .name("#LumiMomMoment")
          .hashtag("#LumiMomMoment")
          .addCollectingOn(Platform.INSTAGRAM)
          .addReposts(
              UgcRepost.of("@yun.and.little.bao", Platform.INSTAGRAM)
                  .withPermission(
                      CreatorPermission.grantedAt(
                              ZonedDateTime.of(2026, 2, 10, 21, 5, 0, 0, TAIPEI).toInstant())
                          .withEvidence("Direct message reply, 2026-02-10")),
              UgcRepost.of("@mama_hsin", Platform.INSTAGRAM)
                  .withPermission(
                      CreatorPermission.grantedAt(
                              ZonedDateTime.of(2026, 2, 14, 9, 40, 0, 0, TAIPEI).toInstant())
                          .withEvidence("Permission form #0214-3")))
          .build();

  /** The strategy guide's trend 6: sell on the platform. */
  public static final SocialCommerce INSTAGRAM_SHOP =
      SocialCommerce.of("Instagram Shop", Platform.INSTAGRAM, "Lumi Mama Shop");

  /** The content strategy: four pillars, 80/20, keywords per platform, six tactics. */
  public static final ContentStrategy CONTENT =
      ContentStrategy.builder()
          .addPillars(SELF_CARE, LIFE_HACKS, REAL_STORIES, PRODUCTS)
          .mix(ContentMix.EIGHTY_TWENTY)
          .addKeywordSets(
              KeywordSet.of(Platform.INSTAGRAM, "#單親媽媽", "#五分鐘保養", "#LumiMomMoment"),
              KeywordSet.of(Platform.TIKTOK, "#媽媽日常", "#晨間保養", "#momtok"),
              KeywordSet.of(Platform.FACEBOOK, "單親媽媽", "育兒", "保養"))
          .platformAdaptation(PlatformAdaptation.ADAPTED_PER_PLATFORM)
          .addTactics(
              ROUTINE_VIDEOS, MOTHERS_CIRCLE, MICRO_MUMS, SPRING_LIVE, MOM_MOMENTS, INSTAGRAM_SHOP)
          .build();

  // ---------------------------------------------------------------------------------------------
  // The plan.
  // ---------------------------------------------------------------------------------------------

  /**
   * Returns the strategy guide's scenario plan.
   *
   * @return the plan
   */
  public static StrategyPlan plan() {
    return StrategyPlan.builder()
        .brand(BRAND)
        .addBusinessObjectives(ONLINE_SALES, AWARENESS, COMMUNITY)
        .addGoals(
            INSTAGRAM_FOLLOWERS, INSTAGRAM_ENGAGEMENT, SHOP_VISITS, SOCIAL_REVENUE, GROUP_MEMBERS)
        .audience(AUDIENCE)
        .addPlatforms(INSTAGRAM, FACEBOOK, TIKTOK)
        .addCompetitors(DEWDROP, MOMGLOW, PHARMACY_LABEL)
        .brandSwot(BRAND_SWOT)
        .budget(BUDGET)
        .content(CONTENT)
        .timeZone(TAIPEI)
        .period(PERIOD)
        .build();
  }

  private static Money twd(long amount) {
    return Money.of(TWD, amount);
  }

  /** An influencer whose followers are mostly young mothers, as their statistics say. */
  private static Influencer influencer(
      String handle, Platform platform, long followers, double engagementPercent, long fee) {
    Persona followersProfile =
        Persona.builder()
            .name(handle + " followers")
            .ageRange(AgeRange.of(20, 34))
            .genderMix(GenderMix.womenAndMen(0.9))
            .dataSource(DataSource.ANALYTICS)
            .build();
    return Influencer.of(handle, platform, followers, twd(fee))
        .withEngagementRate(Ratio.ofPercent(engagementPercent))
        .withAudience(Audience.of(followersProfile));
  }
}
