package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RankedValueTest {
  @Test
  void keepsItsParts() {
    RankedValue r = new RankedValue(2, "Lumi", 100);
    assertThat(r.rank()).isEqualTo(2);
    assertThat(r.name()).isEqualTo("Lumi");
    assertThat(r.value()).isEqualTo(100);
  }

  @Test
  void refusesImpossibleRanks() {
    assertThatThrownBy(() -> new RankedValue(0, "Lumi", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rank must be between 1 and 2147483647: 0");
    assertThatThrownBy(() -> new RankedValue(1, "Lumi", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value must be a finite number: NaN");
  }
}
