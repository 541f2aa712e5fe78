package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ProjectionTest {
  @Test
  void keepsItsParts() {
    Projection p =
        Projection.builder()
            .method(ProjectionMethod.LINEAR)
            .valueAtDeadline(new BigDecimal("12100"))
            .progressAtDeadline(0.875)
            .estimatedCompletion(LocalDate.of(2025, 7, 28))
            .build();
    assertThat(p.method()).isEqualTo(ProjectionMethod.LINEAR);
    assertThat(p.valueAtDeadline()).isEqualByComparingTo("12100");
    assertThat(p.progressAtDeadline()).hasValue(0.875);
    assertThat(p.estimatedCompletion()).contains(LocalDate.of(2025, 7, 28));
    assertThat(p.toString()).contains("12100", "LINEAR");
  }

  @Test
  void requiresMethodAndValue() {
    assertThatThrownBy(() -> Projection.builder().method(ProjectionMethod.LINEAR).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("valueAtDeadline");
  }
}
