package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.audience.Audience;
import dev.socialplan.audience.Persona;
import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Swot;
import dev.socialplan.content.ContentStrategy;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import dev.socialplan.plan.Brand;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.platform.Platform;
import dev.socialplan.tactic.Tactic;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/**
 * QuickTheories generators for the {@code dev.socialplan.plan} package: brands, platform choices,
 * time zones and whole {@link StrategyPlan}s. Every generated value is constructible; the plans are
 * built to reach every rule of {@code PlanRules.standard()}:
 *
 * <ul>
 *   <li>every part but the brand present or absent (drafts as well as complete plans);
 *   <li>goals that refer to a business objective the plan has, to one it lacks, or to none, and
 *       "twin" goals on the same metric and platform at the same time, with the same target or
 *       another (duplicates and conflicts);
 *   <li>chosen platforms, well-known and custom, with and without an allocation; allocations to
 *       platforms that are not chosen, to categories only, in other currencies than the budget's
 *       total, with expected returns above and below their spend; budgets from zero to amounts no
 *       {@code long} of minor units can hold;
 *   <li>competitors with and without SWOT, more than the five the method asks for, and a brand SWOT
 *       present, empty or absent;
 *   <li>content strategies with tactics of all eight kinds.
 * </ul>
 *
 * <p>{@link #realisticPlans()} generates plans of the shape the plan-validation benchmark measures (docs/performance.md): 10 goals, 5
 * personas, 8 platforms, 5 competitors with SWOT, 20 allocations and a content strategy with
 * tactics.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class PlanGenerators {

  /** The largest part of a plan from {@link #plans()}. */
  private static final int DEFAULT_MAX_SIZE = 6;

  private static final List<String> BRAND_NAMES =
      List.of("Glow Cosmetics", "Northwind Bakery", "Ledgerly", "茶日子", "Hope for Paws", "x");
  private static final List<String> INDUSTRIES =
      List.of("cosmetics", "bakery", "B2B software", "non-profit", "飲料", "retail");
  private static final List<String> MISSIONS =
      List.of(
          "Time back for busy parents.",
          "Bread baked the old way, every morning.",
          "讓每個人都喝得到好茶。",
          "Every shelter animal in a home. 🐾");
  private static final List<String> REASONS =
      List.of(
          "our audience is there",
          "a visual product",
          "customer service",
          "B2B leads",
          "短影音觸及年輕族群",
          "the competitors are there");

  /**
   * Time zones with something to trip over: UTC, a zone without daylight saving, zones that change
   * by an hour and by half an hour, and the two ends of the date line.
   */
  private static final List<ZoneId> ZONES =
      List.of(
          ZoneOffset.UTC,
          ZoneId.of("Asia/Taipei"),
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("Pacific/Pago_Pago"));

  /** The categories of allocations to chosen platforms; paid promotion is what ROI rules read. */
  private static final List<BudgetCategory> PLATFORM_CATEGORIES =
      List.of(BudgetCategory.PAID_PROMOTION, BudgetCategory.CONTENT_CREATION);

  private PlanGenerators() {}

  /**
   * Generates brands: B2B, B2C or both, with or without a mission statement, names and industries
   * in English and Chinese.
   *
   * @return brands
   */
  public static Gen<Brand> brands() {
    return Generate.pick(BRAND_NAMES)
        .zip(
            Generate.pick(INDUSTRIES),
            RecommendationGenerators.businessModels(),
            Generate.pick(MISSIONS).toOptionals(40),
            (name, industry, model, mission) -> {
              Brand brand = Brand.of(name, industry, model);
              return mission.map(brand::withMissionStatement).orElse(brand);
            });
  }

  /**
   * Generates platform choices: well-known and custom platforms, each with a reason.
   *
   * @return platform choices
   */
  public static Gen<PlatformChoice> platformChoices() {
    return PlatformGenerators.platforms().zip(Generate.pick(REASONS), PlatformChoice::of);
  }

  /**
   * Generates lists of platform choices without a platform twice, as a plan requires.
   *
   * @param maxSize the largest list, zero or more
   * @return lists of zero to {@code maxSize} choices of distinct platforms
   */
  public static Gen<List<PlatformChoice>> platformChoiceLists(int maxSize) {
    checkSize(maxSize);
    return lists()
        .of(platformChoices())
        .ofSizeBetween(0, maxSize)
        .map(
            choices -> {
              Map<Platform, PlatformChoice> byPlatform = new LinkedHashMap<>();
              choices.forEach(c -> byPlatform.putIfAbsent(c.platform(), c));
              return List.copyOf(byPlatform.values());
            });
  }

  /**
   * Generates the time zones a plan works in: UTC, Asia/Taipei, zones with daylight saving (one
   * with a half-hour change) and the zones at both ends of the date line.
   *
   * @return time zones
   */
  public static Gen<ZoneId> timeZones() {
    return Generate.pick(ZONES);
  }

  /**
   * Generates instants from 2000 to 2045, to give validations a clock ("today") before, during and
   * after the generated goals' periods.
   *
   * @return instants
   */
  public static Gen<Instant> instants() {
    return longs()
        .between(
            Instant.parse("2000-01-01T00:00:00Z").getEpochSecond(),
            Instant.parse("2045-12-31T23:59:59Z").getEpochSecond())
        .map((Long s) -> Instant.ofEpochSecond(s));
  }

  /**
   * Generates plans with parts of up to six elements: {@code plans(6)}.
   *
   * @return constructible plans, from drafts with only a brand to complete plans
   */
  public static Gen<StrategyPlan> plans() {
    return plans(DEFAULT_MAX_SIZE);
  }

  /**
   * Generates plans whose every part but the brand may be absent, each list part (business
   * objectives, personas, platforms, competitors, pillars, tactics) holding at most {@code maxSize}
   * elements, the goals at most {@code 2 × maxSize} ({@code maxSize} drawn, each perhaps followed
   * by a twin) and the budget at most {@code 2 × maxSize} allocations (up to {@code maxSize} drawn
   * at random, plus up to one per chosen platform).
   *
   * @param maxSize the largest list part, zero or more (zero gives plans with empty lists and
   *     budgets without allocations)
   * @return constructible plans
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public static Gen<StrategyPlan> plans(int maxSize) {
    checkSize(maxSize);
    Gen<Brand> brand = brands();
    Gen<List<BusinessObjective>> objectives =
        GoalGenerators.businessObjectiveLists(Math.min(maxSize, 10))
            .mix(Generate.constant(List.of()), 15);
    Gen<List<Goal>> goals = goalListsWithTwins(maxSize);
    Gen<Optional<Audience>> audience = AudienceGenerators.audiences(maxSize).toOptionals(20);
    Gen<List<PlatformChoice>> platforms = platformChoiceLists(maxSize);
    Gen<List<Competitor>> competitors = CompetitionGenerators.competitorLists(maxSize);
    Gen<Optional<Swot>> brandSwot =
        CompetitionGenerators.swots()
            .toOptionals(25)
            .mix(Generate.constant(Optional.of(Swot.empty())), 5);
    Gen<Boolean> hasBudget = Generate.booleans().mix(Generate.constant(true), 50);
    Gen<Optional<ContentStrategy>> content = contentStrategies(maxSize).toOptionals(20);
    Gen<Optional<ZoneId>> zone = timeZones().toOptionals(30);
    Gen<Optional<LocalDateRange>> period = BudgetGenerators.periods().toOptionals(30);
    return in -> {
      List<PlatformChoice> chosen = platforms.generate(in);
      StrategyPlan.Builder b =
          StrategyPlan.builder()
              .brand(brand.generate(in))
              .businessObjectives(objectives.generate(in))
              .goals(goals.generate(in))
              .audience(audience.generate(in))
              .platforms(chosen)
              .competitors(competitors.generate(in))
              .brandSwot(brandSwot.generate(in))
              .content(content.generate(in))
              .timeZone(zone.generate(in))
              .period(period.generate(in));
      if (hasBudget.generate(in)) {
        b.budget(budgets(chosen, maxSize).generate(in));
      }
      return b.build();
    };
  }

  /**
   * Generates plans of the size the plan-validation benchmark measures, with every part present: a brand with a
   * mission, three business objectives, 10 complete goals that serve them (on chosen platforms or
   * across all), an audience of 5 personas whose weights add up to 1, 8 distinct well-known
   * platforms, 5 competitors each with a SWOT, a brand SWOT with an opportunity, a single-currency
   * budget of 20 allocations (one per chosen platform, then categories and other platforms), and a
   * content strategy of up to four pillars with two to eight tactics, a time zone and a planning
   * period. The content is random, so findings still vary from plan to plan.
   *
   * @return realistic, complete plans
   */
  public static Gen<StrategyPlan> realisticPlans() {
    Gen<Brand> brand =
        brands()
            .map(
                b ->
                    b.missionStatement().isPresent() ? b : b.withMissionStatement(MISSIONS.get(0)));
    Gen<Goal> goal = GoalGenerators.completeGoals();
    Gen<Persona> persona = AudienceGenerators.personas();
    Gen<Double> weight = AudienceGenerators.weights();
    Gen<List<Platform>> eight = distinctWellKnown(8);
    Gen<String> reason = Generate.pick(REASONS);
    Gen<Competitor> competitor = CompetitionGenerators.competitors();
    Gen<Swot> swot = CompetitionGenerators.swots();
    Gen<String> opportunity = Generate.pick(List.of("no live shopping yet", "短影音", "UGC"));
    Gen<CurrencyUnit> currency =
        Generate.pick(List.of(CurrencyUnit.USD, CurrencyUnit.of("TWD"), CurrencyUnit.EUR));
    Gen<Integer> index = integers().between(0, Integer.MAX_VALUE - 1);
    Gen<ContentStrategy> strategy = ContentGenerators.strategies(4);
    Gen<List<Tactic>> tactics = lists().of(TacticGenerators.tactics()).ofSizeBetween(2, 8);
    Gen<ZoneId> zone = timeZones();
    Gen<LocalDateRange> period = BudgetGenerators.periods();
    return in -> {
      List<BusinessObjective> objectives =
          List.of(
              BusinessObjective.of("objective-0", "Grow online sales"),
              BusinessObjective.of("objective-1", "Be known in the city"),
              BusinessObjective.of("objective-2", "Keep customers coming back"));
      List<Platform> platforms = eight.generate(in);
      List<Goal> goals = new ArrayList<>(10);
      for (int i = 0; i < 10; i++) {
        Goal g = goal.generate(in);
        Goal.Builder gb =
            Goal.builder().from(g).businessObjective(objectives.get(index.generate(in) % 3));
        int p = index.generate(in) % (platforms.size() + 1);
        // A realistic goal names its scope: one of the plan's platforms, or all of them.
        if (p < platforms.size()) {
          gb.platform(platforms.get(p)).acrossAllPlatforms(false);
        } else {
          gb.platform(Optional.empty()).acrossAllPlatforms(true);
        }
        goals.add(gb.build());
      }
      Audience.Builder ab = Audience.builder();
      for (int i = 0; i < 5; i++) {
        ab.add(persona.generate(in), weight.generate(in));
      }
      Audience raw = ab.build();
      Audience audience =
          raw.normalised()
              .orElseGet(
                  () -> {
                    Audience.Builder equal = Audience.builder();
                    raw.personas().forEach(x -> equal.add(x, 0.2));
                    return equal.build();
                  });
      List<Competitor> competitors = new ArrayList<>(5);
      for (int i = 0; i < 5; i++) {
        Swot theirs = nonEmpty(swot.generate(in), opportunity.generate(in));
        competitors.add(competitor.generate(in).withSwot(theirs));
      }
      Swot own = swot.generate(in);
      Swot brandSwot = Swot.builder().from(own).addOpportunity(opportunity.generate(in)).build();
      CurrencyUnit c = currency.generate(in);
      Gen<Allocation> others = BudgetGenerators.allocations(c);
      Gen<Money> amount = BudgetGenerators.money(c, 5_000_000L);
      List<Allocation> allocations = new ArrayList<>(20);
      for (Platform p : platforms) {
        Allocation a =
            Allocation.of(p, PLATFORM_CATEGORIES.get(index.generate(in) % 2), amount.generate(in));
        allocations.add(a.withId("allocation-" + allocations.size()));
      }
      while (allocations.size() < 20) {
        allocations.add(others.generate(in).withId("allocation-" + allocations.size()));
      }
      Budget budget =
          Budget.builder()
              .total(Money.ofMinor(c, 200_000_000L))
              .period(period.generate(in))
              .allocations(allocations)
              .build();
      ContentStrategy content =
          ContentStrategy.builder()
              .from(strategy.generate(in))
              .addAllTactics(tactics.generate(in))
              .build();
      StrategyPlan.Builder b =
          StrategyPlan.builder()
              .brand(brand.generate(in))
              .businessObjectives(objectives)
              .goals(goals)
              .audience(audience)
              .competitors(competitors)
              .brandSwot(brandSwot)
              .budget(budget)
              .content(content)
              .timeZone(zone.generate(in))
              .period(period.generate(in));
      platforms.forEach(p -> b.addPlatform(PlatformChoice.of(p, reason.generate(in))));
      return b.build();
    };
  }

  /**
   * Goals from {@link GoalGenerators#goalLists(int)}, some followed by a twin: a copy with the same
   * metric, platform and period, keeping the target (a duplicate) or taking the baseline as target
   * (a conflict when they differ).
   */
  private static Gen<List<Goal>> goalListsWithTwins(int maxSize) {
    Gen<List<Goal>> goals = GoalGenerators.goalLists(maxSize);
    Gen<Integer> twin = integers().between(0, 9);
    return in -> {
      List<Goal> out = new ArrayList<>();
      for (Goal g : goals.generate(in)) {
        out.add(g);
        int roll = twin.generate(in);
        if (roll == 0) {
          out.add(Goal.builder().from(g).name(g.name() + " (again)").build());
        } else if (roll == 1 && g.baseline().isPresent()) {
          Target other = g.baseline().get();
          out.add(Goal.builder().from(g).name(g.name() + " (other target)").target(other).build());
        }
      }
      return List.copyOf(out);
    };
  }

  /**
   * A budget for a plan with these chosen platforms: a random budget (in USD about a third of the
   * time, the currency of the platform rules' default minimum; sometimes in mixed currencies;
   * sometimes with a small total, sometimes with one no {@code long} of minor units holds), then,
   * for each chosen platform, an allocation in the budget's currency about two times in three.
   */
  private static Gen<Budget> budgets(List<PlatformChoice> chosen, int maxSize) {
    Gen<Budget> base =
        BudgetGenerators.budgets(maxSize)
            .mix(BudgetGenerators.singleCurrencyBudgets(CurrencyUnit.USD, maxSize), 30);
    Gen<Integer> roll = integers().between(0, 99);
    Gen<Long> minor = longs().between(0, 50_000_000L);
    Gen<Long> smallMinor = longs().between(0, 500_000L);
    Gen<Long> hugeFactor = longs().between(2, Long.MAX_VALUE);
    Gen<Optional<Long>> returnMinor = longs().between(0, 100_000_000L).toOptionals(40);
    return in -> {
      Budget budget = base.generate(in);
      CurrencyUnit currency = budget.currency();
      Budget.Builder b = Budget.builder().from(budget);
      int size = roll.generate(in);
      if (size < 3) {
        // Beyond Long.MAX_VALUE minor units: constructible, and no rule may overflow on it.
        b.total(Money.ofMinor(currency, Long.MAX_VALUE).multipliedBy(hugeFactor.generate(in)));
      } else if (size < 15) {
        // A small business's budget, which serves few platforms.
        b.total(Money.ofMinor(currency, smallMinor.generate(in)));
      }
      for (PlatformChoice c : chosen) {
        if (roll.generate(in) < 66) {
          Allocation a =
              Allocation.of(
                  c.platform(),
                  PLATFORM_CATEGORIES.get(roll.generate(in) % 2),
                  Money.ofMinor(currency, minor.generate(in)));
          Optional<Long> r = returnMinor.generate(in);
          b.addAllocation(r.map(m -> a.withExpectedReturn(Money.ofMinor(currency, m))).orElse(a));
        }
      }
      return b.build();
    };
  }

  private static Gen<ContentStrategy> contentStrategies(int maxSize) {
    return ContentGenerators.strategies(maxSize)
        .zip(
            lists().of(TacticGenerators.tactics()).ofSizeBetween(0, maxSize),
            (c, tactics) -> ContentStrategy.builder().from(c).addAllTactics(tactics).build());
  }

  /** {@code n} distinct well-known platforms in random order. */
  private static Gen<List<Platform>> distinctWellKnown(int n) {
    List<Platform> all = Platform.wellKnown();
    Gen<Integer> index = integers().between(0, Integer.MAX_VALUE - 1);
    return in -> {
      List<Platform> pool = new ArrayList<>(all);
      Set<Platform> picked = new LinkedHashSet<>();
      while (picked.size() < n) {
        picked.add(pool.remove(index.generate(in) % pool.size()));
      }
      return List.copyOf(picked);
    };
  }

  /** A SWOT that is not empty: the generated one, or one opportunity when it is empty. */
  private static Swot nonEmpty(Swot swot, String opportunity) {
    return swot.isEmpty() ? Swot.builder().addOpportunity(opportunity).build() : swot;
  }

  private static void checkSize(int maxSize) {
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize must not be negative: " + maxSize);
    }
  }

  /**
   * Generates plans as {@link #plans(int)} does, with parts at the edges of their ranges: goals from
   * {@link GoalGenerators#edgeGoals()} (deadlines of {@link java.time.LocalDate#MAX}, dates across
   * the whole range, extreme growth references) and audiences from {@link
   * AudienceGenerators#edgeAudiences(int)} (weights up to the largest with a finite total).
   *
   * @param maxSize the largest list part, zero or more
   * @return constructible plans
   * @throws IllegalArgumentException if {@code maxSize} is negative
   */
  public static Gen<StrategyPlan> edgePlans(int maxSize) {
    checkSize(maxSize);
    Gen<StrategyPlan> plan = plans(maxSize);
    Gen<Goal> goal = GoalGenerators.edgeGoals();
    Gen<Integer> goals = integers().between(1, Math.max(1, maxSize));
    Gen<Audience> audience = AudienceGenerators.edgeAudiences(maxSize);
    return in -> {
      StrategyPlan p = plan.generate(in);
      List<Goal> edge = new ArrayList<>();
      for (int i = goals.generate(in); i > 0; i--) {
        edge.add(goal.generate(in));
      }
      return StrategyPlan.builder().from(p).addAllGoals(edge).audience(audience.generate(in)).build();
    };
  }
}
