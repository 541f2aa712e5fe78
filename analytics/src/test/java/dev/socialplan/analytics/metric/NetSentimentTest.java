package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NetSentimentTest {
  @Test
  void workedExampleForTheThreeVariants() {
    // docs/metrics.md: 80 P, 20 N, 100 neutral → (a) 30 points, (b) 60 %, (c) 80 %.
    assertThat(NetSentiment.NET_OF_ALL_MENTIONS.of(80, 20, 100).value()).hasValue(0.3);
    assertThat(NetSentiment.NET_OF_POLAR_MENTIONS.of(80, 20, 100).value()).hasValue(0.6);
    assertThat(NetSentiment.POSITIVE_SHARE.of(80, 20, 100).value()).hasValue(0.8);
  }

  @Test
  void lettersMatchTheReference() {
    assertThat(NetSentiment.NET_OF_ALL_MENTIONS.letter()).isEqualTo('a');
    assertThat(NetSentiment.NET_OF_POLAR_MENTIONS.letter()).isEqualTo('b');
    assertThat(NetSentiment.POSITIVE_SHARE.letter()).isEqualTo('c');
  }

  @Test
  void negativeSentimentAndEmptyBases() {
    assertThat(NetSentiment.NET_OF_POLAR_MENTIONS.of(10, 30, 0).value()).hasValue(-0.5);
    assertThat(NetSentiment.NET_OF_POLAR_MENTIONS.of(0, 0, 50).isDefined()).isFalse();
    assertThat(NetSentiment.POSITIVE_SHARE.of(0, 0, 50).isDefined()).isFalse();
    assertThat(NetSentiment.NET_OF_ALL_MENTIONS.of(0, 0, 50).value()).hasValue(0.0);
    assertThat(NetSentiment.NET_OF_ALL_MENTIONS.of(0, 0, 0).isDefined()).isFalse();
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> NetSentiment.POSITIVE_SHARE.of(1, 1, -1))
        .hasMessage("neutral must not be negative: -1");
  }
}
