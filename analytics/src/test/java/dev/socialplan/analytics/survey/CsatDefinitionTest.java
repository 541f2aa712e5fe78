package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsatDefinitionTest {
  @Test
  void standardIsTopTwoBoxOfFive() {
    assertThat(CsatDefinition.STANDARD.scale()).isEqualTo(RatingScale.ONE_TO_FIVE);
    assertThat(CsatDefinition.STANDARD.isSatisfied(5)).isTrue();
    assertThat(CsatDefinition.STANDARD.isSatisfied(4)).isTrue();
    assertThat(CsatDefinition.STANDARD.isSatisfied(3)).isFalse();
  }

  @Test
  void isConfigurable() {
    CsatDefinition sevenPoint = CsatDefinition.of(RatingScale.of(1, 7), 6);
    assertThat(sevenPoint.isSatisfied(6)).isTrue();
    assertThat(sevenPoint.isSatisfied(5)).isFalse();
  }

  @Test
  void refusesThresholdsAndAnswersOffTheScale() {
    assertThatThrownBy(() -> CsatDefinition.of(RatingScale.ONE_TO_FIVE, 6))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("satisfiedFrom must be between 1 and 5: 6");
    assertThatThrownBy(() -> CsatDefinition.STANDARD.isSatisfied(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer must be between 1 and 5: 0");
  }
}
