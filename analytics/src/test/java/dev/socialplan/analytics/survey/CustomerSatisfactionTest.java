package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerSatisfactionTest {
  @Test
  void eightyOfAHundredSatisfiedIsEightyPercent() {
    CustomerSatisfaction csat = CustomerSatisfaction.of(80, 100);
    assertThat(csat.score()).isEqualTo(Ratio.of(80, 100));
    assertThat(csat.score().asPercent().getAsDouble()).isEqualTo(80.0);
  }

  @Test
  void countsTopTwoBoxAnswers() {
    // 5, 4, 4 satisfied; 3, 2 not → 3/5 = 60 %.
    CustomerSatisfaction csat = CustomerSatisfaction.fromAnswers(List.of(5, 4, 3, 2, 4));
    assertThat(csat).isEqualTo(CustomerSatisfaction.of(3, 5));
    CustomerSatisfaction strict =
        CustomerSatisfaction.fromAnswers(List.of(5, 4, 3, 2, 4), CsatDefinition.of(RatingScale.ONE_TO_FIVE, 5));
    assertThat(strict).isEqualTo(CustomerSatisfaction.of(1, 5));
  }

  @Test
  void noAnswersIsUndefined() {
    assertThat(CustomerSatisfaction.fromAnswers(List.of()).score().isDefined()).isFalse();
  }

  @Test
  void refusesImpossibleCountsAndAnswers() {
    assertThatThrownBy(() -> CustomerSatisfaction.of(6, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("satisfied must not exceed respondents (5): 6");
    assertThatThrownBy(() -> CustomerSatisfaction.of(-1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("satisfied must not be negative: -1");
    assertThatThrownBy(() -> CustomerSatisfaction.of(0, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("respondents must not be negative: -2");
    assertThatThrownBy(() -> CustomerSatisfaction.fromAnswers(List.of(4, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer must be between 1 and 5: 9");
  }
}
