package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AspectRatioTest {
  private static final AspectRatio INSTAGRAM_PORTRAIT = AspectRatio.parse("1080x1350");
  private static final AspectRatio LINK_CARD = AspectRatio.parse("1.91:1");

  @Test
  void parsesColonsAndPixelSizes() {
    assertThat(AspectRatio.parse("16:9")).isEqualTo(AspectRatio.LANDSCAPE_16_9);
    assertThat(AspectRatio.parse(" 9 : 16 ")).isEqualTo(AspectRatio.VERTICAL_9_16);
    assertThat(AspectRatio.parse("1000×1500")).isEqualTo(AspectRatio.of(1000, 1500));
    assertThat(LINK_CARD).isEqualTo(AspectRatio.of(1.91, 1));
  }

  @Test
  void sameShapeFromPixelsAndFromTheRatio() {
    assertThat(INSTAGRAM_PORTRAIT.isEquivalentTo(AspectRatio.PORTRAIT_4_5)).isTrue();
    assertThat(INSTAGRAM_PORTRAIT).isNotEqualTo(AspectRatio.PORTRAIT_4_5);
    assertThat(INSTAGRAM_PORTRAIT.value()).isEqualTo(0.8);
    assertThat(AspectRatio.of(2, 4).compareTo(AspectRatio.of(1, 2))).isZero();
  }

  @Test
  void orientation() {
    assertThat(AspectRatio.VERTICAL_9_16.isPortrait()).isTrue();
    assertThat(AspectRatio.VERTICAL_9_16.isLandscape()).isFalse();
    assertThat(AspectRatio.LANDSCAPE_16_9.isLandscape()).isTrue();
    assertThat(AspectRatio.SQUARE.isPortrait()).isFalse();
    assertThat(AspectRatio.SQUARE.isLandscape()).isFalse();
    assertThat(AspectRatio.VERTICAL_9_16).isLessThan(AspectRatio.SQUARE);
  }

  @Test
  void printsWithoutNeedlessDecimals() {
    assertThat(AspectRatio.LANDSCAPE_16_9).hasToString("16:9");
    assertThat(LINK_CARD).hasToString("1.91:1");
    assertThat(AspectRatio.of(1, 2.39)).hasToString("1:2.39");
  }

  @Test
  void refusesImpossibleShapes() {
    assertThatThrownBy(() -> AspectRatio.of(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be positive: 0.0");
    assertThatThrownBy(() -> AspectRatio.of(1, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("height must be positive: -2.0");
    assertThatThrownBy(() -> AspectRatio.of(Double.NaN, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("width must be a finite number: NaN");
    assertThatThrownBy(() -> AspectRatio.parse("16/9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("aspect ratio must be \"width:height\": \"16/9\"");
    assertThatThrownBy(() -> AspectRatio.parse("a:9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decimal numbers");
  }
}
