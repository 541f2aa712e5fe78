package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextFitTest {
  private static final TextFit OVER = new TextFit(TextCounting.X_WEIGHTED, 290, 280);
  private static final TextFit EXACT = new TextFit(TextCounting.X_WEIGHTED, 280, 280);
  private static final TextFit UNDER = new TextFit(TextCounting.CODE_POINTS, 120, 500);

  @Test
  void overTheLimit() {
    assertThat(OVER.fits()).isFalse();
    assertThat(OVER.overBy()).isEqualTo(10);
    assertThat(OVER.remaining()).isZero();
    assertThat(OVER).hasToString("290/280 X_WEIGHTED (over by 10)");
  }

  @Test
  void exactlyAtTheLimitFits() {
    assertThat(EXACT.fits()).isTrue();
    assertThat(EXACT.overBy()).isZero();
    assertThat(EXACT.remaining()).isZero();
  }

  @Test
  void underTheLimit() {
    assertThat(UNDER.fits()).isTrue();
    assertThat(UNDER.remaining()).isEqualTo(380);
    assertThat(UNDER.overBy()).isZero();
    assertThat(UNDER).hasToString("120/500 CODE_POINTS (fits, 380 left)");
  }

  @Test
  void equalByValue() {
    assertThat(new TextFit(TextCounting.X_WEIGHTED, 290, 280)).isEqualTo(OVER);
  }

  @Test
  void refusesNegativeNumbers() {
    assertThatThrownBy(() -> new TextFit(TextCounting.CODE_POINTS, -1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("length must not be negative: -1");
    assertThatThrownBy(() -> new TextFit(TextCounting.CODE_POINTS, 1, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLength must not be negative: -5");
    assertThatThrownBy(() -> new TextFit(null, 1, 5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("counting must not be null");
  }
}
