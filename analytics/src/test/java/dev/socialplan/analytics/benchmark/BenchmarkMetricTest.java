package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BenchmarkMetricTest {
  private static BenchmarkEntry glow() {
    return BenchmarkEntry.builder()
            .name("Glow")
            .mentions(50)
            .engagements(2_400)
            .posts(30)
            .followersAtStart(10_000)
            .followersAtEnd(10_500)
            .build();
  }

  @Test
  void computesEachFigure() {
    assertThat(BenchmarkMetric.MENTIONS.valueOf(glow())).hasValue(50);
    assertThat(BenchmarkMetric.ENGAGEMENTS.valueOf(glow())).hasValue(2_400);
    // 2,400 ÷ 30 = 80 engagements per post.
    assertThat(BenchmarkMetric.ENGAGEMENTS_PER_POST.valueOf(glow())).hasValue(80);
    // (10,500 − 10,000) ÷ 10,000 = 5 % (Hootsuite's worked example).
    assertThat(BenchmarkMetric.AUDIENCE_GROWTH_RATE.valueOf(glow()).getAsDouble()).isCloseTo(0.05, within(1e-15));
    assertThat(BenchmarkMetric.FOLLOWERS.valueOf(glow())).hasValue(10_500);
  }

  @Test
  void missingOrUndefinedFiguresAreEmpty() {
    BenchmarkEntry sparse = BenchmarkEntry.builder().name("New").engagements(10).posts(0).followersAtStart(0).followersAtEnd(20).build();
    assertThat(BenchmarkMetric.ENGAGEMENTS_PER_POST.valueOf(sparse)).isEmpty();
    assertThat(BenchmarkMetric.AUDIENCE_GROWTH_RATE.valueOf(sparse)).isEmpty();
    assertThat(BenchmarkMetric.MENTIONS.valueOf(sparse)).isEmpty();
  }
}
