package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WeightedPersonaTest {
  private static final Persona TEENS = Persona.of("Teens");

  @Test
  void keepsPersonaAndWeight() {
    WeightedPersona w = WeightedPersona.of(TEENS, 0.6);
    assertThat(w.persona()).isEqualTo(TEENS);
    assertThat(w.weight()).isEqualTo(0.6);
    assertThat(WeightedPersona.ofPercent(TEENS, 60)).isEqualTo(w);
    assertThat(WeightedPersona.of(TEENS, -0.0)).isEqualTo(WeightedPersona.of(TEENS, 0));
  }

  @Test
  void weightsAboveOneAreTheRulesBusiness() {
    assertThat(WeightedPersona.of(TEENS, 1.5).weight()).isEqualTo(1.5);
  }

  @Test
  void refusesNegativeOrNonFiniteWeights() {
    assertThatThrownBy(() -> WeightedPersona.of(TEENS, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must not be negative: -0.1");
    assertThatThrownBy(() -> WeightedPersona.of(TEENS, Double.POSITIVE_INFINITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be a finite number: Infinity");
    assertThatThrownBy(() -> WeightedPersona.ofPercent(TEENS, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("percent must not be negative: -5.0");
    assertThatThrownBy(() -> WeightedPersona.of(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("persona must not be null");
  }
}
