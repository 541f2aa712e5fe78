package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

class AveragesTest {
  /** docs/metrics.md: posts at 3.4 % and 3.5 % of reach → mean 3.45 %. */
  private static final Ratio SMALL_POST = Ratio.of(34, 1_000);

  private static final Ratio BIG_POST = Ratio.of(105, 3_000);
  private static final Ratio NO_REACH = Ratio.of(7, 0);

  @Test
  void meanOfRatiosWeighsEveryPostTheSame() {
    Ratio mean = Averages.meanOfRatios(List.of(SMALL_POST, BIG_POST));
    assertThat(mean.asPercent().getAsDouble()).isCloseTo(3.45, within(1e-9));
    assertThat(mean.denominator()).isEqualTo(2);
  }

  @Test
  void pooledWeighsEveryUnitOfReachTheSame() {
    Ratio pooled = Averages.pooled(List.of(SMALL_POST, BIG_POST));
    assertThat(pooled).isEqualTo(Ratio.of(139, 4_000));
    assertThat(pooled.asPercent().getAsDouble()).isCloseTo(3.475, within(1e-9));
  }

  @Test
  void bothLeaveOutUndefinedRatiosAndCountThem() {
    List<Ratio> posts = List.of(SMALL_POST, NO_REACH, BIG_POST);
    assertThat(Averages.meanOfRatios(posts)).isEqualTo(Averages.meanOfRatios(List.of(SMALL_POST, BIG_POST)));
    assertThat(Averages.pooled(posts)).isEqualTo(Ratio.of(139, 4_000));
    assertThat(Averages.countUndefined(posts)).isEqualTo(1);
  }

  @Test
  void nothingDefinedIsUndefined() {
    assertThat(Averages.meanOfRatios(List.of()).isDefined()).isFalse();
    assertThat(Averages.pooled(List.of(NO_REACH)).isDefined()).isFalse();
  }
}
