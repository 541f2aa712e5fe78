package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.Ratio;
import org.junit.jupiter.api.Test;

class AudienceGrowthTest {
  @Test
  void workedExample() {
    // docs/metrics.md: 10,000 → 10,500 → 5 %.
    assertThat(AudienceGrowth.rate(10_000, 10_500).value()).hasValue(0.05);
    assertThat(AudienceGrowth.rateFromNetNew(500, 10_000)).isEqualTo(Ratio.of(500, 10_000));
  }

  @Test
  void shrinkingIsNegative() {
    assertThat(AudienceGrowth.rate(10_000, 9_000).value()).hasValue(-0.1);
    assertThat(AudienceGrowth.rateFromNetNew(-1_000, 10_000).value()).hasValue(-0.1);
  }

  @Test
  void undefinedWithoutStartingFollowers() {
    assertThat(AudienceGrowth.rate(0, 100).isDefined()).isFalse();
  }

  @Test
  void refusesImpossibleInput() {
    assertThatThrownBy(() -> AudienceGrowth.rate(-1, 100))
        .hasMessage("followersAtStart must not be negative: -1");
    assertThatThrownBy(() -> AudienceGrowth.rateFromNetNew(-11, 10))
        .hasMessage("netNewFollowers must not lose more than the 10 followers at the start: -11");
  }
}
