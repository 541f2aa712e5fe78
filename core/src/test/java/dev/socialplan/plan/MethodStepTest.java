package dev.socialplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MethodStepTest {
  @Test
  void stepsAreNumberedOneToEightInOrder() {
    MethodStep[] steps = MethodStep.values();
    assertThat(steps).hasSize(8);
    for (int i = 0; i < steps.length; i++) {
      assertThat(steps[i].number()).isEqualTo(i + 1);
    }
    assertThat(MethodStep.SCHEDULING.number()).isEqualTo(7);
  }
}
