package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SurveyResponseTest {
  @Test
  void keepsRatingsAndChoicesByQuestion() {
    SurveyResponse response =
        SurveyResponse.builder()
            .respondent("r-17")
            .putRating("nps", 9)
            .putChoice("channel", "Instagram")
            .build();
    assertThat(response.respondent()).contains("r-17");
    assertThat(response.ratings()).containsEntry("nps", 9);
    assertThat(response.choices()).containsEntry("channel", "Instagram");
    assertThat(response.answered("nps")).isTrue();
    assertThat(response.answered("channel")).isTrue();
    assertThat(response.answered("csat")).isFalse();
  }

  @Test
  void refusesTwoAnswersToOneQuestion() {
    assertThatThrownBy(
            () -> SurveyResponse.builder().putRating("q", 3).putChoice("q", "x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a question must have one answer, not both a rating and a choice: q");
    assertThatThrownBy(() -> SurveyResponse.builder().respondent(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("respondent must not be blank: \" \"");
  }
}
