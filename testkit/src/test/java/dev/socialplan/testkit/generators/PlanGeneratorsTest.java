package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.competition.Competitor;
import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.plan.PlatformChoice;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.plan.rules.PlanRules;
import dev.socialplan.platform.Platform;
import dev.socialplan.validation.FindingCode;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PlanGeneratorsTest {
  private static final long SEED = 20261124L;

  /** Long.MAX_VALUE cents: no amount of minor units in a long goes beyond it. */
  private static final BigDecimal LONG_OF_CENTS = BigDecimal.valueOf(Long.MAX_VALUE).movePointLeft(2);

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  private static boolean knows(StrategyPlan plan, String objectiveId) {
    return plan.businessObjectives().stream().map(BusinessObjective::id).anyMatch(objectiveId::equals);
  }

  @Test
  void plansHaveEveryPartPresentAndAbsent() {
    List<StrategyPlan> plans = sample(PlanGenerators.plans(), 1_000);
    assertThat(plans).anyMatch(p -> p.businessObjectives().isEmpty());
    assertThat(plans).anyMatch(p -> p.businessObjectives().size() > 2);
    assertThat(plans).anyMatch(p -> p.goals().isEmpty());
    assertThat(plans).anyMatch(p -> p.audience().isEmpty());
    assertThat(plans).anyMatch(p -> p.audience().map(a -> a.members().size() > 2).orElse(false));
    assertThat(plans).anyMatch(p -> p.platforms().isEmpty());
    assertThat(plans).anyMatch(p -> p.platforms().size() > 3);
    assertThat(plans).anyMatch(p -> p.competitors().isEmpty());
    assertThat(plans).anyMatch(p -> p.brandSwot().isEmpty());
    assertThat(plans).anyMatch(p -> p.brandSwot().map(s -> s.isEmpty()).orElse(false));
    assertThat(plans).anyMatch(p -> p.brandSwot().map(s -> !s.opportunities().isEmpty()).orElse(false));
    assertThat(plans).anyMatch(p -> p.budget().isEmpty());
    assertThat(plans).anyMatch(p -> p.content().isEmpty());
    assertThat(plans).anyMatch(p -> p.content().map(c -> c.tactics().size() > 2).orElse(false));
    assertThat(plans).anyMatch(p -> p.timeZone().isEmpty());
    assertThat(plans).anyMatch(p -> p.timeZone().isPresent());
    assertThat(plans).anyMatch(p -> p.period().isEmpty());
    assertThat(plans).anyMatch(p -> p.period().isPresent());
    assertThat(plans).anyMatch(p -> p.brand().missionStatement().isEmpty());
    assertThat(plans).anyMatch(p -> p.brand().missionStatement().isPresent());
  }

  @Test
  void goalsReferToObjectivesThePlanHasAndLacksAndComeWithTwins() {
    List<StrategyPlan> plans = sample(PlanGenerators.plans(), 1_000);
    List<Goal> linkedToKnown = new ArrayList<>();
    List<Goal> linkedToUnknown = new ArrayList<>();
    for (StrategyPlan p : plans) {
      for (Goal g : p.goals()) {
        g.businessObjectiveId()
            .ifPresent(id -> (knows(p, id) ? linkedToKnown : linkedToUnknown).add(g));
      }
    }
    assertThat(linkedToKnown).isNotEmpty();
    assertThat(linkedToUnknown).isNotEmpty();
    assertThat(plans)
        .anyMatch(p -> p.goals().stream().anyMatch(g -> g.businessObjectiveId().isEmpty()));
    assertThat(plans)
        .anyMatch(p -> p.goals().stream().anyMatch(g -> g.name().endsWith("(again)")));
    assertThat(plans)
        .anyMatch(p -> p.goals().stream().anyMatch(g -> g.name().endsWith("(other target)")));
  }

  @Test
  void budgetsMixCurrenciesFundChosenAndUnchosenPlatformsAndGoBeyondALong() {
    List<StrategyPlan> plans = sample(PlanGenerators.plans(), 1_000);
    List<StrategyPlan> budgeted =
        plans.stream().filter(p -> p.budget().isPresent()).collect(Collectors.toList());
    assertThat(budgeted).anyMatch(p -> !p.budget().get().isSingleCurrency());
    assertThat(budgeted).anyMatch(p -> p.budget().get().isSingleCurrency());
    assertThat(budgeted).anyMatch(p -> p.budget().get().allocations().isEmpty());
    assertThat(budgeted)
        .anyMatch(p -> allocatedPlatforms(p.budget().get()).stream().anyMatch(x -> !p.isChosen(x)));
    assertThat(budgeted)
        .anyMatch(p -> p.chosenPlatforms().stream().anyMatch(x -> !x.isWellKnown() && funded(p, x)));
    assertThat(budgeted)
        .anyMatch(p -> p.chosenPlatforms().stream().anyMatch(x -> !funded(p, x)));
    assertThat(budgeted)
        .anyMatch(p -> p.budget().get().allocations().stream().anyMatch(Allocation::isExpectedToLose));
    assertThat(budgeted)
        .anyMatch(p -> p.budget().get().total().getAmount().compareTo(LONG_OF_CENTS) > 0);
  }

  @Test
  void competitorsComeWithAndWithoutSwotAndBeyondFive() {
    List<StrategyPlan> plans = sample(PlanGenerators.plans(8), 500);
    List<Competitor> all =
        plans.stream().flatMap(p -> p.competitors().stream()).collect(Collectors.toList());
    assertThat(all).anyMatch(c -> c.swot().isPresent());
    assertThat(all).anyMatch(c -> c.swot().isEmpty());
    assertThat(plans).anyMatch(p -> p.competitors().size() > 5);
  }

  @Test
  void sizesStayWithinTheMaximum() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(PlanGenerators.plans(3))
        .checkAssert(
            p -> {
              assertThat(p.businessObjectives()).hasSizeLessThanOrEqualTo(3);
              assertThat(p.goals()).hasSizeLessThanOrEqualTo(6);
              assertThat(p.platforms()).hasSizeLessThanOrEqualTo(3);
              assertThat(p.competitors()).hasSizeLessThanOrEqualTo(3);
              p.audience().ifPresent(a -> assertThat(a.members()).hasSizeLessThanOrEqualTo(3));
              p.budget().ifPresent(b -> assertThat(b.allocations()).hasSizeLessThanOrEqualTo(6));
              p.content()
                  .ifPresent(
                      c -> {
                        assertThat(c.pillars()).hasSizeLessThanOrEqualTo(3);
                        assertThat(c.tactics()).hasSizeLessThanOrEqualTo(3);
                      });
            });
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(PlanGenerators.plans(0))
        .checkAssert(
            p -> {
              assertThat(p.goals()).isEmpty();
              assertThat(p.platforms()).isEmpty();
              assertThat(p.competitors()).isEmpty();
              p.budget().ifPresent(b -> assertThat(b.allocations()).isEmpty());
            });
    assertThatThrownBy(() -> PlanGenerators.plans(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThatThrownBy(() -> GoalGenerators.businessObjectiveLists(11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("11");
  }

  @Test
  void businessObjectiveListsHaveDistinctIds() {
    for (List<BusinessObjective> list : sample(GoalGenerators.businessObjectiveLists(10), 300)) {
      Set<String> ids = list.stream().map(BusinessObjective::id).collect(Collectors.toSet());
      assertThat(ids).hasSameSizeAs(list);
    }
  }

  @Test
  void platformChoiceListsHaveDistinctPlatforms() {
    List<List<PlatformChoice>> lists = sample(PlanGenerators.platformChoiceLists(8), 300);
    for (List<PlatformChoice> list : lists) {
      assertThat(list.stream().map(PlatformChoice::platform).distinct().count()).isEqualTo(list.size());
    }
    assertThat(lists).anyMatch(l -> l.stream().anyMatch(c -> !c.platform().isWellKnown()));
  }

  @Test
  void realisticPlansHaveTheNfrP1Shape() {
    for (StrategyPlan p : sample(PlanGenerators.realisticPlans(), 100)) {
      assertThat(p.goals()).hasSize(10);
      assertThat(p.goals()).allMatch(g -> g.businessObjectiveId().map(id -> knows(p, id)).orElse(false));
      assertThat(p.audience().orElseThrow().members()).hasSize(5);
      assertThat(p.audience().orElseThrow().totalWeight()).isCloseTo(1.0, within(1e-9));
      assertThat(p.platforms()).hasSize(8);
      assertThat(p.chosenPlatforms()).allMatch(Platform::isWellKnown);
      assertThat(p.competitors()).hasSize(5).allMatch(c -> c.swot().map(s -> !s.isEmpty()).orElse(false));
      assertThat(p.brandSwot().orElseThrow().opportunities()).isNotEmpty();
      Budget budget = p.budget().orElseThrow();
      assertThat(budget.allocations()).hasSize(20);
      assertThat(budget.isSingleCurrency()).isTrue();
      assertThat(p.chosenPlatforms()).allMatch(x -> funded(p, x));
      assertThat(p.content().orElseThrow().tactics()).hasSizeBetween(2, 8);
      assertThat(p.timeZone()).isPresent();
      assertThat(p.period()).isPresent();
      assertThat(p.brand().missionStatement()).isPresent();
    }
  }

  @Test
  void plansReachEveryCodeOfTheStandardRules() {
    Set<String> reached = new TreeSet<>();
    Gen<Clock> clocks = PlanGenerators.instants().map(i -> Clock.fixed(i, ZoneOffset.UTC));
    qt().withFixedSeed(SEED)
        .withExamples(3_000)
        .forAll(PlanGenerators.plans(8), clocks)
        .checkAssert((p, clock) -> reached.addAll(PlanRules.standard().validate(p, clock).codes()));
    Set<String> registry =
        PlanRules.standard().codes().stream()
            .map(FindingCode::name)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> missed = new TreeSet<>(registry);
    missed.removeAll(reached);
    assertThat(missed).as("codes no generated plan reaches").isEmpty();
  }

  private static Set<Platform> allocatedPlatforms(Budget budget) {
    Set<Platform> out = new HashSet<>();
    budget.allocations().forEach(a -> a.platform().ifPresent(out::add));
    return out;
  }

  private static boolean funded(StrategyPlan p, Platform platform) {
    return p.budget().map(b -> !b.allocatedTo(platform).isEmpty()).orElse(false);
  }
}
