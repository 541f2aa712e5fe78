package dev.socialplan.tactic.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.Strength;
import dev.socialplan.platform.rules.PlatformRules;
import dev.socialplan.tactic.ArEffect;
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.CreatorPermission;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.InfluencerCampaign;
import dev.socialplan.tactic.InfluencerTier;
import dev.socialplan.tactic.InteractivePost;
import dev.socialplan.tactic.LiveStream;
import dev.socialplan.tactic.PurposeDrivenCampaign;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.SocialCommerce;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.tactic.UgcProgramme;
import dev.socialplan.tactic.UgcRepost;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class TacticRulesTest {
  private static final ValidationContext DEFAULTS = ValidationContext.standard();
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final ZonedDateTime LAUNCH = ZonedDateTime.of(2026, 5, 8, 20, 0, 0, 0, TAIPEI);
  private static final Brand BRAND =
      Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C)
          .withMissionStatement("Skincare that fits the day of a busy single mother.");
  private static final Money FEE = Money.parse("TWD 8000");

  private static StrategyPlan plan(Brand brand, Tactic... tactics) {
    return StrategyPlan.builder()
        .brand(brand)
        .content(ContentStrategy.builder().addTactics(tactics).build())
        .build();
  }

  private static StrategyPlan plan(Tactic... tactics) {
    return plan(BRAND, tactics);
  }

  private static ValidationContext withCatalog(PlatformCatalog catalog) {
    return ValidationContext.of(ValidationSettings.standard().with(PlatformRules.CATALOG, catalog));
  }

  private static LiveStream launchOn(Platform platform) {
    return LiveStream.of("Spring launch", platform, LAUNCH, Duration.ofHours(1))
        .withAnnouncedAt(LAUNCH.minusDays(10));
  }

  private static final Brand SOFTWARE_HOUSE =
      Brand.of("Ledger Cloud", "accounting software", BusinessModel.B2B);
  private static final Brand BOTH_KINDS =
      Brand.of("Office Coffee", "coffee", BusinessModel.BOTH);

  /** A community as the article describes it: a group, with questions and quizzes every week. */
  private static CommunityProgramme community(Platform platform) {
    return CommunityProgramme.builder()
        .name("Glow Circle")
        .platform(platform)
        .groupName("Glow Circle: skincare for busy mums")
        .addInteractivePosts(InteractivePost.QUESTION, InteractivePost.QUIZ)
        .interactivePostsPerWeek(3)
        .build();
  }

  @Test
  void aConsumerBrandsGroupOnFacebookAndABusinessBrandsOnLinkedInPass() {
    assertThat(TacticRules.standard().validate(plan(community(Platform.FACEBOOK))).isEmpty())
        .isTrue();
    assertThat(
            TacticRules.standard()
                .validate(plan(SOFTWARE_HOUSE, community(Platform.LINKEDIN)))
                .isEmpty())
        .isTrue();
  }

  @Test
  void aConsumerBrandsCommunityOffTheConsumerGroupPlatformsIsAWarning() {
    for (Platform p : List.of(Platform.LINKEDIN, Platform.TIKTOK, Platform.X)) {
      List<Finding> findings = TacticRules.COMMUNITY_PLATFORM.check(plan(community(p)), DEFAULTS);
      assertThat(findings)
          .as(p.id())
          .containsExactly(
              Finding.of(
                  TacticRules.TACTIC_COMMUNITY_NOT_FOR_CONSUMERS,
                  "content.tactics[0].platform",
                  FindingArgument.text("tactic", "Glow Circle"),
                  FindingArgument.text("platform", p.displayName()),
                  FindingArgument.text("fittingPlatforms", "Facebook")));
    }
    Finding onLinkedIn =
        TacticRules.COMMUNITY_PLATFORM.check(plan(community(Platform.LINKEDIN)), DEFAULTS).get(0);
    assertThat(onLinkedIn.message(Locale.ENGLISH))
        .isEqualTo(
            "The community programme \"Glow Circle\" is on LinkedIn, which is not a platform for"
                + " consumer groups, but the brand sells to consumers (B2C).");
    assertThat(onLinkedIn.hint(Locale.ENGLISH))
        .startsWith("Build the community where consumers meet in groups (Facebook): the strategy guide")
        .contains("How to Build a Social Media Marketing Strategy for Your Marketing Plan");
    assertThat(onLinkedIn.message(Locale.TAIWAN))
        .isEqualTo("社群計畫「Glow Circle」在 LinkedIn 上，該平台不適合消費者社團，但品牌的客戶是消費者（B2C）。");
    assertThat(onLinkedIn.hint(Locale.TAIWAN)).contains("〈如何為您的營銷計劃制定社交媒體營銷策略〉");
  }

  @Test
  void aBusinessBrandsCommunityOffTheBusinessNetworksIsAWarning() {
    List<Finding> findings =
        TacticRules.COMMUNITY_PLATFORM.check(
            plan(SOFTWARE_HOUSE, community(Platform.FACEBOOK)), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_COMMUNITY_NOT_FOR_BUSINESSES,
                "content.tactics[0].platform",
                FindingArgument.text("tactic", "Glow Circle"),
                FindingArgument.text("platform", "Facebook"),
                FindingArgument.text("fittingPlatforms", "LinkedIn")));
    assertThat(findings.get(0).hint(Locale.ENGLISH)).contains("consider LinkedIn if you focus on B2B");
  }

  @Test
  void aBrandSellingToBothIsNotJudgedOnItsCommunitysPlatform() {
    for (Platform p : List.of(Platform.FACEBOOK, Platform.LINKEDIN, Platform.TIKTOK)) {
      assertThat(TacticRules.COMMUNITY_PLATFORM.check(plan(BOTH_KINDS, community(p)), DEFAULTS))
          .as(p.id())
          .isEmpty();
    }
  }

  @Test
  void whatAPlatformIsForComesFromTheCatalogSetting() {
    PlatformProfile redditGroups =
        PlatformCatalog.standard()
            .profile(Platform.REDDIT)
            .map(p -> p.withStrengths(List.of(Strength.GROUPS_AND_COMMUNITY)))
            .orElseThrow();
    ValidationContext custom = withCatalog(PlatformCatalog.standard().with(redditGroups));
    assertThat(TacticRules.COMMUNITY_PLATFORM.check(plan(community(Platform.REDDIT)), custom))
        .isEmpty();
    assertThat(TacticRules.COMMUNITY_PLATFORM.check(plan(community(Platform.TIKTOK)), custom))
        .extracting(Finding::arguments)
        .containsExactly(
            List.of(
                FindingArgument.text("tactic", "Glow Circle"),
                FindingArgument.text("platform", "TikTok"),
                FindingArgument.text("fittingPlatforms", "Facebook, Reddit")));
    ValidationContext noGroupPlatform =
        withCatalog(
            PlatformCatalog.of(
                List.of(PlatformCatalog.standard().profile(Platform.TIKTOK).orElseThrow())));
    assertThat(TacticRules.COMMUNITY_PLATFORM.check(plan(community(Platform.TIKTOK)), noGroupPlatform))
        .extracting(f -> f.argument("fittingPlatforms").orElseThrow().value())
        .containsExactly("-");
    Platform xiaohongshu = Platform.of("xiaohongshu");
    assertThat(TacticRules.COMMUNITY_PLATFORM.check(plan(community(xiaohongshu)), DEFAULTS))
        .as("a platform without a profile is not judged, group or not")
        .isEmpty();
  }

  @Test
  void aConsumerBrandsCommunityThatIsNotAGroupIsInfo() {
    CommunityProgramme page =
        CommunityProgramme.builder()
            .name("Glow Circle")
            .platform(Platform.FACEBOOK)
            .addInteractivePosts(InteractivePost.QUESTION)
            .interactivePostsPerWeek(2)
            .build();
    assertThat(TacticRules.COMMUNITY_PLATFORM.check(plan(page), DEFAULTS))
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_COMMUNITY_NOT_A_GROUP,
                "content.tactics[0].groupName",
                FindingArgument.text("tactic", "Glow Circle"),
                FindingArgument.text("platform", "Facebook")));
    assertThat(TacticRules.TACTIC_COMMUNITY_NOT_A_GROUP.severity()).isEqualTo(Severity.INFO);
    assertThat(TacticRules.COMMUNITY_PLATFORM.check(plan(SOFTWARE_HOUSE, page), DEFAULTS))
        .as("a business brand's community need not be a group")
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_COMMUNITY_NOT_FOR_BUSINESSES,
                "content.tactics[0].platform",
                FindingArgument.text("tactic", "Glow Circle"),
                FindingArgument.text("platform", "Facebook"),
                FindingArgument.text("fittingPlatforms", "LinkedIn")));
  }

  @Test
  void aCommunityWithoutInteractivePostsIsAWarning() {
    CommunityProgramme quiet = CommunityProgramme.of("Glow Circle", Platform.FACEBOOK);
    List<Finding> findings = TacticRules.COMMUNITY_INTERACTION.check(plan(quiet), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_COMMUNITY_NO_INTERACTIVE_POSTS,
                "content.tactics[0].interactivePosts",
                FindingArgument.text("tactic", "Glow Circle"),
                FindingArgument.text("platform", "Facebook")));
    assertThat(findings.get(0).hint(Locale.ENGLISH)).contains("ask questions and run quizzes");
    assertThat(findings.get(0).hint(Locale.TAIWAN)).contains("提出問題和測驗");
    CommunityProgramme countedButUnnamed =
        CommunityProgramme.builder().from(quiet).interactivePostsPerWeek(2).build();
    assertThat(TacticRules.COMMUNITY_INTERACTION.check(plan(countedButUnnamed), DEFAULTS))
        .extracting(Finding::code)
        .containsExactly(TacticRules.TACTIC_COMMUNITY_NO_INTERACTIVE_POSTS);
  }

  @Test
  void aCommunityWithInteractiveKindsButNoneAWeekIsAWarning() {
    CommunityProgramme idle =
        CommunityProgramme.builder()
            .from(community(Platform.FACEBOOK))
            .interactivePostsPerWeek(0)
            .build();
    List<Finding> findings = TacticRules.COMMUNITY_INTERACTION.check(plan(idle), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_COMMUNITY_NO_INTERACTIVE_CADENCE,
                "content.tactics[0].interactivePostsPerWeek",
                FindingArgument.text("tactic", "Glow Circle"),
                FindingArgument.integer("interactiveKinds", 2)));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The community programme \"Glow Circle\" names 2 kinds of interactive post but plans"
                + " none a week.");
    CommunityProgramme pollsOnly =
        CommunityProgramme.builder()
            .name("Glow Circle")
            .platform(Platform.FACEBOOK)
            .addInteractivePosts(InteractivePost.POLL)
            .build();
    assertThat(TacticRules.COMMUNITY_INTERACTION.check(plan(pollsOnly), DEFAULTS).get(0).message(Locale.ENGLISH))
        .contains("names one kind of interactive post");
    assertThat(TacticRules.COMMUNITY_INTERACTION.check(plan(pollsOnly), DEFAULTS).get(0).message(Locale.TAIWAN))
        .isEqualTo("社群計畫「Glow Circle」指定了 1 種互動貼文，但每週沒有規劃任何一則。");
    assertThat(
            TacticRules.COMMUNITY_INTERACTION.check(
                plan(CommunityProgramme.builder().from(pollsOnly).interactivePostsPerWeek(1).build()),
                DEFAULTS))
        .isEmpty();
  }

  @Test
  void liveStreamOnAPlatformWithoutLiveIsAnError() {
    List<Finding> findings =
        TacticRules.LIVE_STREAMS.check(plan(launchOn(Platform.PINTEREST)), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_LIVE_UNSUPPORTED,
                "content.tactics[0].platform",
                FindingArgument.text("tactic", "Spring launch"),
                FindingArgument.text("platform", "Pinterest")));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo("The live stream \"Spring launch\" is planned on Pinterest, which has no live video.");
    assertThat(findings.get(0).message(Locale.TAIWAN))
        .isEqualTo("直播「Spring launch」安排在 Pinterest，但該平台不支援直播。");
  }

  @Test
  void liveStreamOnAPlatformWithLiveAnnouncedAWeekAheadPasses() {
    for (Platform p :
        List.of(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.TIKTOK, Platform.YOUTUBE)) {
      assertThat(TacticRules.LIVE_STREAMS.check(plan(launchOn(p)), DEFAULTS)).as(p.id()).isEmpty();
    }
  }

  @Test
  void liveCapabilityFollowsTheCatalogSetting() {
    PlatformProfile pinterestLive =
        PlatformCatalog.standard()
            .profile(Platform.PINTEREST)
            .orElseThrow()
            .withFormat(PostFormat.LIVE, FormatLimits.unknown());
    ValidationContext custom = withCatalog(PlatformCatalog.standard().with(pinterestLive));
    assertThat(TacticRules.LIVE_STREAMS.check(plan(launchOn(Platform.PINTEREST)), custom)).isEmpty();
    PlatformProfile instagramWithoutLive =
        PlatformCatalog.standard().profile(Platform.INSTAGRAM).orElseThrow()
            .withoutFormat(PostFormat.LIVE);
    List<Strength> strengths =
        instagramWithoutLive.strengths().stream().filter(s -> s != Strength.LIVE).toList();
    ValidationContext noLive =
        withCatalog(
            PlatformCatalog.standard().with(instagramWithoutLive.withStrengths(strengths)));
    assertThat(TacticRules.LIVE_STREAMS.check(plan(launchOn(Platform.INSTAGRAM)), noLive))
        .extracting(Finding::code)
        .containsExactly(TacticRules.TACTIC_LIVE_UNSUPPORTED);
  }

  @Test
  void aPlatformOutsideTheCatalogIsNotJudged() {
    Platform xiaohongshu = Platform.of("xiaohongshu");
    assertThat(TacticRules.LIVE_STREAMS.check(plan(launchOn(xiaohongshu)), DEFAULTS)).isEmpty();
    assertThat(
            TacticRules.SOCIAL_COMMERCE.check(
                plan(SocialCommerce.of("Shop", xiaohongshu, "Glow shop")), DEFAULTS))
        .isEmpty();
  }

  @Test
  void liveStreamNotAnnouncedIsAWarning() {
    LiveStream silent = LiveStream.of("Q&A", Platform.INSTAGRAM, LAUNCH, Duration.ofMinutes(45));
    LiveStream afterwards = silent.withAnnouncedAt(LAUNCH.plusMinutes(5));
    LiveStream atStart = silent.withAnnouncedAt(LAUNCH);
    assertThat(TacticRules.LIVE_STREAMS.check(plan(silent, afterwards, atStart), DEFAULTS))
        .containsExactly(
            Finding.of(TacticRules.TACTIC_LIVE_NOT_ANNOUNCED, "content.tactics[0].announcedAt", FindingArgument.text("tactic", "Q&A")),
            Finding.of(TacticRules.TACTIC_LIVE_NOT_ANNOUNCED, "content.tactics[1].announcedAt", FindingArgument.text("tactic", "Q&A")),
            Finding.of(
                TacticRules.TACTIC_LIVE_NOT_ANNOUNCED, "content.tactics[2].announcedAt", FindingArgument.text("tactic", "Q&A")));
  }

  @Test
  void liveStreamAnnouncedLessThanTheLeadTimeAheadIsAWarningWithTheDays() {
    LiveStream late =
        LiveStream.of("Q&A", Platform.INSTAGRAM, LAUNCH, Duration.ofMinutes(45))
            .withAnnouncedAt(LAUNCH.minusHours(60));
    List<Finding> findings = TacticRules.LIVE_STREAMS.check(plan(late), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_LIVE_ANNOUNCED_LATE,
                "content.tactics[0].announcedAt",
                FindingArgument.text("tactic", "Q&A"),
                FindingArgument.decimal("leadDays", 2.5),
                FindingArgument.decimal("recommendedDays", 7.0)));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo("The live stream \"Q&A\" is announced 2.5 days ahead, less than the 7 days recommended.");
    ValidationContext shortLead =
        ValidationContext.of(
            ValidationSettings.standard().with(TacticRules.LIVE_ANNOUNCEMENT_LEAD, Duration.ofDays(2)));
    assertThat(TacticRules.LIVE_STREAMS.check(plan(late), shortLead)).isEmpty();
    LiveStream exactlyAWeek = late.withAnnouncedAt(LAUNCH.minusDays(7));
    assertThat(TacticRules.LIVE_STREAMS.check(plan(exactlyAWeek), DEFAULTS)).isEmpty();
  }

  @Test
  void shopOnAPlatformWithoutShoppingIsAnError() {
    StrategyPlan plan =
        plan(
            SocialCommerce.of("Insta shop", Platform.INSTAGRAM, "Glow on Instagram"),
            SocialCommerce.of("Pin shop", Platform.PINTEREST, "Glow on Pinterest"));
    List<Finding> findings = TacticRules.SOCIAL_COMMERCE.check(plan, DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_SHOP_UNSUPPORTED,
                "content.tactics[1].platform",
                FindingArgument.text("tactic", "Glow on Pinterest"),
                FindingArgument.text("platform", "Pinterest")));
    assertThat(findings.get(0).hint(Locale.TAIWAN)).contains("購物功能");
  }

  @Test
  void arEffectOnAPlatformWithoutArIsAnErrorAndFollowsTheCatalog() {
    StrategyPlan plan =
        plan(
            ArEffect.of("Glow try-on", Platform.SNAPCHAT),
            ArEffect.of("Glow try-on for LinkedIn", Platform.LINKEDIN));
    assertThat(TacticRules.AR_EFFECTS.check(plan, DEFAULTS))
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_AR_UNSUPPORTED,
                "content.tactics[1].platform",
                FindingArgument.text("tactic", "Glow try-on for LinkedIn"),
                FindingArgument.text("platform", "LinkedIn")));
    PlatformProfile linkedInAr =
        PlatformCatalog.standard()
            .profile(Platform.LINKEDIN)
            .orElseThrow()
            .withStrengths(List.of(Strength.B2B, Strength.AR_EFFECTS));
    assertThat(
            TacticRules.AR_EFFECTS.check(
                plan, withCatalog(PlatformCatalog.standard().with(linkedInAr))))
        .isEmpty();
  }

  @Test
  void influencersOutsideTheSchemeOrTheTargetTiersAreWarnings() {
    InfluencerCampaign campaign =
        InfluencerCampaign.builder()
            .name("Mums who glow")
            .tierScheme(TierScheme.ARTICLE)
            .addTargetTiers(InfluencerTier.MICRO)
            .addInfluencers(
                Influencer.of("@busy.mum.tpe", Platform.INSTAGRAM, 12_000, FEE),
                Influencer.of("@tiny.account", Platform.INSTAGRAM, 400, FEE),
                Influencer.of("@famous.mum", Platform.INSTAGRAM, 250_000, FEE))
            .build();
    List<Finding> findings = TacticRules.INFLUENCER_TIERS.check(plan(campaign), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_INFLUENCER_OUTSIDE_SCHEME,
                "content.tactics[0].influencers[1]",
                FindingArgument.text("influencer", "@tiny.account"),
                FindingArgument.integer("followers", 400),
                FindingArgument.text("scheme", "source article")),
            Finding.of(
                TacticRules.TACTIC_INFLUENCER_TIER_NOT_TARGETED,
                "content.tactics[0].influencers[2]",
                FindingArgument.text("influencer", "@famous.mum"),
                FindingArgument.integer("followers", 250_000),
                FindingArgument.text("tier", "MID"),
                FindingArgument.text("scheme", "source article"),
                FindingArgument.text("targetTiers", "MICRO")));
    assertThat(findings.get(1).message(Locale.ENGLISH))
        .isEqualTo(
            "@famous.mum has 250,000 followers: a MID influencer in the scheme \"source article\","
                + " but the campaign targets MICRO.");
    assertThat(findings.get(1).message(Locale.TAIWAN))
        .isEqualTo("@famous.mum 有 250,000 位追蹤者，在「source article」分級中屬於 MID 級，但此活動鎖定的是 MICRO。");
  }

  @Test
  void withoutTargetTiersEveryTierOfTheSchemeIsTargeted() {
    InfluencerCampaign campaign =
        InfluencerCampaign.builder()
            .name("Any size")
            .addInfluencers(
                Influencer.of("@nano", Platform.TIKTOK, 2_000, FEE),
                Influencer.of("@mega", Platform.TIKTOK, 3_000_000, FEE))
            .build();
    assertThat(TacticRules.INFLUENCER_TIERS.check(plan(campaign), DEFAULTS)).isEmpty();
  }

  private static final Persona MOTHERS =
      Persona.builder()
          .name("Single mothers in their 20s")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .build();

  private static Audience followers(int from, int to, GenderMix gender) {
    return Audience.of(
        Persona.builder().name("followers").ageRange(AgeRange.of(from, to)).genderMix(gender).build());
  }

  @Test
  void audienceOverlapCountsTheFollowersWithinSomePersona() {
    Audience mothers = Audience.of(MOTHERS);
    // Women 18-34: 10 of 17 years fall in 20-29.
    assertThat(TacticRules.audienceOverlap(followers(18, 34, GenderMix.allWomen()), mothers))
        .hasValueCloseTo(10.0 / 17, within(1e-12));
    // Women and men 20-29, 70 % women: the women match.
    assertThat(TacticRules.audienceOverlap(followers(20, 29, GenderMix.womenAndMen(0.7)), mothers))
        .hasValueCloseTo(0.7, within(1e-12));
    assertThat(TacticRules.audienceOverlap(followers(40, 60, GenderMix.allWomen()), mothers))
        .hasValue(0.0);
    // Segments are weighted; a persona without gender mix covers every gender.
    Audience twoSegments =
        Audience.builder()
            .add(followers(20, 29, GenderMix.allMen()).personas().get(0), 1)
            .add(followers(50, 59, GenderMix.allMen()).personas().get(0), 3)
            .build();
    Audience anyGender = Audience.of(Persona.builder().name("20s").ageRange(AgeRange.of(20, 29)).build());
    assertThat(TacticRules.audienceOverlap(twoSegments, anyGender)).hasValueCloseTo(0.25, within(1e-12));
    // Followers without ages are compared on gender only.
    Audience women = Audience.of(Persona.builder().name("women").genderMix(GenderMix.allWomen()).build());
    assertThat(TacticRules.audienceOverlap(women, mothers)).hasValue(1.0);
    assertThat(TacticRules.audienceOverlap(Audience.empty(), mothers)).isEmpty();
    assertThat(TacticRules.audienceOverlap(women, Audience.empty())).isEmpty();
  }

  @Test
  void audienceOverlapComparesEachGenderWithItsOwnShare() {
    Audience men =
        Audience.of(
            Persona.builder()
                .name("men in their 20s")
                .ageRange(AgeRange.of(20, 29))
                .genderMix(GenderMix.allMen())
                .build());
    assertThat(TacticRules.audienceOverlap(followers(20, 29, GenderMix.allMen()), men))
        .hasValue(1.0);
    assertThat(TacticRules.audienceOverlap(followers(20, 29, GenderMix.allWomen()), men))
        .hasValue(0.0);
    assertThat(TacticRules.audienceOverlap(followers(20, 29, GenderMix.of(0, 0, 1)), men))
        .hasValue(0.0);
  }

  @Test
  void audienceOverlapComparesAgeZeroLikeAnyOtherAge() {
    // Followers aged 0 to 9 share no age with mothers in their 20s.
    Audience children = followers(0, 9, GenderMix.allWomen());
    assertThat(TacticRules.audienceOverlap(children, Audience.of(MOTHERS))).hasValue(0.0);
  }

  @Test
  void audienceOverlapComparesAPersonaFromAgeZeroByAge() {
    // A persona of young children (0 to 12) covers no follower in their 20s.
    Audience children =
        Audience.of(Persona.builder().name("children").ageRange(AgeRange.of(0, 12)).build());
    assertThat(TacticRules.audienceOverlap(followers(20, 29, GenderMix.allWomen()), children))
        .hasValue(0.0);
  }

  @Test
  void audienceOverlapCountsSegmentsWeighingNothingEqually() {
    Audience unweighted =
        Audience.builder()
            .add(followers(20, 29, GenderMix.allWomen()).personas().get(0), 0)
            .add(followers(50, 59, GenderMix.allWomen()).personas().get(0), 0)
            .build();
    assertThat(TacticRules.audienceOverlap(unweighted, Audience.of(MOTHERS)))
        .hasValueCloseTo(0.5, within(1e-12));
  }

  @Test
  void influencerWhoseFollowersDoNotLookLikeThePersonasIsAWarning() {
    InfluencerCampaign campaign =
        InfluencerCampaign.builder()
            .name("Mums who glow")
            .addInfluencers(
                Influencer.of("@busy.mum.tpe", Platform.INSTAGRAM, 12_000, FEE)
                    .withAudience(followers(22, 32, GenderMix.womenAndMen(0.9))),
                Influencer.of("@gamer.dad", Platform.TIKTOK, 40_000, FEE)
                    .withAudience(followers(25, 44, GenderMix.womenAndMen(0.2))),
                Influencer.of("@unknown", Platform.TIKTOK, 40_000, FEE))
            .build();
    StrategyPlan plan =
        StrategyPlan.builder().from(plan(campaign)).audience(Audience.of(MOTHERS)).build();
    List<Finding> findings = TacticRules.INFLUENCER_AUDIENCE.check(plan, DEFAULTS);
    // @busy.mum.tpe: 8 of 11 years x 90 % women = 65 %; @gamer.dad: 5 of 20 years x 20 % = 5 %.
    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(TacticRules.TACTIC_INFLUENCER_AUDIENCE_MISMATCH);
              assertThat(f.path()).isEqualTo("content.tactics[0].influencers[1].audience");
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "Only 5% of @gamer.dad's followers look like your personas, less than the"
                          + " minimum of 50%.");
              assertThat(f.message(Locale.TAIWAN))
                  .isEqualTo("@gamer.dad 的追蹤者中只有 5% 符合您的角色，低於最低門檻 50%。");
            });
    ValidationContext strict =
        ValidationContext.of(
            ValidationSettings.standard().with(TacticRules.INFLUENCER_AUDIENCE_OVERLAP, 0.7));
    assertThat(TacticRules.INFLUENCER_AUDIENCE.check(plan, strict)).hasSize(2);
    // Without personas in the plan there is nothing to compare with.
    assertThat(TacticRules.INFLUENCER_AUDIENCE.check(plan(campaign), DEFAULTS)).isEmpty();
  }

  @Test
  void ugcRepostWithoutPermissionIsAnError() {
    UgcProgramme ugc =
        UgcProgramme.builder()
            .name("My glow morning")
            .hashtag("#MyGlowMorning")
            .addCollectingOn(Platform.INSTAGRAM)
            .addReposts(
                UgcRepost.of("@amy", Platform.INSTAGRAM)
                    .withPermission(CreatorPermission.grantedAt(Instant.parse("2026-04-02T10:00:00Z"))),
                UgcRepost.of("@bea", Platform.INSTAGRAM))
            .build();
    List<Finding> findings = TacticRules.UGC_PERMISSION.check(plan(ugc), DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_UGC_WITHOUT_PERMISSION,
                "content.tactics[0].reposts[1].permission",
                FindingArgument.text("creator", "@bea"),
                FindingArgument.text("platform", "Instagram")));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo("The repost of @bea's content on Instagram has no permission from the creator.");
  }

  @Test
  void purposeDrivenCampaignNeedsApprovalAndAMissionLink() {
    PurposeDrivenCampaign bare = PurposeDrivenCampaign.of("Mums' time", "support for single parents");
    assertThat(TacticRules.PURPOSE_DRIVEN.check(plan(bare), DEFAULTS))
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_PURPOSE_NOT_APPROVED,
                "content.tactics[0].approval",
                FindingArgument.text("campaign", "Mums' time"),
                FindingArgument.text("cause", "support for single parents"),
                FindingArgument.text("status", "NOT_SUBMITTED")),
            Finding.of(
                TacticRules.TACTIC_PURPOSE_WITHOUT_MISSION_LINK,
                "content.tactics[0].missionLink",
                FindingArgument.text("campaign", "Mums' time"),
                FindingArgument.text("cause", "support for single parents")));
    PurposeDrivenCampaign ready =
        bare.approvedBy("Head of brand")
            .withMissionLink("Our mission is to give busy single mothers time back.");
    assertThat(TacticRules.PURPOSE_DRIVEN.check(plan(ready), DEFAULTS)).isEmpty();
  }

  @Test
  void aMissionLinkNeedsAMissionStatement() {
    PurposeDrivenCampaign ready =
        PurposeDrivenCampaign.of("Mums' time", "support for single parents")
            .approvedBy("Head of brand")
            .withMissionLink("We help mothers.");
    Brand noMission = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);
    assertThat(TacticRules.PURPOSE_DRIVEN.check(plan(noMission, ready), DEFAULTS))
        .extracting(Finding::code)
        .containsExactly(TacticRules.TACTIC_PURPOSE_WITHOUT_MISSION_LINK);
  }

  @Test
  void shortVideoOnAPlatformWithoutShortVideoIsAnError() {
    ShortVideoProgramme programme =
        ShortVideoProgramme.of("Two-minute routines", 7, Platform.TIKTOK, Platform.LINKEDIN);
    assertThat(TacticRules.SHORT_VIDEO.check(plan(programme), DEFAULTS))
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_SHORT_VIDEO_UNSUPPORTED,
                "content.tactics[0].platforms[linkedin]",
                FindingArgument.text("tactic", "Two-minute routines"),
                FindingArgument.text("platform", "LinkedIn")));
  }

  @Test
  void shortVideoLongerThanAPlatformAllowsIsAnErrorWithTheLimits() {
    // 4 minutes: TikTok allows 3 s to 10 min, Reels and Shorts at most 3 min.
    ShortVideoProgramme programme =
        ShortVideoProgramme.builder()
            .from(
                ShortVideoProgramme.of(
                    "Routines", 7, Platform.TIKTOK, Platform.INSTAGRAM, Platform.YOUTUBE))
            .videoLength(Duration.ofMinutes(4))
            .build();
    List<Finding> findings = TacticRules.SHORT_VIDEO.check(plan(programme), DEFAULTS);
    assertThat(findings)
        .filteredOn(f -> f.code().equals(TacticRules.TACTIC_SHORT_VIDEO_LENGTH))
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_SHORT_VIDEO_LENGTH,
                "content.tactics[0].platforms[instagram]",
                FindingArgument.text("tactic", "Routines"),
                FindingArgument.text("platform", "Instagram"),
                FindingArgument.integer("lengthSeconds", 240),
                FindingArgument.integer("minSeconds", 0),
                FindingArgument.text("maxSeconds", "180")),
            Finding.of(
                TacticRules.TACTIC_SHORT_VIDEO_LENGTH,
                "content.tactics[0].platforms[youtube]",
                FindingArgument.text("tactic", "Routines"),
                FindingArgument.text("platform", "YouTube"),
                FindingArgument.integer("lengthSeconds", 240),
                FindingArgument.integer("minSeconds", 0),
                FindingArgument.text("maxSeconds", "180")));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The short-video programme \"Routines\" plans videos of 240 s, outside Instagram's"
                + " limits of 0 to 180 s.");
    ShortVideoProgramme oneMinute =
        ShortVideoProgramme.builder().from(programme).videoLength(Duration.ofMinutes(1)).build();
    assertThat(TacticRules.SHORT_VIDEO.check(plan(oneMinute), DEFAULTS))
        .extracting(Finding::code)
        .doesNotContain(TacticRules.TACTIC_SHORT_VIDEO_LENGTH);
  }

  @Test
  void shortVideoPostedOutsideTheRecommendedFrequencyIsInfo() {
    // TikTok recommends 1-4 a day (7-28 a week); YouTube Shorts 3-5 a week.
    ShortVideoProgramme programme =
        ShortVideoProgramme.of("Routines", 6, Platform.TIKTOK, Platform.YOUTUBE);
    assertThat(TacticRules.SHORT_VIDEO.check(plan(programme), DEFAULTS))
        .containsExactly(
            Finding.of(
                TacticRules.TACTIC_SHORT_VIDEO_FREQUENCY,
                "content.tactics[0].platforms[tiktok]",
                FindingArgument.text("tactic", "Routines"),
                FindingArgument.text("platform", "TikTok"),
                FindingArgument.integer("perWeek", 6),
                FindingArgument.integer("minPerWeek", 7),
                FindingArgument.integer("maxPerWeek", 28)),
            Finding.of(
                TacticRules.TACTIC_SHORT_VIDEO_FREQUENCY,
                "content.tactics[0].platforms[youtube]",
                FindingArgument.text("tactic", "Routines"),
                FindingArgument.text("platform", "YouTube"),
                FindingArgument.integer("perWeek", 6),
                FindingArgument.integer("minPerWeek", 3),
                FindingArgument.integer("maxPerWeek", 5)));
    ShortVideoProgramme inRange = ShortVideoProgramme.of("Routines", 7, Platform.TIKTOK);
    assertThat(TacticRules.SHORT_VIDEO.check(plan(inRange), DEFAULTS)).isEmpty();
  }

  @Test
  void rulesAreSilentWithoutAContentStrategy() {
    StrategyPlan plan = StrategyPlan.of(BRAND);
    assertThat(TacticRules.standard().validate(plan).isEmpty()).isTrue();
  }

  @Test
  void theStandardSetDeclaresEveryCodeAndSetting() {
    assertThat(TacticRules.standard().codes())
        .containsExactlyInAnyOrder(
            TacticRules.TACTIC_LIVE_UNSUPPORTED,
            TacticRules.TACTIC_LIVE_NOT_ANNOUNCED,
            TacticRules.TACTIC_LIVE_ANNOUNCED_LATE,
            TacticRules.TACTIC_SHOP_UNSUPPORTED,
            TacticRules.TACTIC_AR_UNSUPPORTED,
            TacticRules.TACTIC_INFLUENCER_OUTSIDE_SCHEME,
            TacticRules.TACTIC_INFLUENCER_TIER_NOT_TARGETED,
            TacticRules.TACTIC_INFLUENCER_AUDIENCE_MISMATCH,
            TacticRules.TACTIC_UGC_WITHOUT_PERMISSION,
            TacticRules.TACTIC_PURPOSE_NOT_APPROVED,
            TacticRules.TACTIC_PURPOSE_WITHOUT_MISSION_LINK,
            TacticRules.TACTIC_SHORT_VIDEO_UNSUPPORTED,
            TacticRules.TACTIC_SHORT_VIDEO_LENGTH,
            TacticRules.TACTIC_SHORT_VIDEO_FREQUENCY,
            TacticRules.TACTIC_COMMUNITY_NOT_FOR_CONSUMERS,
            TacticRules.TACTIC_COMMUNITY_NOT_FOR_BUSINESSES,
            TacticRules.TACTIC_COMMUNITY_NOT_A_GROUP,
            TacticRules.TACTIC_COMMUNITY_NO_INTERACTIVE_POSTS,
            TacticRules.TACTIC_COMMUNITY_NO_INTERACTIVE_CADENCE);
    assertThat(TacticRules.standard().allSettings())
        .containsExactly(
            PlatformRules.CATALOG,
            TacticRules.INFLUENCER_AUDIENCE_OVERLAP,
            TacticRules.LIVE_ANNOUNCEMENT_LEAD);
  }
}
