package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictKindTest {
  @Test
  void offersTheThreeConclusionsInOrderOfStrength() {
    assertThat(VerdictKind.values())
        .containsExactly(
            VerdictKind.SIGNIFICANT_WINNER,
            VerdictKind.NO_DIFFERENCE_DETECTED,
            VerdictKind.SAMPLE_TOO_SMALL);
  }
}
