package dev.socialplan.plan.rules;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.audience.Audience;
import dev.socialplan.goal.Goal;
import dev.socialplan.plan.StrategyPlan;
import dev.socialplan.testkit.generators.AudienceGenerators;
import dev.socialplan.testkit.generators.GoalGenerators;
import dev.socialplan.testkit.generators.PlanGenerators;
import dev.socialplan.validation.RuleSet;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Validation never throws on a constructible plan" at the edges of the parts' ranges (issue 10):
 * goals whose deadline is {@link LocalDate#MAX} (a plausible "no end") or whose dates span the
 * whole {@link LocalDate} range, persona weights up to the largest whose total is still a double,
 * and growth references of extreme {@link BigDecimal}s. Before the fix each of these made {@code
 * validate} throw.
 */
class PlanRulesEdgePropertiesTest {
  private static final RuleSet<StrategyPlan> STANDARD = PlanRules.standard();

  private static void assertValidates(StrategyPlan plan) {
    for (Clock clock :
        List.of(
            Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC),
            Clock.fixed(LocalDate.MAX.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
            Clock.fixed(Instant.MIN, ZoneOffset.UTC),
            Clock.fixed(Instant.MAX, ZoneOffset.UTC))) {
      assertThatCode(() -> STANDARD.validate(plan, clock)).as("%s at %s", plan, clock).doesNotThrowAnyException();
    }
    assertThatCode(() -> STANDARD.validate(plan)).doesNotThrowAnyException();
  }

  @Test
  void neverThrowsAtTheEdgesOfEveryPart() {
    qt().withExamples(100)
        .forAll(PlanGenerators.edgePlans(4))
        .checkAssert(PlanRulesEdgePropertiesTest::assertValidates);
  }

  @Test
  void aGoalWithoutEndValidates() {
    qt().withExamples(100)
        .forAll(PlanGenerators.plans(4), GoalGenerators.completeGoals())
        .checkAssert(
            (plan, goal) -> {
              Goal noEnd = Goal.builder().from(goal).deadline(LocalDate.MAX).build();
              Goal fromMin =
                  Goal.builder().from(goal).start(LocalDate.MIN).deadline(LocalDate.MAX).build();
              assertValidates(StrategyPlan.builder().from(plan).addGoals(noEnd, fromMin).build());
            });
  }

  @Test
  void extremeGrowthReferencesAndWeightsValidate() {
    qt().withExamples(100)
        .forAll(
            PlanGenerators.plans(3),
            GoalGenerators.completeGoals(),
            GoalGenerators.extremeGrowthReferences(),
            AudienceGenerators.edgeAudiences(4))
        .checkAssert(
            (plan, goal, reference, audience) -> {
              Goal g = Goal.builder().from(goal).growthReference(reference).build();
              assertValidates(StrategyPlan.builder().from(plan).addGoals(g).audience(audience).build());
            });
  }

  /** The audience refuses weights whose total overflows, so no constructible plan has them. */
  @Test
  void anAudienceWhoseWeightsOverflowIsNotConstructible() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                Audience.builder()
                    .add(dev.socialplan.audience.Persona.of("Baker"), Double.MAX_VALUE)
                    .add(dev.socialplan.audience.Persona.of("Baker"), Double.MAX_VALUE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("the weights must add up to a finite number: [1.7976931348623157E308");
  }
}
