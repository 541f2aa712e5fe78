package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BetaPriorTest {
  @Test
  void thePosteriorAddsSuccessesAndFailures() {
    assertThat(BetaPrior.UNIFORM.posterior(Variant.of("A", 100, 12))).isEqualTo(BetaPrior.of(13, 89));
    assertThat(BetaPrior.of(3, 7).posterior(Variant.of("A", 0, 0))).isEqualTo(BetaPrior.of(3, 7));
  }

  @Test
  void theMeanIsAlphaOverAlphaPlusBeta() {
    assertThat(BetaPrior.UNIFORM.mean()).isEqualTo(0.5);
    assertThat(BetaPrior.of(13, 89).mean()).isEqualTo(13.0 / 102);
  }

  @Test
  void refusesParametersBelowOne() {
    assertThatThrownBy(() -> BetaPrior.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("alpha must be at least 1: 0");
    assertThatThrownBy(() -> BetaPrior.of(1, -4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("beta must be at least 1: -4");
  }
}
