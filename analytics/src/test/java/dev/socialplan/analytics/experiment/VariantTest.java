package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.Ratio;
import org.junit.jupiter.api.Test;

class VariantTest {
  private static Variant redButton() {
    return Variant.of("red button", 1_000, 50);
  }

  @Test
  void keepsItsCountsAndDerivesRateAndFailures() {
    assertThat(redButton().name()).isEqualTo("red button");
    assertThat(redButton().trials()).isEqualTo(1_000);
    assertThat(redButton().successes()).isEqualTo(50);
    assertThat(redButton().failures()).isEqualTo(950);
    assertThat(redButton().rate()).isEqualTo(Ratio.of(50, 1_000));
    assertThat(redButton().rate().value()).hasValue(0.05);
  }

  @Test
  void aVariantWithoutTrialsHasAnUndefinedRate() {
    Variant notShown = Variant.of("B", 0, 0);
    assertThat(notShown.rate().isDefined()).isFalse();
    assertThat(notShown.failures()).isZero();
  }

  @Test
  void refusesImpossibleCounts() {
    assertThatThrownBy(() -> Variant.of("A", -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must not be negative: -1");
    assertThatThrownBy(() -> Variant.of("A", 10, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("successes must not be negative: -2");
    assertThatThrownBy(() -> Variant.of("A", 10, 11))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("successes must not exceed trials (10): 11");
    assertThatThrownBy(() -> Variant.of("A", 1L << 31, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trials must not exceed 2147483647: 2147483648");
    assertThatThrownBy(() -> Variant.of(" ", 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name must not be blank");
  }

  @Test
  void acceptsTheLargestSupportedCount() {
    assertThat(Variant.of("A", Integer.MAX_VALUE, Integer.MAX_VALUE).failures()).isZero();
  }
}
