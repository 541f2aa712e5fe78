package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricComparisonTest {
  @Test
  void brandVersusAverageIsRelativeToTheAverage() {
    MetricComparison c =
        MetricComparison.builder()
            .metric(BenchmarkMetric.ENGAGEMENTS_PER_POST)
            .brand("Glow")
            .brandValue(80)
            .competitorAverage(64)
            .ranking(List.of(new RankedValue(1, "Glow", 80), new RankedValue(2, "Lumi", 64)))
            .build();
    // (80 − 64) ÷ 64 = 25 % above the average.
    assertThat(c.brandVersusAverage()).isEqualTo(Ratio.of(16.0, 64.0));
    assertThat(c.brandRank()).hasValue(1);
  }

  @Test
  void withoutBrandDataTheComparisonIsUndefined() {
    MetricComparison c =
        MetricComparison.builder()
            .metric(BenchmarkMetric.MENTIONS)
            .brand("Glow")
            .competitorAverage(10)
            .addWithoutData("Glow")
            .build();
    assertThat(c.brandVersusAverage().isDefined()).isFalse();
    assertThat(c.brandRank()).isEmpty();
    assertThat(c.withoutData()).containsExactly("Glow");
  }
}
