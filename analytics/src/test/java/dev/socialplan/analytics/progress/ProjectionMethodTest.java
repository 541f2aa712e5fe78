package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Target;
import org.junit.jupiter.api.Test;

class ProjectionMethodTest {
  private static final Goal TWENTY_THOUSAND =
      Goal.builder().from(Goals.INSTAGRAM_400).target(Target.ofCount(20_000)).build();

  @Test
  void linearAddsTheSamePaceCompoundTheSameRate() {
    // 10,000 → 12,100 after 3 of 6 months: linear +700 a month → 14,200;
    // compound 1.21^(1/3) a month → 12,100 · 1.21 = 14,641.
    GoalProgress p =
        GoalProgress.evaluate(
            TWENTY_THOUSAND, MetricSeries.of(Goals.followers(Goals.APR_1, 12_100)), Goals.APR_1);
    assertThat(p.linearProjection().orElseThrow().valueAtDeadline()).isEqualByComparingTo("14200");
    assertThat(p.compoundProjection().orElseThrow().valueAtDeadline().doubleValue())
        .isCloseTo(14_641, within(1e-6));
    assertThat(ProjectionMethod.values())
        .containsExactly(ProjectionMethod.LINEAR, ProjectionMethod.COMPOUND);
  }
}
