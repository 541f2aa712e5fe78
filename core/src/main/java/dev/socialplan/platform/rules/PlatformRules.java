package dev.socialplan.platform.rules;

import dev.socialplan.budget.Budget;
import dev.socialplan.content.PlatformAdaptation;
import dev.socialplan.plan.MethodStep;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.platform.PostingFrequency;
import dev.socialplan.platform.recommendation.AudienceReachEstimate;
import dev.socialplan.platform.recommendation.PersonaReach;
import dev.socialplan.platform.recommendation.PlatformRecommender;
import dev.socialplan.validation.Finding;
import dev.socialplan.validation.FindingArgument;
import dev.socialplan.validation.FindingCode;
import dev.socialplan.validation.MessageBundle;
import dev.socialplan.validation.Rule;
import dev.socialplan.validation.RuleSet;
import dev.socialplan.validation.Setting;
import dev.socialplan.validation.Severity;
import dev.socialplan.validation.ValidationContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The platforms' rules (method step 3).
 *
 * <p>The platform facts the rules use (reach, recommended posting frequencies, capabilities) come
 * from the {@link #CATALOG} setting, {@link PlatformCatalog#standard()} unless the planner sets
 * another: {@code PlanRules.standard().withSetting(PlatformRules.CATALOG, myCatalog)}. The
 * tactic rules read the same setting. A chosen platform without a profile in the catalog is left
 * out of the checks that need its facts.
 *
 * <h2>Capacity</h2>
 *
 * <p>The strategy guide "How to Build a Social Media Marketing Strategy for Your Marketing Plan" (2021) (step 3): "since hundreds of social networks exist, you cannot use them all
 * in your plan"; step 5: social media will not succeed "if you just add it to the task list of the
 * existing office staff". Two checks make that concrete, each with its own settings:
 *
 * <ul>
 *   <li>Budget: the budget's total per month, {@code total × 30.436875 / days of the budget's
 *       period} (30.436875 = 365.2425 / 12, the mean Gregorian month), rounded half-even to the
 *       currency's minor unit, divided by {@link #MINIMUM_MONTHLY_BUDGET_PER_PLATFORM} and rounded
 *       down, is the number of platforms the budget can serve. Choosing more is {@link
 *       #PLATFORM_TOO_MANY_FOR_BUDGET}. socialplan converts no currencies: a budget in another
 *       currency than the setting's is not compared (set the minimum in the budget's currency).
 *   <li>Team: the posts a week the chosen platforms need at their recommended frequencies ({@link
 *       #minimumPostsPerWeek(PlatformProfile)}), added up over the chosen platforms, against {@link
 *       #TEAM_POSTS_PER_WEEK}. Needing more is {@link #PLATFORM_TOO_MANY_FOR_TEAM}.
 * </ul>
 *
 * <p>The defaults of both thresholds are planning assumptions, not published facts: adjust them to
 * the brand's costs and team.
 */
public final class PlatformRules {
  private PlatformRules() {}

  /** 30.436875: the mean Gregorian month in days, 365.2425 / 12. */
  private static final BigDecimal DAYS_PER_MONTH = new BigDecimal("30.436875");

  /**
   * The platform facts the platform and tactic rules read; {@link PlatformCatalog#standard()} by
   * default. Set a catalog with overridden or added profiles to make the rules use its facts.
   */
  public static final Setting<PlatformCatalog> CATALOG =
      Setting.of(
          "platform.catalog",
          PlatformCatalog.class,
          PlatformCatalog.standard(),
          "the platform facts (reach, capabilities, posting frequencies) the platform and tactic"
              + " rules read");

  /**
   * The least money per month one platform needs (content, a little paid promotion, the time to
   * run it): USD 300 by default, a planning assumption. Compared only with budgets in the same
   * currency.
   */
  public static final Setting<Money> MINIMUM_MONTHLY_BUDGET_PER_PLATFORM =
      Setting.of(
          "platform.minimumMonthlyBudgetPerPlatform",
          Money.class,
          Money.of(CurrencyUnit.USD, 300),
          "the least budget per month one chosen platform needs; compared only with budgets in"
              + " the same currency (set it in your budget's currency)",
          Money::isPositive,
          "positive");

  /**
   * How many posts a week the team can produce: 25 by default (five a working day), a planning
   * assumption for a small team.
   */
  public static final Setting<Integer> TEAM_POSTS_PER_WEEK =
      Setting.of(
          "platform.teamPostsPerWeek",
          Integer.class,
          25,
          "how many posts a week the team can produce, compared with what the chosen platforms"
              + " need at their recommended posting frequencies",
          n -> n >= 0,
          "zero or more");

  /**
   * The least estimated share of the audience a chosen platform should reach: 0.20 by default, the
   * recommender's {@link PlatformRecommender#DEFAULT_MINIMUM_REACH}.
   */
  public static final Setting<Double> MINIMUM_REACH =
      Setting.of(
          "platform.minimumReach",
          Double.class,
          PlatformRecommender.DEFAULT_MINIMUM_REACH,
          "the least estimated share of the audience a chosen platform should reach",
          d -> d >= 0 && d <= 1,
          "between 0 and 1");

  /**
   * A chosen platform reaches less of the audience than {@link #MINIMUM_REACH} (warning, with the
   * numbers).
   */
  public static final FindingCode PLATFORM_LOW_REACH =
      FindingCode.of("PLATFORM_LOW_REACH", Severity.WARNING, MethodStep.PLATFORMS, MessageBundle.CORE);

  /** More platforms are chosen than the budget can serve at the minimum per platform (warning). */
  public static final FindingCode PLATFORM_TOO_MANY_FOR_BUDGET =
      FindingCode.of(
          "PLATFORM_TOO_MANY_FOR_BUDGET", Severity.WARNING, MethodStep.PLATFORMS, MessageBundle.CORE);

  /**
   * The chosen platforms need more posts a week at their recommended frequencies than the team can
   * produce (warning).
   */
  public static final FindingCode PLATFORM_TOO_MANY_FOR_TEAM =
      FindingCode.of(
          "PLATFORM_TOO_MANY_FOR_TEAM", Severity.WARNING, MethodStep.PLATFORMS, MessageBundle.CORE);

  /**
   * The same content is planned unchanged on every chosen platform (warning; the strategy guide's step 3: "you
   * cannot publish the same content on every platform").
   */
  public static final FindingCode PLATFORM_SAME_CONTENT_EVERYWHERE =
      FindingCode.of(
          "PLATFORM_SAME_CONTENT_EVERYWHERE",
          Severity.WARNING,
          MethodStep.PLATFORMS,
          MessageBundle.CORE);

  /** Content adapted to each platform, when there are several. */
  public static final Rule<StrategyPlan> ADAPTED_CONTENT =
      Rule.of(
          "platform.adaptedContent",
          List.of(PLATFORM_SAME_CONTENT_EVERYWHERE),
          PlatformRules::adaptedContent);

  /** Every chosen platform reaches enough of the audience. */
  public static final Rule<StrategyPlan> REACH =
      Rule.of(
          "platform.reach",
          List.of(PLATFORM_LOW_REACH),
          List.of(CATALOG, MINIMUM_REACH),
          PlatformRules::reach);

  /** No more platforms than the budget can serve. */
  public static final Rule<StrategyPlan> BUDGET_CAPACITY =
      Rule.of(
          "platform.budgetCapacity",
          List.of(PLATFORM_TOO_MANY_FOR_BUDGET),
          List.of(MINIMUM_MONTHLY_BUDGET_PER_PLATFORM),
          PlatformRules::budgetCapacity);

  /** No more platforms than the team can serve at their recommended posting frequencies. */
  public static final Rule<StrategyPlan> TEAM_CAPACITY =
      Rule.of(
          "platform.teamCapacity",
          List.of(PLATFORM_TOO_MANY_FOR_TEAM),
          List.of(CATALOG, TEAM_POSTS_PER_WEEK),
          PlatformRules::teamCapacity);

  /**
   * Returns the platforms' rules.
   *
   * @return the rule set
   */
  public static RuleSet<StrategyPlan> standard() {
    return RuleSet.of(List.of(REACH, BUDGET_CAPACITY, TEAM_CAPACITY, ADAPTED_CONTENT));
  }

  /**
   * Returns the fewest posts a week a platform's recommended frequencies ask for: its
   * recommendations are grouped by the formats they cover, each group asks for the largest of its
   * weekly minimums ({@link PostingFrequency#minPerWeek()}), and the groups add up. Instagram in the
   * standard catalog: 3–7 feed posts a week and at most 1 a day (feed: 3) plus 2 stories a day
   * (stories: 14), 17 in all; YouTube: 1–2 long videos and 3–5 Shorts a week, 4.
   *
   * @param profile the platform's profile
   * @return the posts a week, zero when the profile recommends no frequency
   */
  public static long minimumPostsPerWeek(PlatformProfile profile) {
    Map<Set<PostFormat>, Long> byFormats = new HashMap<>();
    for (PostingFrequency f : profile.recommendedFrequencies()) {
      byFormats.merge(f.formats(), f.minPerWeek(), Math::max);
    }
    long total = 0;
    for (long posts : byFormats.values()) {
      total = Math.addExact(total, posts);
    }
    return total;
  }

  /**
   * Returns a budget's total per month: {@code total × 30.436875 / days of its period}, rounded
   * half-even to the currency's minor unit.
   *
   * @param budget the budget
   * @return the monthly amount, in the budget's currency
   */
  public static Money monthlyBudget(Budget budget) {
    long days = budget.period().lengthInDays();
    BigDecimal perMonth =
        budget
            .total()
            .getAmount()
            .multiply(DAYS_PER_MONTH)
            .divide(BigDecimal.valueOf(days), MathContext.DECIMAL128);
    return Money.of(budget.currency(), perMonth, RoundingMode.HALF_EVEN);
  }

  private static List<Finding> budgetCapacity(StrategyPlan plan, ValidationContext context) {
    if (plan.budget().isEmpty() || plan.platforms().isEmpty()) {
      return List.of();
    }
    Budget budget = plan.budget().get();
    Money minimum = context.setting(MINIMUM_MONTHLY_BUDGET_PER_PLATFORM);
    if (!minimum.getCurrencyUnit().equals(budget.currency())) {
      return List.of();
    }
    Money monthly = monthlyBudget(budget);
    // A BigDecimal, not a long: a budget may be larger than any long of minor units.
    BigDecimal affordable =
        monthly.getAmount().divide(minimum.getAmount(), 0, RoundingMode.DOWN);
    int chosen = plan.platforms().size();
    // Reported only when fewer platforms are affordable than chosen, so the count fits a long.
    return affordable.compareTo(BigDecimal.valueOf(chosen)) < 0
        ? List.of(
            Finding.of(
                PLATFORM_TOO_MANY_FOR_BUDGET,
                "platforms",
                FindingArgument.integer("platforms", chosen),
                FindingArgument.money("monthlyBudget", monthly),
                FindingArgument.integer("affordable", affordable.longValueExact()),
                FindingArgument.money("minimumPerPlatform", minimum)))
        : List.of();
  }

  private static List<Finding> reach(StrategyPlan plan, ValidationContext context) {
    if (plan.audience().isEmpty() || plan.audience().get().isEmpty()) {
      return List.of();
    }
    PlatformCatalog catalog = context.setting(CATALOG);
    double minimum = context.setting(MINIMUM_REACH);
    List<Finding> out = new ArrayList<>();
    List<Platform> chosen = plan.chosenPlatforms();
    for (int i = 0; i < chosen.size(); i++) {
      Optional<PlatformProfile> profile = catalog.profile(chosen.get(i));
      if (profile.isEmpty()) {
        continue;
      }
      AudienceReachEstimate estimate =
          AudienceReachEstimate.of(plan.audience().get(), profile.get());
      if (estimate.reach().isEmpty()) {
        continue;
      }
      double reach = estimate.reach().get().valueOr(0);
      if (reach < minimum) {
        out.add(
            Finding.of(
                PLATFORM_LOW_REACH,
                "platforms[" + i + "]",
                FindingArgument.text("platform", chosen.get(i).displayName()),
                FindingArgument.percent("reach", reach),
                FindingArgument.percent("minimum", minimum),
                FindingArgument.text("byPersona", byPersona(estimate))));
      }
    }
    return out;
  }

  /** The reach of each persona, language-neutral: {@code "Women over 50 9%, Retirees 12%"}. */
  private static String byPersona(AudienceReachEstimate estimate) {
    List<String> parts = new ArrayList<>();
    for (PersonaReach p : estimate.personas()) {
      parts.add(p.persona() + " " + Math.round(p.reach().valueOr(0) * 100) + "%");
    }
    return String.join(", ", parts);
  }

  private static List<Finding> adaptedContent(StrategyPlan plan, ValidationContext context) {
    boolean same =
        plan.content()
            .map(c -> c.platformAdaptation() == PlatformAdaptation.SAME_ON_EVERY_PLATFORM)
            .orElse(false);
    return same && plan.platforms().size() > 1
        ? List.of(
            Finding.of(
                PLATFORM_SAME_CONTENT_EVERYWHERE,
                "content.platformAdaptation",
                FindingArgument.integer("platforms", plan.platforms().size())))
        : List.of();
  }

  private static List<Finding> teamCapacity(StrategyPlan plan, ValidationContext context) {
    PlatformCatalog catalog = context.setting(CATALOG);
    long needed = 0;
    for (Platform p : plan.chosenPlatforms()) {
      needed = Math.addExact(needed, catalog.profile(p).map(PlatformRules::minimumPostsPerWeek).orElse(0L));
    }
    int capacity = context.setting(TEAM_POSTS_PER_WEEK);
    return needed > capacity
        ? List.of(
            Finding.of(
                PLATFORM_TOO_MANY_FOR_TEAM, "platforms", FindingArgument.integer("platforms", plan.platforms().size()), FindingArgument.integer("postsNeeded", needed), FindingArgument.integer("teamCapacity", capacity)))
        : List.of();
  }
}
