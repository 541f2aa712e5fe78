package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.goal.BusinessObjective;
import dev.socialplan.goal.Goal;
import dev.socialplan.goal.GrowthReference;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricUnit;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class GoalGeneratorsTest {
  private static final long SEED = 20261124L;
  private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LATEST = LocalDate.of(2040, 2, 29);

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void objectivesCoverEveryObjective() {
    assertThat(EnumSet.copyOf(sample(GoalGenerators.objectives(), 200)))
        .isEqualTo(EnumSet.allOf(Objective.class));
  }

  @Test
  void businessObjectivesHaveTenIdsSomeDescribed() {
    List<BusinessObjective> objectives = sample(GoalGenerators.businessObjectives(), 200);
    assertThat(objectives.stream().map(BusinessObjective::id).collect(Collectors.toSet()))
        .hasSize(10)
        .allSatisfy(id -> assertThat(id).matches("objective-[0-9]"));
    assertThat(objectives).anyMatch(o -> o.description().isPresent());
    assertThat(objectives).anyMatch(o -> o.description().isEmpty());
  }

  @Test
  void datesAreFrom2000ToTheLeapDayOf2040WithMonthEndsAndLeapDays() {
    List<LocalDate> dates = sample(GoalGenerators.dates(), 400);
    assertThat(dates).allSatisfy(d -> assertThat(d).isBetween(EARLIEST, LATEST));
    assertThat(dates).anyMatch(d -> d.getMonth() == Month.FEBRUARY && d.getDayOfMonth() == 29);
    assertThat(dates).anyMatch(d -> d.getDayOfMonth() == d.lengthOfMonth() && d.getDayOfMonth() == 30);
    assertThat(dates).anyMatch(d -> d.getDayOfMonth() < 28);
  }

  @Test
  void targetsAreInTheirUnitAndMoneyInTheirCurrency() {
    CurrencyUnit bhd = CurrencyUnit.of("BHD");
    for (MetricUnit unit : MetricUnit.values()) {
      assertThat(sample(GoalGenerators.targets(unit, bhd), 100))
          .as("%s", unit)
          .allSatisfy(t -> assertThat(t.unit()).isEqualTo(unit));
    }
    assertThat(sample(GoalGenerators.targets(MetricUnit.MONEY, bhd), 100))
        .allSatisfy(t -> assertThat(((Target.Amount) t).value().getCurrencyUnit()).isEqualTo(bhd))
        .anyMatch(t -> ((Target.Amount) t).value().isZero());
    assertThat(sample(GoalGenerators.targets(MetricUnit.RATE, bhd), 200))
        .anyMatch(t -> t.magnitude().signum() < 0)
        .anyMatch(t -> t.magnitude().signum() > 0);
    assertThat(sample(GoalGenerators.targets(MetricUnit.COUNT, bhd), 200))
        .allSatisfy(t -> assertThat(((Target.Count) t).value()).isNotNegative())
        .anyMatch(t -> ((Target.Count) t).value() <= 1_000);
    List<Target> any = sample(GoalGenerators.targets(), 300);
    assertThat(any.stream().map(Target::unit).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(MetricUnit.class));
    assertThat(
            any.stream()
                .filter(t -> t instanceof Target.Amount)
                .map(t -> ((Target.Amount) t).value())
                .map(Money::getCurrencyUnit)
                .distinct()
                .count())
        .isGreaterThan(2);
  }

  @Test
  void growthReferencesAreHistoriesOrOrderedBenchmarks() {
    List<GrowthReference> references = sample(GoalGenerators.growthReferences(), 300);
    assertThat(references)
        .allSatisfy(r -> assertThat(r.lowest()).isLessThanOrEqualTo(r.highest()));
    assertThat(references)
        .filteredOn(r -> r.kind() == GrowthReference.Kind.OBSERVED)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.monthlyChanges()).hasSizeBetween(1, 24));
    assertThat(references).anyMatch(r -> r.kind() == GrowthReference.Kind.BENCHMARK);
    assertThat(references).anyMatch(r -> r.lowest().signum() < 0);
  }

  @Test
  void goalsRangeFromDraftsToCompleteGoalsWithConsistentUnits() {
    List<Goal> goals = sample(GoalGenerators.goals(), 400);
    assertThat(goals)
        .allSatisfy(
            g -> {
              g.deadline().ifPresent(d -> assertThat(d).isAfterOrEqualTo(g.start()));
              g.deadline()
                  .ifPresent(d -> assertThat(ChronoUnit.DAYS.between(g.start(), d)).isLessThanOrEqualTo(1_461));
              g.metric().ifPresent(m -> g.target().ifPresent(t -> assertThat(t.unit()).isEqualTo(m.unit())));
              g.target().ifPresent(t -> g.baseline().ifPresent(b -> assertThat(b.isSameKindAs(t)).isTrue()));
            });
    assertThat(goals).anyMatch(g -> g.target().isEmpty() && g.baseline().isEmpty() && g.deadline().isEmpty());
    assertThat(goals)
        .anyMatch(
            g -> g.metric().isPresent() && g.target().isPresent() && g.baseline().isPresent() && g.deadline().isPresent());
    assertThat(goals).anyMatch(g -> g.metric().isEmpty() && g.target().isPresent());
    assertThat(goals).anyMatch(g -> g.deadline().map(d -> d.equals(g.start())).orElse(false));
    assertThat(goals).anyMatch(g -> g.businessObjectiveId().isPresent());
    assertThat(goals).anyMatch(g -> g.growthReference().isPresent());
  }

  @Test
  void completeGoalsAlwaysHaveAPace() {
    List<Goal> goals = sample(GoalGenerators.completeGoals(), 300);
    assertThat(goals)
        .allSatisfy(
            g -> {
              assertThat(g.metric()).isPresent();
              assertThat(g.deadline().orElseThrow()).isAfter(g.start());
              assertThat(g.requiredMonthlyPace()).isPresent();
            });
  }

  @Test
  void goalListsStayWithinTheirSize() {
    List<List<Goal>> lists = sample(GoalGenerators.goalLists(4), 200);
    assertThat(lists).allSatisfy(l -> assertThat(l).hasSizeLessThanOrEqualTo(4));
    assertThat(lists).anyMatch(List::isEmpty);
    assertThat(lists).anyMatch(l -> l.size() == 4);
  }
}
