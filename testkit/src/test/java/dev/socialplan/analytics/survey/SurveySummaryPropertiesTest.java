package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.SurveyGenerators;
import org.junit.jupiter.api.Test;

class SurveySummaryPropertiesTest {

  @Test
  void everyResponseIsAnsweredMissingOrInvalidForEveryQuestion() {
    qt().forAll(SurveyGenerators.responseLists(60))
        .checkAssert(
            responses -> {
              SurveySummary summary = SurveySummary.of(SurveyGenerators.SURVEY, responses);
              assertThat(summary.questions()).hasSize(SurveyGenerators.SURVEY.size());
              for (QuestionSummary q : summary.questions()) {
                assertThat(q.answered() + q.missing() + q.invalid()).isEqualTo(responses.size());
                long missing =
                    responses.stream().filter(r -> !r.answered(q.question().id())).count();
                assertThat(q.missing()).isEqualTo(missing);
              }
            });
  }

  @Test
  void meanAndMedianLieOnTheScale() {
    qt().forAll(SurveyGenerators.responseLists(60))
        .checkAssert(
            responses -> {
              QuestionSummary nps =
                  SurveySummary.of(SurveyGenerators.SURVEY, responses).question("nps").orElseThrow();
              assertThat(nps.mean().isPresent()).isEqualTo(nps.answered() > 0);
              nps.mean().ifPresent(m -> assertThat(m).isBetween(0.0, 10.0));
              nps.median().ifPresent(m -> assertThat(m).isBetween(0.0, 10.0));
              assertThat(nps.netPromoterScore().orElseThrow().respondents()).isEqualTo(nps.answered());
            });
  }
}
