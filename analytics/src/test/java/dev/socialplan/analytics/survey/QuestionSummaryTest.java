package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuestionSummaryTest {
  private static Question five() {
    return Question.rating("csat", "How satisfied are you?", RatingScale.ONE_TO_FIVE);
  }

  @Test
  void derivesSharesAndCsatFromItsDistribution() {
    QuestionSummary summary =
        QuestionSummary.builder()
            .question(five())
            .answered(10)
            .missing(2)
            .invalid(0)
            .distribution(Map.of("1", 1L, "2", 1L, "3", 2L, "4", 3L, "5", 3L))
            .build();
    assertThat(summary.share("5").value().getAsDouble()).isEqualTo(0.3);
    assertThat(summary.customerSatisfaction(CsatDefinition.STANDARD)).contains(CustomerSatisfaction.of(6, 10));
    assertThat(summary.responseRate().value().getAsDouble()).isEqualTo(10.0 / 12);
  }

  @Test
  void refusesADistributionThatDoesNotAddUp() {
    assertThatThrownBy(
            () ->
                QuestionSummary.builder()
                    .question(five())
                    .answered(3)
                    .missing(0)
                    .invalid(0)
                    .distribution(Map.of("1", 1L))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("distribution must add up to answered (3): 1");
    assertThatThrownBy(
            () ->
                QuestionSummary.builder()
                    .question(five())
                    .answered(0)
                    .missing(-1)
                    .invalid(0)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing must not be negative: -1");
  }
}
