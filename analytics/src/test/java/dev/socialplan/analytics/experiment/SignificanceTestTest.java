package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignificanceTestTest {
  private static SignificanceTest chiSquare() {
    return SignificanceTest.builder()
            .method(TestMethod.PEARSON_CHI_SQUARE)
            .statistic(7.0234)
            .pValue(0.008)
            .degreesOfFreedom(1)
            .build();
  }

  @Test
  void isSignificantWhenThePValueIsAtMostTheLevel() {
    assertThat(chiSquare().isSignificantAt(0.05)).isTrue();
    assertThat(chiSquare().isSignificantAt(0.008)).isTrue();
    assertThat(chiSquare().isSignificantAt(0.0079)).isFalse();
  }

  @Test
  void keepsItsParts() {
    assertThat(chiSquare().method()).isEqualTo(TestMethod.PEARSON_CHI_SQUARE);
    assertThat(chiSquare().statistic()).isEqualTo(7.0234);
    assertThat(chiSquare().degreesOfFreedom()).hasValue(1);
    assertThat(chiSquare().toString()).contains("PEARSON_CHI_SQUARE", "7.0234");
  }

  @Test
  void refusesImpossibleValues() {
    assertThatThrownBy(
            () ->
                SignificanceTest.builder()
                    .method(TestMethod.TWO_PROPORTION_Z_TEST)
                    .statistic(1)
                    .pValue(1.5)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pValue must be between 0 and 1: 1.5");
    assertThatThrownBy(
            () ->
                SignificanceTest.builder()
                    .method(TestMethod.TWO_PROPORTION_Z_TEST)
                    .statistic(Double.NaN)
                    .pValue(0.5)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("statistic must be a finite number: NaN");
    assertThatThrownBy(
            () ->
                SignificanceTest.builder()
                    .method(TestMethod.PEARSON_CHI_SQUARE)
                    .statistic(1)
                    .pValue(0.5)
                    .degreesOfFreedom(0)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("degreesOfFreedom");
    assertThatThrownBy(() -> chiSquare().isSignificantAt(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("significance must be greater than 0 and less than 1: 0.0");
  }
}
