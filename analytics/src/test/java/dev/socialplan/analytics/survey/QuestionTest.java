package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuestionTest {
  private static Question recommend() {
    return Question.rating("nps", "How likely are you to recommend us?", RatingScale.ZERO_TO_TEN);
  }

  private static Question channel() {
    return Question.choice("channel", "Where did you hear of us?", List.of("Instagram", "Friend", "Search"));
  }

  @Test
  void aRatingQuestionHasAScaleAndNoOptions() {
    assertThat(recommend().isRating()).isTrue();
    assertThat(recommend().scale()).contains(RatingScale.ZERO_TO_TEN);
    assertThat(recommend().options()).isEmpty();
  }

  @Test
  void aChoiceQuestionKeepsItsOptionsInOrder() {
    assertThat(channel().isRating()).isFalse();
    assertThat(channel().options()).containsExactly("Instagram", "Friend", "Search");
  }

  @Test
  void refusesMalformedQuestions() {
    assertThatThrownBy(() -> Question.builder().id("q").text("t").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("question q must have either a scale or options, not both or neither");
    assertThatThrownBy(
            () ->
                Question.builder()
                    .id("q")
                    .text("t")
                    .scale(RatingScale.ONE_TO_FIVE)
                    .addOption("x")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not both or neither");
    assertThatThrownBy(() -> Question.choice("q", "t", List.of("a", "a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must be distinct: a");
    assertThatThrownBy(() -> Question.choice("q", "t", List.of(" ")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must not be blank: \" \"");
    assertThatThrownBy(() -> Question.rating("", "t", RatingScale.ONE_TO_FIVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must not be blank: \"\"");
  }
}
