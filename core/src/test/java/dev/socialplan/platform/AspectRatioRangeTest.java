package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AspectRatioRangeTest {
  /** X accepts 1:2.39 to 2.39:1. */
  private static final AspectRatioRange X =
      AspectRatioRange.of(AspectRatio.of(1, 2.39), AspectRatio.of(2.39, 1));

  @Test
  void containsItsEndsAndWhatIsBetween() {
    assertThat(X.contains(AspectRatio.of(1, 2.39))).isTrue();
    assertThat(X.contains(AspectRatio.of(2.39, 1))).isTrue();
    assertThat(X.contains(AspectRatio.LANDSCAPE_16_9)).isTrue();
    assertThat(X.contains(AspectRatio.VERTICAL_9_16)).isTrue();
  }

  @Test
  void excludesWhatIsOutside() {
    assertThat(X.contains(AspectRatio.of(1, 2.4))).isFalse();
    assertThat(X.contains(AspectRatio.of(3, 1))).isFalse();
  }

  @Test
  void refusesAnUpsideDownRange() {
    assertThatThrownBy(() -> AspectRatioRange.of(AspectRatio.LANDSCAPE_16_9, AspectRatio.SQUARE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("widest must not be taller than tallest: 16:9 to 1:1");
    assertThat(X).hasToString("1:2.39 to 2.39:1");
  }
}
