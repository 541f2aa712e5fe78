package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.goal.Objective;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.Strength;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link PlatformRanking#of} and {@link PlatformScore#of}: rankings from their state. */
class PlatformRankingStateTest {

  private static final RecommendationRequest REQUEST =
      RecommendationRequest.builder()
          .audience(
              Audience.of(
                  Persona.builder()
                      .name("Single mothers in their 20s")
                      .ageRange(AgeRange.of(20, 29))
                      .genderMix(GenderMix.allWomen())
                      .build()))
          .objectives(List.of(Objective.AUDIENCE_GROWTH, Objective.ENGAGEMENT))
          .referenceDate(LocalDate.of(2026, 3, 1))
          .build();
  private static final PlatformRanking RANKING = PlatformRecommender.standard().recommend(REQUEST);

  private static PlatformScore copy(PlatformScore s) {
    return PlatformScore.of(s.platform(), s.rank(), s.reachEstimate(), s.survey(), s.priorities(),
        s.matchedStrengths(), s.fitFloor(), s.minimumReach(), s.relativeCutoff(), s.bestScore(),
        s.best());
  }

  @Test
  void aRankingIsWhatTheFactoriesBuildFromItsState() {
    List<PlatformScore> scores = RANKING.scores().stream().map(PlatformRankingStateTest::copy).toList();
    PlatformRanking rebuilt = PlatformRanking.of(REQUEST, scores);
    assertThat(rebuilt).isEqualTo(RANKING).hasSameHashCodeAs(RANKING);
    for (int i = 0; i < scores.size(); i++) {
      PlatformScore s = scores.get(i);
      assertThat(s.explain(java.util.Locale.TAIWAN))
          .isEqualTo(RANKING.scores().get(i).explain(java.util.Locale.TAIWAN));
      assertThat(s.best()).isEqualTo(RANKING.scores().get(0).platform());
      assertThat(s.bestScore()).isEqualTo(RANKING.scores().get(0).score());
      assertThat(s.survey().isPresent()).isEqualTo(s.reach().isPresent());
    }
    assertThat(PlatformRanking.of(REQUEST, List.of()).scores()).isEmpty();
  }

  @Test
  void aScoreRefusesAStateTheRecommenderCannotCompute() {
    PlatformScore first = RANKING.scores().get(0);
    PlatformScore second = RANKING.scores().get(1);
    assertThatThrownBy(() -> PlatformScore.of(second.platform(), 0, second.reachEstimate(),
            second.survey(), second.priorities(), second.matchedStrengths(), 0.2, 0.1, 0.5,
            first.score(), first.platform()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rank");
    assertThatThrownBy(() -> PlatformScore.of(second.platform(), 2, first.reachEstimate(),
            second.survey(), second.priorities(), second.matchedStrengths(), 0.2, 0.1, 0.5,
            first.score(), first.platform()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reachEstimate must be of the platform ");
    assertThatThrownBy(() -> PlatformScore.of(second.platform(), 2, second.reachEstimate(),
            Optional.empty(), second.priorities(), second.matchedStrengths(), 0.2, 0.1, 0.5,
            first.score(), first.platform()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("survey must be present exactly when there is reach: absent");
    EnumSet<Strength> unasked = EnumSet.allOf(Strength.class);
    second.priorities().forEach(p -> unasked.remove(p.strength()));
    if (!unasked.isEmpty()) {
      assertThatThrownBy(() -> PlatformScore.of(second.platform(), 2, second.reachEstimate(),
              second.survey(), second.priorities(), unasked, 0.2, 0.1, 0.5, first.score(),
              first.platform()))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("matchedStrengths must be among the priorities' strengths");
    }
    assertThatThrownBy(() -> PlatformScore.of(first.platform(), 1, first.reachEstimate(),
            first.survey(), first.priorities(), first.matchedStrengths(), 0.2, 0.1, 0.5,
            first.score() / 2, first.platform()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("bestScore must not be below the score ");
    assertThatThrownBy(() -> PlatformScore.of(second.platform(), 2, second.reachEstimate(),
            second.survey(), second.priorities(), second.matchedStrengths(), 0.2, 0.1, 0.5,
            first.score(), second.platform()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("best must be the platform exactly when the rank is 1: rank 2, best "
            + second.platform());
    assertThatThrownBy(() -> PlatformScore.of(second.platform(), 2, second.reachEstimate(),
            second.survey(), second.priorities(), second.matchedStrengths(), 1.5, 0.1, 0.5,
            first.score(), first.platform()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fitFloor must be between 0 and 1: 1.5");
  }

  @Test
  void aRankingRefusesScoresOutOfOrderOrScoredApart() {
    List<PlatformScore> scores = RANKING.scores();
    List<PlatformScore> swapped = new ArrayList<>(scores);
    swapped.set(0, scores.get(1));
    swapped.set(1, scores.get(0));
    assertThatThrownBy(() -> PlatformRanking.of(REQUEST, swapped))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores[0].rank must be 1: 2");
    List<PlatformScore> repeated = new ArrayList<>(scores);
    repeated.set(1, scores.get(0));
    assertThatThrownBy(() -> PlatformRanking.of(REQUEST, repeated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("scores[1] repeats the platform " + scores.get(0).platform());
    PlatformScore second = scores.get(1);
    PlatformScore looser = PlatformScore.of(second.platform(), 2, second.reachEstimate(),
        second.survey(), second.priorities(), second.matchedStrengths(), second.fitFloor(),
        second.minimumReach() / 2, second.relativeCutoff(), second.bestScore(), second.best());
    List<PlatformScore> mixed = new ArrayList<>(scores);
    mixed.set(1, looser);
    assertThatThrownBy(() -> PlatformRanking.of(REQUEST, mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("scores[1] must be scored with the first platform's priorities,"
            + " settings and best score: ");
  }
}
