package dev.socialplan.analytics.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ApplauseTest {
  @Test
  void likesPerPostAndPerThousandFollowers() {
    assertThat(Applause.perPost(600, 30).value()).hasValue(20.0);
    assertThat(Applause.perThousandFollowers(600, 25_000).value().getAsDouble())
        .isCloseTo(24.0, within(1e-9));
  }

  /** Before the fix these were ratios printed as percentages: "2000%" and "24%". */
  @Test
  void theTextSaysWhatTheFigureIs() {
    assertThat(Applause.perPost(600, 30)).hasToString("20 per post (600/30)");
    assertThat(Applause.perThousandFollowers(600, 25_000))
        .hasToString("24 per 1000 followers (600/25000)");
  }

  @Test
  void undefinedWithoutPostsOrFollowers() {
    assertThat(Applause.perPost(600, 0).isDefined()).isFalse();
    assertThat(Applause.perThousandFollowers(600, 0).isDefined()).isFalse();
  }

  @Test
  void refusesNegativeLikes() {
    assertThatThrownBy(() -> Applause.perPost(-1, 3)).hasMessage("likes must not be negative: -1");
  }
}
