package dev.socialplan.json;

import static dev.socialplan.json.RoundTrips.check;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.IncomeBand;
import dev.socialplan.audience.Persona;
import dev.socialplan.audience.Region;
import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Handle;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.competition.Swot;
import dev.socialplan.content.ContentKind;
import dev.socialplan.content.ContentMix;
import dev.socialplan.content.ContentPillar;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.content.KeywordSet;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import dev.socialplan.metric.Ratio;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.AspectRatio;
import dev.socialplan.platform.AspectRatioRange;
import dev.socialplan.platform.AudienceReach;
import dev.socialplan.platform.FormatLimits;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.platform.Source;
import dev.socialplan.platform.TextLimit;
import dev.socialplan.tactic.Influencer;
import dev.socialplan.tactic.Tactic;
import dev.socialplan.tactic.TierScheme;
import dev.socialplan.testkit.generators.AudienceGenerators;
import dev.socialplan.testkit.generators.BudgetGenerators;
import dev.socialplan.testkit.generators.CompetitionGenerators;
import dev.socialplan.testkit.generators.ContentGenerators;
import dev.socialplan.testkit.generators.GoalGenerators;
import dev.socialplan.testkit.generators.MetricGenerators;
import dev.socialplan.testkit.generators.PlanGenerators;
import dev.socialplan.testkit.generators.PlatformGenerators;
import dev.socialplan.testkit.generators.TacticGenerators;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

/**
 * Every core type read back equal, over the testkit generators (which include emoji and CJK text,
 * extreme dates, zero and huge counts, custom platforms and metrics, and every currency scale).
 */
class CoreRoundTripPropertiesTest {

  private static final int N = 300;

  @Test
  void plans() {
    check(PlanGenerators.plans(), StrategyPlan.class, N);
    check(PlanGenerators.realisticPlans(), StrategyPlan.class, 50);
    check(PlanGenerators.brands(), Brand.class, N);
    check(PlanGenerators.platformChoices(), PlatformChoice.class, N);
  }

  @Test
  void goals() {
    check(GoalGenerators.goals(), Goal.class, N);
    check(GoalGenerators.completeGoals(), Goal.class, N);
    check(GoalGenerators.targets(), Target.class, N);
    check(GoalGenerators.growthReferences(), GrowthReference.class, N);
    check(GoalGenerators.businessObjectives(), BusinessObjective.class, N);
  }

  @Test
  void metrics() {
    check(MetricGenerators.kinds(), MetricKind.class, N);
    check(MetricGenerators.ratios(), Ratio.class, N);
  }

  @Test
  void audiences() {
    check(AudienceGenerators.ageRanges(), AgeRange.class, N);
    check(AudienceGenerators.genderMixes(), GenderMix.class, N);
    check(AudienceGenerators.regions(), Region.class, N);
    check(AudienceGenerators.incomeBands(), IncomeBand.class, N);
    check(AudienceGenerators.personas(), Persona.class, N);
    check(AudienceGenerators.audiences(4), Audience.class, N);
  }

  @Test
  void platforms() {
    check(PlatformGenerators.platforms(), Platform.class, N);
    check(PlatformGenerators.customPlatforms(), Platform.class, N);
    check(PlatformGenerators.aspectRatios(), AspectRatio.class, N);
    check(PlatformGenerators.aspectRatioRanges(), AspectRatioRange.class, N);
    check(PlatformGenerators.textLimits(), TextLimit.class, N);
    check(PlatformGenerators.sources(), Source.class, N);
    check(PlatformGenerators.formatLimits(), FormatLimits.class, N);
    check(PlatformGenerators.postingFrequencies(), PostingFrequency.class, N);
    check(PlatformGenerators.audienceReaches(), AudienceReach.class, N);
    check(PlatformGenerators.profiles(), PlatformProfile.class, N);
    check(PlatformGenerators.catalogs(), PlatformCatalog.class, 100);
  }

  @Test
  void competition() {
    check(CompetitionGenerators.handles(), Handle.class, N);
    check(CompetitionGenerators.presences(), SocialPresence.class, N);
    check(CompetitionGenerators.swots(), Swot.class, N);
    check(CompetitionGenerators.competitors(), Competitor.class, N);
  }

  @Test
  void budgets() {
    check(BudgetGenerators.money(), Money.class, N);
    check(BudgetGenerators.periods(), LocalDateRange.class, N);
    check(BudgetGenerators.allocations(CurrencyUnit.of("JPY")), Allocation.class, N);
    check(BudgetGenerators.allocations(CurrencyUnit.of("KWD")), Allocation.class, N);
    check(BudgetGenerators.budgets(6), Budget.class, N);
  }

  @Test
  void content() {
    check(ContentGenerators.kinds(), ContentKind.class, N);
    check(ContentGenerators.mixes(), ContentMix.class, N);
    check(ContentGenerators.pillars(), ContentPillar.class, N);
    check(ContentGenerators.keywordSets(), KeywordSet.class, N);
    check(ContentGenerators.strategies(4), ContentStrategy.class, N);
  }

  @Test
  void tactics() {
    check(TacticGenerators.tactics(), Tactic.class, N);
    check(TacticGenerators.tierSchemes(), TierScheme.class, N);
    check(TacticGenerators.influencers(CurrencyUnit.of("TWD")), Influencer.class, N);
  }
}
