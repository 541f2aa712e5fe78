package dev.socialplan.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.socialplan.testkit.generators.GoalGenerators;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GoalPropertiesTest {

  @Test
  void requiredPaceTimesMonthsIsTheRequiredChange() {
    qt().forAll(GoalGenerators.completeGoals())
        .checkAssert(
            g -> {
              BigDecimal change = g.requiredChange().orElseThrow();
              BigDecimal months = g.months().orElseThrow();
              BigDecimal pace = g.requiredMonthlyPace().orElseThrow();
              BigDecimal error = pace.multiply(months).subtract(change).abs();
              BigDecimal tolerance = change.abs().max(BigDecimal.ONE).scaleByPowerOfTen(-14);
              assertThat(error).isLessThanOrEqualTo(tolerance);
              assertThat(pace.signum()).isEqualTo(change.signum());
            });
  }

  @Test
  void requiredChangeIsTargetMinusBaseline() {
    qt().forAll(GoalGenerators.goals())
        .checkAssert(
            g -> {
              assertThat(g.requiredChange().isPresent())
                  .isEqualTo(g.target().isPresent() && g.baseline().isPresent());
              g.requiredChange()
                  .ifPresent(
                      c ->
                          assertThat(c.add(g.baseline().orElseThrow().magnitude()))
                              .isEqualByComparingTo(g.target().orElseThrow().magnitude()));
            });
  }

  @Test
  void generatedGoalsKeepTheirStructuralInvariants() {
    qt().forAll(GoalGenerators.goals())
        .checkAssert(
            g -> {
              g.deadline().ifPresent(d -> assertThat(d).isAfterOrEqualTo(g.start()));
              g.metric().ifPresent(m -> g.target().ifPresent(t -> assertThat(t.fits(m)).isTrue()));
              g.target().ifPresent(t -> g.baseline().ifPresent(b -> assertThat(b.isSameKindAs(t)).isTrue()));
              g.period().ifPresent(p -> assertThat(p.getStart()).isEqualTo(g.start()));
              assertThat(Goal.builder().from(g).build()).isEqualTo(g);
            });
  }

  @Test
  void monthsBetweenIsWholeAtEachMonthAnniversary() {
    qt().forAll(GoalGenerators.dates(), integers().between(0, 600))
        .checkAssert(
            (start, n) ->
                assertThat(Goal.monthsBetween(start, start.plusMonths(n)))
                    .isEqualByComparingTo(BigDecimal.valueOf(n)));
  }

  @Test
  void monthsBetweenGrowsWithTheEndDateAndStaysBetweenBounds() {
    qt().forAll(GoalGenerators.dates(), integers().between(0, 3_000))
        .checkAssert(
            (start, days) -> {
              LocalDate end = start.plusDays(days);
              BigDecimal here = Goal.monthsBetween(start, end);
              BigDecimal next = Goal.monthsBetween(start, end.plusDays(1));
              assertThat(next).isGreaterThan(here);
              // A month is 28 to 31 days long.
              assertThat(here.multiply(BigDecimal.valueOf(28)))
                  .isLessThanOrEqualTo(BigDecimal.valueOf(days).add(new BigDecimal("1e-9")));
              assertThat(here.multiply(BigDecimal.valueOf(31)))
                  .isGreaterThanOrEqualTo(BigDecimal.valueOf(days).subtract(new BigDecimal("1e-9")));
            });
  }

  @Test
  void objectivesSuggestingAMetricAreExactlyThoseItFits() {
    qt().forAll(GoalGenerators.objectives(), dev.socialplan.testkit.generators.MetricGenerators.kinds())
        .checkAssert(
            (o, m) -> assertThat(Objective.suggesting(m).contains(o)).isEqualTo(o.fits(m)));
  }
}
