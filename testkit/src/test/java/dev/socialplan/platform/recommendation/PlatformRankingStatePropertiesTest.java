package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.RecommendationGenerators;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Every computed ranking is exactly what the factories build from its state. */
class PlatformRankingStatePropertiesTest {

  @Test
  void theFactoriesRebuildEveryComputedRankingFromItsState() {
    qt().withExamples(200)
        .forAll(RecommendationGenerators.requests(), RecommendationGenerators.recommenders())
        .checkAssert(
            (request, recommender) -> {
              PlatformRanking ranking = recommender.recommend(request);
              PlatformRanking back =
                  PlatformRanking.of(
                      ranking.request(),
                      ranking.scores().stream()
                          .map(
                              s ->
                                  PlatformScore.of(
                                      s.platform(),
                                      s.rank(),
                                      s.reachEstimate(),
                                      s.survey(),
                                      s.priorities(),
                                      s.matchedStrengths(),
                                      s.fitFloor(),
                                      s.minimumReach(),
                                      s.relativeCutoff(),
                                      s.bestScore(),
                                      s.best()))
                          .toList());
              assertThat(back).isEqualTo(ranking).hasSameHashCodeAs(ranking);
              assertThat(back.explain(Locale.TAIWAN)).isEqualTo(ranking.explain(Locale.TAIWAN));
            });
  }
}
