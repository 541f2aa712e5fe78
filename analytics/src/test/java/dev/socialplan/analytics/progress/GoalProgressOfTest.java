package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.goal.Goal;
import dev.socialplan.goal.Objective;
import dev.socialplan.goal.Target;
import dev.socialplan.metric.MetricKind;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link GoalProgress#of}: the factory from a progress's state, and what it refuses. */
class GoalProgressOfTest {

  private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
  private static final LocalDate APR_1 = LocalDate.of(2025, 4, 1);
  private static final LocalDate JUL_1 = LocalDate.of(2025, 7, 1);

  /** The strategy guide's goal: 10,000 Instagram followers to 12,400 from January to July. */
  private static final Goal FOLLOWERS =
      Goal.builder()
          .name("+400 Instagram followers a month")
          .objective(Objective.AUDIENCE_GROWTH)
          .metric(MetricKind.FOLLOWERS)
          .baseline(Target.ofCount(10_000))
          .target(Target.ofCount(12_400))
          .start(JAN_1)
          .deadline(JUL_1)
          .build();

  private static final Goal WITHOUT_TARGET =
      Goal.builder().name("Be loved").objective(Objective.AUDIENCE_GROWTH).start(JAN_1).build();

  private static final MetricObservation APRIL = MetricObservation.ofCount(APR_1, 11_050);

  @Test
  void buildsWhatEvaluateComputesFromTheSameState() {
    GoalProgress evaluated =
        GoalProgress.evaluate(
            FOLLOWERS,
            MetricSeries.of(MetricObservation.ofCount(LocalDate.of(2025, 2, 1), 10_300), APRIL),
            APR_1);
    GoalProgress built =
        GoalProgress.of(FOLLOWERS, APR_1, Optional.of(APRIL), ProgressThresholds.standard());
    assertThat(built).isEqualTo(evaluated).hasSameHashCodeAs(evaluated);
    assertThat(built.status()).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(built.thresholds()).isEqualTo(ProgressThresholds.standard());
    assertThat(built.explanation(Locale.ENGLISH)).isEqualTo(evaluated.explanation(Locale.ENGLISH));
    assertThat(built.explanation(Locale.TAIWAN)).isEqualTo(evaluated.explanation(Locale.TAIWAN));
  }

  @Test
  void theThresholdsArePartOfTheState() {
    ProgressThresholds compound = ProgressThresholds.standard().withMethod(ProjectionMethod.COMPOUND);
    GoalProgress linear =
        GoalProgress.of(FOLLOWERS, APR_1, Optional.of(APRIL), ProgressThresholds.standard());
    GoalProgress judgedCompound = GoalProgress.of(FOLLOWERS, APR_1, Optional.of(APRIL), compound);
    assertThat(judgedCompound.thresholds()).isEqualTo(compound);
    assertThat(judgedCompound.statusMethod()).contains(ProjectionMethod.COMPOUND);
    assertThat(judgedCompound).isNotEqualTo(linear);
  }

  @Test
  void withoutAnObservationTheGoalIsNotMeasurable() {
    GoalProgress none = GoalProgress.of(FOLLOWERS, APR_1, Optional.empty(), ProgressThresholds.standard());
    assertThat(none.status()).isEqualTo(ProgressStatus.NOT_MEASURABLE);
    assertThat(none).isEqualTo(GoalProgress.evaluate(FOLLOWERS, MetricSeries.empty(), APR_1));
    assertThat(GoalProgress.of(WITHOUT_TARGET, APR_1, Optional.empty(), ProgressThresholds.standard()))
        .isEqualTo(GoalProgress.evaluate(WITHOUT_TARGET, MetricSeries.empty(), APR_1));
  }

  @Test
  void refusesAnObservationEvaluateCouldNotHaveChosen() {
    ProgressThresholds standard = ProgressThresholds.standard();
    assertThatThrownBy(
            () -> GoalProgress.of(FOLLOWERS, APR_1,
                Optional.of(MetricObservation.ofCount(LocalDate.of(2024, 12, 31), 10_000)), standard))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latest must not be dated before the goal's start 2025-01-01: 2024-12-31");
    assertThatThrownBy(
            () -> GoalProgress.of(FOLLOWERS, APR_1,
                Optional.of(MetricObservation.ofCount(APR_1.plusDays(1), 11_000)), standard))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("latest must not be dated after the assessment date or the deadline, whichever"
            + " is earlier (2025-04-01): 2025-04-02");
    // After the deadline the cutoff is the deadline itself: an observation of 1 July counts.
    assertThat(GoalProgress.of(FOLLOWERS, JUL_1.plusDays(5),
            Optional.of(MetricObservation.ofCount(JUL_1, 12_500)), standard).status())
        .isEqualTo(ProgressStatus.ACHIEVED);
    assertThatThrownBy(
            () -> GoalProgress.of(FOLLOWERS, JUL_1.plusDays(5),
                Optional.of(MetricObservation.ofCount(JUL_1.plusDays(1), 12_500)), standard))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(2025-07-01): 2025-07-02");
    assertThatThrownBy(
            () -> GoalProgress.of(FOLLOWERS, APR_1,
                Optional.of(MetricObservation.of(APR_1, Target.ofFraction(0.5))), standard))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("latest must be of the kind of the goal's target");
    assertThatThrownBy(() -> GoalProgress.of(WITHOUT_TARGET, APR_1, Optional.of(APRIL), standard))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "latest must be empty for a goal without a target, baseline or deadline: ");
  }
}
