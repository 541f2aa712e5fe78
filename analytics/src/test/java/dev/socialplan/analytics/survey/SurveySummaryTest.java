package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

class SurveySummaryTest {
  // Built afresh in each test, not in static fields: PIT mutates code after a test class has
  // initialised, so fixtures built while it loads would hide the mutants (docs/mutation-testing.md).
  private static Question nps() {
    return Question.rating("nps", "How likely are you to recommend us?", RatingScale.ZERO_TO_TEN);
  }

  private static Question csat() {
    return Question.rating("csat", "How satisfied were you with our reply?", RatingScale.ONE_TO_FIVE);
  }

  private static Question channel() {
    return Question.choice("channel", "Where did you hear of us?", List.of("Instagram", "Friend", "Search"));
  }

  private static List<Question> survey() {
    return List.of(nps(), csat(), channel());
  }

  /** Five responses: one skips the NPS question, one rates 11 (invalid), one names an unknown option. */
  private static List<SurveyResponse> responses() {
    return List.of(
        SurveyResponse.builder().putRating("nps", 10).putRating("csat", 5).putChoice("channel", "Instagram").build(),
        SurveyResponse.builder().putRating("nps", 9).putRating("csat", 4).putChoice("channel", "Friend").build(),
        SurveyResponse.builder().putRating("nps", 6).putRating("csat", 2).putChoice("channel", "TikTok").build(),
        SurveyResponse.builder().putRating("csat", 4).putChoice("channel", "Instagram").putRating("age", 30).build(),
        SurveyResponse.builder().putRating("nps", 11).putChoice("csat", "great").build());
  }

  private static SurveySummary summary() {
    return SurveySummary.of(survey(), responses());
  }

  @Test
  void countsAnsweredMissingAndInvalidPerQuestion() {
    QuestionSummary nps = summary().question("nps").orElseThrow();
    assertThat(nps.answered()).isEqualTo(3);
    assertThat(nps.missing()).isEqualTo(1);
    assertThat(nps.invalid()).isEqualTo(1);
    assertThat(nps.responseRate().value().getAsDouble()).isEqualTo(0.6);

    QuestionSummary csat = summary().question("csat").orElseThrow();
    assertThat(csat.answered()).isEqualTo(4);
    assertThat(csat.missing()).isZero();
    assertThat(csat.invalid()).isEqualTo(1); // a choice given to a rating question

    QuestionSummary channel = summary().question("channel").orElseThrow();
    assertThat(channel.answered()).isEqualTo(3);
    assertThat(channel.missing()).isEqualTo(1);
    assertThat(channel.invalid()).isEqualTo(1); // "TikTok" is not an option
    assertThat(summary().responses()).isEqualTo(5);
  }

  @Test
  void distributionListsEveryScalePointOrOptionInOrder() {
    QuestionSummary csat = summary().question("csat").orElseThrow();
    assertThat(csat.distribution())
        .containsExactly(entry("1", 0L), entry("2", 1L), entry("3", 0L), entry("4", 2L), entry("5", 1L));
    QuestionSummary channel = summary().question("channel").orElseThrow();
    assertThat(channel.distribution())
        .containsExactly(entry("Instagram", 2L), entry("Friend", 1L), entry("Search", 0L));
    assertThat(channel.share("Instagram").value().getAsDouble()).isEqualTo(2.0 / 3);
    assertThat(channel.share("TikTok").value().getAsDouble()).isZero();
  }

  @Test
  void meanAndMedianOfRatings() {
    // csat: 5, 4, 2, 4 → mean 15/4 = 3.75; sorted 2, 4, 4, 5 → median (4 + 4) / 2 = 4.
    QuestionSummary csat = summary().question("csat").orElseThrow();
    assertThat(csat.mean()).hasValue(3.75);
    assertThat(csat.median()).hasValue(4.0);
    // nps: 10, 9, 6 → mean 25/3, median 9.
    QuestionSummary nps = summary().question("nps").orElseThrow();
    assertThat(nps.mean().getAsDouble()).isEqualTo(25.0 / 3);
    assertThat(nps.median()).hasValue(9.0);
    assertThat(summary().question("channel").orElseThrow().mean()).isEmpty();
  }

  @Test
  void npsAndCsatComeFromTheRightScales() {
    QuestionSummary nps = summary().question("nps").orElseThrow();
    assertThat(nps.netPromoterScore()).contains(NetPromoterScore.of(2, 0, 1));
    assertThat(nps.customerSatisfaction(CsatDefinition.STANDARD)).isEmpty();
    QuestionSummary csat = summary().question("csat").orElseThrow();
    assertThat(csat.customerSatisfaction(CsatDefinition.STANDARD))
        .contains(CustomerSatisfaction.of(3, 4));
    assertThat(csat.netPromoterScore()).isEmpty();
  }

  @Test
  void npsCountsSixAsDetractorSevenAndEightAsPassiveAndNineAsPromoter() {
    // The edges of Bain's bands: 0–6 detractors, 7–8 passives, 9–10 promoters.
    List<SurveyResponse> edges = List.of(
        SurveyResponse.builder().putRating("nps", 6).build(),
        SurveyResponse.builder().putRating("nps", 7).build(),
        SurveyResponse.builder().putRating("nps", 8).build(),
        SurveyResponse.builder().putRating("nps", 9).build());
    QuestionSummary nps = SurveySummary.of(List.of(nps()), edges).question("nps").orElseThrow();
    assertThat(nps.netPromoterScore()).contains(NetPromoterScore.of(1, 2, 1));
  }

  @Test
  void reportsAnswersToQuestionsTheSurveyDoesNotHave() {
    assertThat(summary().unknownQuestionIds()).containsExactly("age");
    assertThat(summary().question("age")).isEmpty();
  }

  @Test
  void anEmptySurveyHasNoMeans() {
    SurveySummary empty = SurveySummary.of(survey(), List.of());
    QuestionSummary nps = empty.question("nps").orElseThrow();
    assertThat(nps.answered()).isZero();
    assertThat(nps.mean()).isEmpty();
    assertThat(nps.median()).isEmpty();
    assertThat(nps.responseRate().isDefined()).isFalse();
    assertThat(nps.netPromoterScore().orElseThrow().score()).isEmpty();
  }

  @Test
  void refusesDuplicateQuestionIds() {
    assertThatThrownBy(() -> SurveySummary.of(List.of(nps(), nps()), responses()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("questions must have distinct ids: nps");
  }
}
