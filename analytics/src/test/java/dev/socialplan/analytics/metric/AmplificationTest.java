package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.metric.Ratio;
import org.junit.jupiter.api.Test;

class AmplificationTest {
  @Test
  void workedExamplePerPost() {
    // docs/metrics.md: 1,450 shares, 30 posts, 25,000 followers → 0.193 % per post.
    Ratio rate = Amplification.ratePerPost(1_450, 30, 25_000);
    assertThat(rate.asPercent().getAsDouble()).isCloseTo(0.193, within(0.0005));
    assertThat(rate.denominator()).isEqualTo(750_000);
  }

  @Test
  void kaushikSharesPerPostAndHootsuiteRate() {
    assertThat(Amplification.sharesPerPost(1_450, 30).value().getAsDouble())
        .isCloseTo(48.33, within(0.005));
    assertThat(Amplification.rate(50, 25_000)).isEqualTo(Ratio.of(50, 25_000));
  }

  @Test
  void undefinedWithoutPostsOrFollowers() {
    assertThat(Amplification.rate(5, 0).isDefined()).isFalse();
    assertThat(Amplification.sharesPerPost(5, 0).isDefined()).isFalse();
    assertThat(Amplification.ratePerPost(5, 0, 100).isDefined()).isFalse();
    assertThat(Amplification.ratePerPost(5, 3, 0).isDefined()).isFalse();
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> Amplification.ratePerPost(1, 1, -1))
        .hasMessage("followers must not be negative: -1");
  }
}
