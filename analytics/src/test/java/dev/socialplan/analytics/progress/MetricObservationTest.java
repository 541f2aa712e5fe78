package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.goal.Target;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetricObservationTest {
  @Test
  void keepsDateAndValue() {
    MetricObservation o = MetricObservation.ofCount(LocalDate.of(2025, 2, 1), 10_420);
    assertThat(o.date()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(o.value()).isEqualTo(Target.ofCount(10_420));
    assertThat(o).isEqualTo(MetricObservation.of(LocalDate.of(2025, 2, 1), Target.ofCount(10_420)));
  }

  @Test
  void refusesMissingPartsAndNegativeCounts() {
    assertThatThrownBy(() -> MetricObservation.of(null, Target.ofCount(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("date must not be null");
    assertThatThrownBy(() -> MetricObservation.ofCount(LocalDate.of(2025, 2, 1), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }
}
