package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.SurveyGenerators;
import org.junit.jupiter.api.Test;

class NetPromoterScorePropertiesTest {

  @Test
  void scoreLiesOnTheScaleAndTheIntervalContainsIt() {
    qt().forAll(SurveyGenerators.netPromoterScores(1_000_000))
        .checkAssert(
            nps -> {
              assertThat(nps.score().isPresent()).isEqualTo(nps.respondents() > 0);
              nps.score()
                  .ifPresent(
                      s -> {
                        assertThat(s).isBetween(-100.0, 100.0);
                        ScoreInterval i = nps.interval(0.95).orElseThrow();
                        assertThat(i.lower()).isBetween(-100.0, s);
                        assertThat(i.upper()).isBetween(s, 100.0);
                        assertThat(nps.marginOfError(0.99).getAsDouble())
                            .isGreaterThanOrEqualTo(nps.marginOfError(0.95).getAsDouble());
                      });
            });
  }

  @Test
  void theVarianceIsNeverAboveTheWorstCase() {
    // p_P + p_D − (p_P − p_D)² is at most 1 (half promoters, half detractors).
    qt().forAll(SurveyGenerators.netPromoterScores(1_000_000))
        .assuming(nps -> nps.respondents() > 0)
        .checkAssert(
            nps ->
                assertThat(nps.standardError().getAsDouble())
                    .isBetween(0.0, 100 / Math.sqrt(nps.respondents()) + 1e-9));
  }

  @Test
  void countingAnswersAgreesWithTheSurveySummary() {
    qt().forAll(SurveyGenerators.npsAnswers(200))
        .checkAssert(
            answers -> {
              NetPromoterScore direct = NetPromoterScore.fromAnswers(answers);
              assertThat(direct.respondents()).isEqualTo(answers.size());
              double expected =
                  answers.isEmpty()
                      ? 0
                      : 100.0
                          * (answers.stream().filter(a -> a >= 9).count()
                              - answers.stream().filter(a -> a <= 6).count())
                          / answers.size();
              direct.score().ifPresent(s -> assertThat(s).isCloseTo(expected, within(1e-9)));
            });
  }
}
