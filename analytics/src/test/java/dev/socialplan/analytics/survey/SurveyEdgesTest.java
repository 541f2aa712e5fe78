package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Survey types at the edges their rules turn on. */
class SurveyEdgesTest {
  @Test
  void answersAreSortedAtTheBandEdges() {
    // 9 and 10 promote, 7 and 8 are passive, 0 to 6 detract.
    assertThat(NetPromoterScore.fromAnswers(List.of(10, 9, 8, 7, 6, 0))).isEqualTo(NetPromoterScore.of(2, 2, 2));
    assertThat(NetPromoterScore.fromAnswers(List.of(10, 8, 7, 6, 5, 0))).isEqualTo(NetPromoterScore.of(1, 2, 3));
  }

  @Test
  void aRatingOfTenPromotesInASummary() {
    Question nps = Question.rating("nps", "Recommend us?", RatingScale.ZERO_TO_TEN);
    SurveySummary summary =
        SurveySummary.of(
            List.of(nps),
            List.of(
                SurveyResponse.builder().putRating("nps", 10).build(),
                SurveyResponse.builder().putRating("nps", 9).build(),
                SurveyResponse.builder().putRating("nps", 8).build(),
                SurveyResponse.builder().putRating("nps", 6).build(),
                SurveyResponse.builder().putRating("nps", 0).build()));
    assertThat(summary.question("nps").orElseThrow().netPromoterScore())
        .contains(NetPromoterScore.of(2, 1, 2));
  }

  @Test
  void confidenceLevelsMustBeStrictlyBetweenZeroAndOne() {
    NetPromoterScore thirty = NetPromoterScore.of(50, 30, 20);
    assertThatThrownBy(() -> thirty.interval(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 0.0");
    assertThatThrownBy(() -> thirty.marginOfError(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 0.0");
    assertThatThrownBy(() -> thirty.marginOfError(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 1.0");
    assertThatThrownBy(() -> thirty.interval(1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 1.0");
  }

  @Test
  void anIntervalContainsItsBounds() {
    ScoreInterval interval = new ScoreInterval(-12.5, 30.0, 0.95);
    assertThat(interval.contains(-12.5)).isTrue();
    assertThat(interval.contains(30.0)).isTrue();
    assertThat(interval.contains(30.000001)).isFalse();
    assertThat(interval.contains(-12.500001)).isFalse();
    assertThat(new ScoreInterval(5, 5, 0.9).contains(5)).isTrue();
  }

  @Test
  void choiceOptionsMustBeDistinct() {
    assertThatThrownBy(() -> Question.choice("channel", "Where?", List.of("Friend", "Search", "Friend")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options must be distinct: Friend");
  }

  @Test
  void aScalePointNobodyChoseIsListedWithZero() {
    Question csat = Question.rating("csat", "Satisfied?", RatingScale.ONE_TO_FIVE);
    SurveySummary summary =
        SurveySummary.of(List.of(csat), List.of(SurveyResponse.builder().putRating("csat", 4).build()));
    assertThat(summary.question("csat").orElseThrow().distribution())
        .containsExactly(
            org.assertj.core.api.Assertions.entry("1", 0L),
            org.assertj.core.api.Assertions.entry("2", 0L),
            org.assertj.core.api.Assertions.entry("3", 0L),
            org.assertj.core.api.Assertions.entry("4", 1L),
            org.assertj.core.api.Assertions.entry("5", 0L));
  }
}
