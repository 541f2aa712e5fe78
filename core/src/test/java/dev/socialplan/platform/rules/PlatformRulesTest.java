package dev.socialplan.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.budget.Budget;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.PlatformAdaptation;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.ValidationContext;
import dev.socialplan.validation.ValidationSettings;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class PlatformRulesTest {
  private static final ValidationContext DEFAULTS = ValidationContext.standard();
  private static final Brand BRAND = Brand.of("Glow Cosmetics", "cosmetics", BusinessModel.B2C);
  private static final LocalDateRange Q2_2026 =
      LocalDateRange.of(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 7, 1));
  private static final PlatformCatalog STANDARD = PlatformCatalog.standard();

  private static StrategyPlan plan(Budget budget, Platform... platforms) {
    StrategyPlan.Builder b = StrategyPlan.builder().brand(BRAND);
    for (Platform p : platforms) {
      b.addPlatform(PlatformChoice.of(p, "our audience is there"));
    }
    if (budget != null) {
      b.budget(budget);
    }
    return b.build();
  }

  private static StrategyPlan plan(Platform... platforms) {
    return plan(null, platforms);
  }

  private static final Persona WOMEN_OVER_50 =
      Persona.builder()
          .name("Women over 50")
          .ageRange(AgeRange.of(50, 80))
          .genderMix(GenderMix.allWomen())
          .build();
  private static final Persona MOTHERS =
      Persona.builder()
          .name("Single mothers")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .build();

  private static StrategyPlan withAudience(Audience audience, Platform... platforms) {
    return StrategyPlan.builder().from(plan(platforms)).audience(audience).build();
  }

  @Test
  void aChosenPlatformThatReachesLittleOfTheAudienceIsAWarningWithTheNumbers() {
    // The strategy guide: women over 50 -> Snapchat is not a good idea. Facebook reaches them well.
    StrategyPlan plan =
        withAudience(Audience.of(WOMEN_OVER_50), Platform.FACEBOOK, Platform.SNAPCHAT);
    List<Finding> findings = PlatformRules.REACH.check(plan, DEFAULTS);
    double snapchat = (15 * 0.13 + 16 * 0.04) / 31 * 0.28 / 0.25;
    assertThat(findings).hasSize(1);
    Finding f = findings.get(0);
    assertThat(f.code()).isEqualTo(PlatformRules.PLATFORM_LOW_REACH);
    assertThat(f.path()).isEqualTo("platforms[1]");
    assertThat(f.argument("platform")).contains(FindingArgument.text("platform", "Snapchat"));
    assertThat(f.argument("reach").map(a -> (Double) a.value()).orElseThrow())
        .isCloseTo(snapchat, within(1e-12));
    assertThat(f.arguments().subList(2, 4))
        .containsExactly(
            FindingArgument.percent("minimum", 0.2),
            FindingArgument.text("byPersona", "Women over 50 9%"));
    assertThat(f.arguments()).extracting(FindingArgument::kind)
        .containsExactly(
            FindingArgument.Kind.TEXT,
            FindingArgument.Kind.PERCENT,
            FindingArgument.Kind.PERCENT,
            FindingArgument.Kind.TEXT);
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo(
            "Snapchat reaches an estimated 9% of the audience, below the minimum of 20% (by"
                + " persona: Women over 50 9%).");
    assertThat(f.message(Locale.TAIWAN))
        .isEqualTo("Snapchat 估計只觸及 9% 的受眾，低於最低門檻 20%（各角色：Women over 50 9%）。");
  }

  @Test
  void reachIsWeightedOverThePersonasAndTheThresholdIsASetting() {
    // 1:1 with the young mothers: Snapchat reaches (0.094 + 0.65) / 2, enough.
    Audience both = Audience.builder().add(WOMEN_OVER_50, 1).add(MOTHERS, 1).build();
    assertThat(PlatformRules.REACH.check(withAudience(both, Platform.SNAPCHAT), DEFAULTS)).isEmpty();
    ValidationContext strict =
        ValidationContext.of(ValidationSettings.standard().with(PlatformRules.MINIMUM_REACH, 0.5));
    assertThat(PlatformRules.REACH.check(withAudience(both, Platform.SNAPCHAT), strict))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.argument("byPersona"))
                    .contains(
                        FindingArgument.text("byPersona", "Women over 50 9%, Single mothers 65%")));
  }

  @Test
  void lowReachIsSilentWithoutAudienceOrReachFigures() {
    assertThat(PlatformRules.REACH.check(plan(Platform.SNAPCHAT), DEFAULTS)).isEmpty();
    assertThat(
            PlatformRules.REACH.check(withAudience(Audience.empty(), Platform.SNAPCHAT), DEFAULTS))
        .isEmpty();
    assertThat(
            PlatformRules.REACH.check(
                withAudience(Audience.of(WOMEN_OVER_50), Platform.MASTODON, Platform.of("line")),
                DEFAULTS))
        .isEmpty();
  }

  @Test
  void minimumPostsPerWeekAddsTheLargestMinimumOfEachGroupOfFormats() {
    // Instagram: 3-7 feed posts a week and at most 1 a day (feed: 3), 2 stories a day (14).
    assertThat(PlatformRules.minimumPostsPerWeek(STANDARD.profile(Platform.INSTAGRAM).orElseThrow()))
        .isEqualTo(17);
    // YouTube: 1-2 long videos and 3-5 Shorts a week.
    assertThat(PlatformRules.minimumPostsPerWeek(STANDARD.profile(Platform.YOUTUBE).orElseThrow()))
        .isEqualTo(4);
    assertThat(PlatformRules.minimumPostsPerWeek(STANDARD.profile(Platform.TIKTOK).orElseThrow()))
        .isEqualTo(7);
    assertThat(PlatformRules.minimumPostsPerWeek(STANDARD.profile(Platform.WHATSAPP).orElseThrow()))
        .isZero();
  }

  @Test
  void monthlyBudgetSpreadsTheTotalOverTheMeanMonth() {
    // 91 days: 9,000 x 30.436875 / 91 = 3,010.24...
    Budget quarter = Budget.of(Money.of(CurrencyUnit.USD, 9_000), Q2_2026);
    assertThat(PlatformRules.monthlyBudget(quarter)).isEqualTo(Money.parse("USD 3010.24"));
    Budget twd = Budget.of(Money.parse("TWD 100000"), Q2_2026);
    assertThat(PlatformRules.monthlyBudget(twd)).isEqualTo(Money.parse("TWD 33447.12"));
  }

  @Test
  void moreChosenPlatformsThanTheBudgetServesIsAWarningWithTheNumbers() {
    // USD 1,800 a quarter is USD 602.05 a month: two platforms at USD 300.
    Budget small = Budget.of(Money.of(CurrencyUnit.USD, 1_800), Q2_2026);
    StrategyPlan plan = plan(small, Platform.INSTAGRAM, Platform.TIKTOK, Platform.FACEBOOK);
    List<Finding> findings = PlatformRules.BUDGET_CAPACITY.check(plan, DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                PlatformRules.PLATFORM_TOO_MANY_FOR_BUDGET,
                "platforms",
                FindingArgument.integer("platforms", 3),
                FindingArgument.money("monthlyBudget", Money.parse("USD 602.05")),
                FindingArgument.integer("affordable", 2),
                FindingArgument.money("minimumPerPlatform", Money.parse("USD 300.00"))));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "Platforms chosen: 3. A budget of USD 602.05 a month serves at most 2 at the minimum"
                + " of USD 300.00 per platform and month.");
    assertThat(findings.get(0).message(Locale.TAIWAN))
        .isEqualTo("已選擇 3 個平台，但每月 USD 602.05 的預算，以每個平台每月至少 USD 300.00 計算，最多只能經營 2 個平台。");
  }

  @Test
  void asManyPlatformsAsTheBudgetServesPass() {
    Budget small = Budget.of(Money.of(CurrencyUnit.USD, 1_800), Q2_2026);
    assertThat(
            PlatformRules.BUDGET_CAPACITY.check(
                plan(small, Platform.INSTAGRAM, Platform.TIKTOK), DEFAULTS))
        .isEmpty();
  }

  @Test
  void budgetCapacityUsesTheSettingAndComparesOnlyTheSameCurrency() {
    Budget twd = Budget.of(Money.parse("TWD 100000"), Q2_2026);
    StrategyPlan plan = plan(twd, Platform.INSTAGRAM, Platform.TIKTOK, Platform.FACEBOOK);
    assertThat(PlatformRules.BUDGET_CAPACITY.check(plan, DEFAULTS)).isEmpty();
    ValidationContext strict =
        ValidationContext.of(
            ValidationSettings.standard()
                .with(PlatformRules.MINIMUM_MONTHLY_BUDGET_PER_PLATFORM, Money.parse("TWD 15000")));
    assertThat(PlatformRules.BUDGET_CAPACITY.check(plan, strict))
        .containsExactly(
            Finding.of(
                PlatformRules.PLATFORM_TOO_MANY_FOR_BUDGET,
                "platforms",
                FindingArgument.integer("platforms", 3),
                FindingArgument.money("monthlyBudget", Money.parse("TWD 33447.12")),
                FindingArgument.integer("affordable", 2),
                FindingArgument.money("minimumPerPlatform", Money.parse("TWD 15000.00"))));
  }

  @Test
  void aBudgetBeyondAnyLongOfMinorUnitsServesEveryPlatformWithoutOverflow() {
    // Shrunk by PlanRulesPropertiesTest: USD 91,680,318,046,336,471,521.58 for one day is
    // about 9.3e21 platforms' worth a month, more than a long holds; it used to throw
    // ArithmeticException ("Overflow") out of the validator.
    Budget huge =
        Budget.of(
            Money.parse("USD 91680318046336471521.58"),
            LocalDateRange.of(LocalDate.of(2000, 1, 1), LocalDate.of(2000, 1, 2)));
    StrategyPlan plan = plan(huge, Platform.of("custom-aaaaaa"));
    assertThat(PlatformRules.BUDGET_CAPACITY.check(plan, DEFAULTS)).isEmpty();
    assertThat(PlatformRules.standard().validate(plan).hasCode("PLATFORM_TOO_MANY_FOR_BUDGET"))
        .isFalse();
  }

  @Test
  void budgetCapacityIsSilentWithoutBudgetOrPlatforms() {
    assertThat(PlatformRules.BUDGET_CAPACITY.check(plan(Platform.INSTAGRAM), DEFAULTS)).isEmpty();
    Budget tiny = Budget.of(Money.of(CurrencyUnit.USD, 10), Q2_2026);
    assertThat(PlatformRules.BUDGET_CAPACITY.check(plan(tiny), DEFAULTS)).isEmpty();
  }

  @Test
  void moreWeeklyPostsThanTheTeamProducesIsAWarningWithTheNumbers() {
    // Instagram 17 + TikTok 7 + Facebook 7 = 31 > 25.
    StrategyPlan plan = plan(Platform.INSTAGRAM, Platform.TIKTOK, Platform.FACEBOOK);
    List<Finding> findings = PlatformRules.TEAM_CAPACITY.check(plan, DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(PlatformRules.PLATFORM_TOO_MANY_FOR_TEAM, "platforms", FindingArgument.integer("platforms", 3), FindingArgument.integer("postsNeeded", 31), FindingArgument.integer("teamCapacity", 25)));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "The chosen platforms (3) need at least 31 posts a week at the recommended posting"
                + " frequencies; the team can produce 25.");
    assertThat(findings.get(0).message(Locale.TAIWAN))
        .isEqualTo("依建議的發文頻率，所選的 3 個平台每週至少需要 31 則貼文，但團隊每週只能製作 25 則。");
  }

  @Test
  void teamCapacityPassesAtTheLimitAndFollowsTheSettingAndCatalog() {
    // Instagram 17 + TikTok 7 = 24 <= 25.
    StrategyPlan plan = plan(Platform.INSTAGRAM, Platform.TIKTOK);
    assertThat(PlatformRules.TEAM_CAPACITY.check(plan, DEFAULTS)).isEmpty();
    ValidationContext smallTeam =
        ValidationContext.of(
            ValidationSettings.standard().with(PlatformRules.TEAM_POSTS_PER_WEEK, 24));
    assertThat(PlatformRules.TEAM_CAPACITY.check(plan, smallTeam)).isEmpty();
    ValidationContext smallerTeam =
        ValidationContext.of(
            ValidationSettings.standard().with(PlatformRules.TEAM_POSTS_PER_WEEK, 23));
    assertThat(PlatformRules.TEAM_CAPACITY.check(plan, smallerTeam)).hasSize(1);
    // A catalog in which TikTok asks for 3 posts a day: 17 + 21 = 38.
    PlatformCatalog busyTikTok =
        STANDARD.with(
            STANDARD
                .profile(Platform.TIKTOK)
                .orElseThrow()
                .withRecommendedFrequencies(List.of(PostingFrequency.perDay(3, 4))));
    ValidationContext custom =
        ValidationContext.of(ValidationSettings.standard().with(PlatformRules.CATALOG, busyTikTok));
    assertThat(PlatformRules.TEAM_CAPACITY.check(plan, custom))
        .containsExactly(
            Finding.of(PlatformRules.PLATFORM_TOO_MANY_FOR_TEAM, "platforms", FindingArgument.integer("platforms", 2), FindingArgument.integer("postsNeeded", 38), FindingArgument.integer("teamCapacity", 25)));
  }

  @Test
  void aPlatformOutsideTheCatalogNeedsNoPosts() {
    StrategyPlan plan = plan(Platform.of("xiaohongshu"), Platform.TIKTOK);
    assertThat(PlatformRules.TEAM_CAPACITY.check(plan, DEFAULTS)).isEmpty();
  }

  @Test
  void theSameContentOnEveryPlatformIsAWarning() {
    ContentStrategy same =
        ContentStrategy.builder()
            .platformAdaptation(PlatformAdaptation.SAME_ON_EVERY_PLATFORM)
            .build();
    StrategyPlan two =
        StrategyPlan.builder()
            .from(plan(Platform.INSTAGRAM, Platform.FACEBOOK))
            .content(same)
            .build();
    List<Finding> findings = PlatformRules.ADAPTED_CONTENT.check(two, DEFAULTS);
    assertThat(findings)
        .containsExactly(
            Finding.of(
                PlatformRules.PLATFORM_SAME_CONTENT_EVERYWHERE, "content.platformAdaptation", FindingArgument.integer("platforms", 2)));
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo("The same content is planned unchanged on all 2 chosen platforms.");
  }

  @Test
  void adaptedUndecidedOrSinglePlatformContentPasses() {
    StrategyPlan one =
        StrategyPlan.builder()
            .from(plan(Platform.INSTAGRAM))
            .content(
                ContentStrategy.builder()
                    .platformAdaptation(PlatformAdaptation.SAME_ON_EVERY_PLATFORM)
                    .build())
            .build();
    assertThat(PlatformRules.ADAPTED_CONTENT.check(one, DEFAULTS)).isEmpty();
    for (PlatformAdaptation a :
        List.of(PlatformAdaptation.ADAPTED_PER_PLATFORM, PlatformAdaptation.UNDECIDED)) {
      StrategyPlan two =
          StrategyPlan.builder()
              .from(plan(Platform.INSTAGRAM, Platform.FACEBOOK))
              .content(ContentStrategy.builder().platformAdaptation(a).build())
              .build();
      assertThat(PlatformRules.ADAPTED_CONTENT.check(two, DEFAULTS)).as(a.name()).isEmpty();
    }
    assertThat(
            PlatformRules.ADAPTED_CONTENT.check(
                plan(Platform.INSTAGRAM, Platform.FACEBOOK), DEFAULTS))
        .isEmpty();
  }

  @Test
  void theStandardSetHoldsTheRulesAndTheirSettings() {
    assertThat(PlatformRules.standard().codes())
        .containsExactlyInAnyOrder(
            PlatformRules.PLATFORM_LOW_REACH,
            PlatformRules.PLATFORM_TOO_MANY_FOR_BUDGET,
            PlatformRules.PLATFORM_TOO_MANY_FOR_TEAM,
            PlatformRules.PLATFORM_SAME_CONTENT_EVERYWHERE);
    assertThat(PlatformRules.standard().allSettings())
        .containsExactlyInAnyOrder(
            PlatformRules.CATALOG,
            PlatformRules.MINIMUM_REACH,
            PlatformRules.MINIMUM_MONTHLY_BUDGET_PER_PLATFORM,
            PlatformRules.TEAM_POSTS_PER_WEEK);
    assertThat(PlatformRules.CATALOG.defaultValue()).isEqualTo(STANDARD);
  }
}
