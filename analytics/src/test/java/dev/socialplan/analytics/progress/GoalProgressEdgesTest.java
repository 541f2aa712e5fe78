package dev.socialplan.analytics.progress;

import static dev.socialplan.analytics.progress.Goals.APR_1;
import static dev.socialplan.analytics.progress.Goals.CHEAPER_CLICKS;
import static dev.socialplan.analytics.progress.Goals.usd;
import static dev.socialplan.analytics.progress.Goals.INSTAGRAM_400;
import static dev.socialplan.analytics.progress.Goals.JAN_1;
import static dev.socialplan.analytics.progress.Goals.JUL_1;
import static dev.socialplan.analytics.progress.Goals.followers;
import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Goal progress at the edges its branches turn on: zero values, equal ends, observations before the start. */
class GoalProgressEdgesTest {
  private static ProgressThresholds compound() {
    return ProgressThresholds.standard().withMethod(ProjectionMethod.COMPOUND);
  }

  @Test
  void anObservationBeforeTheStartIsNotProgress() {
    MetricSeries beforeStart = MetricSeries.of(followers(LocalDate.of(2024, 12, 31), 11_000));
    GoalProgress p = GoalProgress.evaluate(INSTAGRAM_400, beforeStart, APR_1);
    assertThat(p.status()).isEqualTo(ProgressStatus.NOT_MEASURABLE);
    assertThat(p.latest()).isEmpty();
    assertThat(p.explanation(Locale.ENGLISH))
        .contains("there is no observation of followers since the start on 2025-01-01");
  }

  @Test
  void anObservationOnTheStartDayIsProgress() {
    GoalProgress p = GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.of(followers(JAN_1, 10_400)), APR_1);
    assertThat(p.latest()).contains(followers(JAN_1, 10_400));
    assertThat(p.status()).isNotEqualTo(ProgressStatus.NOT_MEASURABLE);
  }

  @Test
  void withoutAMetricATargetEqualToTheBaselineIsHeldFromBelow() {
    // No metric says which way is better and the target does not move: higher is taken as better,
    // so a value above the target has reached it and one below has not.
    Goal hold =
        Goal.builder()
            .name("Keep the newsletter list")
            .objective(Objective.AUDIENCE_GROWTH)
            .baseline(Target.ofCount(100))
            .target(Target.ofCount(100))
            .start(JAN_1)
            .deadline(JUL_1)
            .build();
    assertThat(GoalProgress.evaluate(hold, MetricSeries.of(followers(APR_1, 120)), APR_1).status())
        .isEqualTo(ProgressStatus.ACHIEVED);
    assertThat(GoalProgress.evaluate(hold, MetricSeries.of(followers(APR_1, 80)), APR_1).status())
        .isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void compoundGrowthFromAValueThatFellToZeroIsUndefinedSoTheLinearProjectionIsUsed() {
    GoalProgress p =
        GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.of(followers(APR_1, 0)), APR_1, compound());
    assertThat(p.compoundProjection()).isEmpty();
    assertThat(p.linearProjection()).isPresent();
    assertThat(p.statusMethod()).contains(ProjectionMethod.LINEAR);
    assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(p.explanation(Locale.ENGLISH)).contains("compound growth is undefined from a zero value");
  }

  @Test
  void noGrowthCompoundsAtPlusZeroPercent() {
    GoalProgress p =
        GoalProgress.evaluate(INSTAGRAM_400, MetricSeries.of(followers(APR_1, 10_000)), APR_1, compound());
    Projection flat = p.compoundProjection().orElseThrow();
    assertThat(flat.valueAtDeadline()).isEqualByComparingTo("10000");
    assertThat(flat.estimatedCompletion()).isEmpty();
    assertThat(p.status()).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(p.explanation(Locale.ENGLISH)).contains("(+0% a month, compounded)");
  }

  @Test
  void aFallingValueCompoundsDownToItsTargetDate() {
    // Cost per click $2.00 → $1.80 in three months: a monthly factor of 0.9^(1/3) = 0.965489;
    // $1.50 is ln(1.5 / 1.8) / ln(0.965489) = 5.1914 months after 1 April: 1 September + 0.1914 · 30
    // days = 5.7 → 7 September.
    GoalProgress p =
        GoalProgress.evaluate(
            CHEAPER_CLICKS, MetricSeries.of(MetricObservation.of(APR_1, Target.ofMoney(usd("1.80")))), APR_1);
    Projection compound = p.compoundProjection().orElseThrow();
    assertThat(compound.estimatedCompletion()).contains(LocalDate.of(2025, 9, 7));
  }
}
