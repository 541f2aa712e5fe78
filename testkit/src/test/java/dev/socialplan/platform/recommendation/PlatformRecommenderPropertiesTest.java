package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.platform.PlatformProfile;
import dev.socialplan.platform.Strength;
import dev.socialplan.testkit.generators.PlatformGenerators;
import dev.socialplan.testkit.generators.RecommendationGenerators;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlatformRecommenderPropertiesTest {

  @Test
  void everyCatalogPlatformOnceWithAFiniteScoreBetweenZeroAndOne() {
    qt().forAll(RecommendationGenerators.recommenders(), RecommendationGenerators.requests())
        .checkAssert(
            (recommender, request) -> {
              PlatformRanking ranking = recommender.recommend(request);
              assertThat(ranking.platforms())
                  .containsExactlyInAnyOrderElementsOf(recommender.catalog().platforms());
              for (int i = 0; i < ranking.scores().size(); i++) {
                PlatformScore s = ranking.scores().get(i);
                assertThat(s.rank()).isEqualTo(i + 1);
                assertThat(s.score()).isFinite().isBetween(0.0, 1.0);
                assertThat(s.fit()).isFinite().isBetween(0.0, 1.0);
                s.reach().ifPresent(r -> assertThat(r.valueOr(-1)).isBetween(0.0, 1.0));
                if (i > 0) {
                  PlatformScore previous = ranking.scores().get(i - 1);
                  assertThat(previous.score()).isGreaterThanOrEqualTo(s.score());
                  if (previous.score() == s.score()) {
                    assertThat(previous.platform().id()).isLessThan(s.platform().id());
                  }
                }
              }
            });
  }

  @Test
  void prioritiesAddUpToOneOrAreAbsent() {
    qt().forAll(RecommendationGenerators.recommenders(), RecommendationGenerators.requests())
        .checkAssert(
            (recommender, request) -> {
              List<Priority> priorities = recommender.priorities(request);
              if (!priorities.isEmpty()) {
                assertThat(priorities.stream().mapToDouble(Priority::weight).sum())
                    .isCloseTo(1.0, within(1e-9));
              }
              for (Priority p : priorities) {
                assertThat(p.reasons().stream().mapToDouble(PriorityReason::weight).sum())
                    .isCloseTo(p.weight(), within(1e-9));
              }
            });
  }

  @Test
  void theScoreFollowsTheFormula() {
    qt().forAll(RecommendationGenerators.recommenders(), RecommendationGenerators.requests())
        .checkAssert(
            (recommender, request) -> {
              for (PlatformScore s : recommender.recommend(request).scores()) {
                double reach = s.reach().map(r -> r.valueOr(0)).orElse(0.0);
                double floor = recommender.fitFloor();
                assertThat(s.score())
                    .isCloseTo(Math.min(1, reach * (floor + (1 - floor) * s.fit())), within(1e-12));
                assertThat(s.verdict() == PlatformVerdict.NO_REACH_DATA).isEqualTo(s.reach().isEmpty());
              }
            });
  }

  @Test
  void explanationsNeverFailAndNeverLeaveAKeyUnresolved() {
    qt().withExamples(200)
        .forAll(RecommendationGenerators.recommenders(), RecommendationGenerators.requests())
        .checkAssert(
            (recommender, request) -> {
              for (PlatformScore s : recommender.recommend(request).scores()) {
                for (Locale locale : List.of(Locale.ENGLISH, Locale.TAIWAN)) {
                  String text = s.explain(locale);
                  assertThat(text).isNotBlank().doesNotContain("reason.").doesNotContain("strength.");
                }
              }
            });
  }

  @Test
  void gainingAPrioritisedStrengthNeverLowersAPlatformsScore() {
    qt().withExamples(200)
        .forAll(
            RecommendationGenerators.recommenders(),
            RecommendationGenerators.requests(),
            PlatformGenerators.strengths())
        .checkAssert(
            (recommender, request, strength) -> {
              for (PlatformProfile profile : recommender.catalog().profiles()) {
                List<Strength> more = new ArrayList<>(profile.strengths());
                more.add(strength);
                PlatformProfile stronger = profile.withStrengths(EnumSet.copyOf(more));
                double before =
                    recommender.recommend(request).score(profile.platform()).orElseThrow().score();
                double after =
                    recommender
                        .withCatalog(recommender.catalog().with(stronger))
                        .recommend(request)
                        .score(profile.platform())
                        .orElseThrow()
                        .score();
                assertThat(after).isGreaterThanOrEqualTo(before - 1e-12);
              }
            });
  }

  @Test
  void theAudienceReachIsTheWeightedSumOfThePersonasReach() {
    qt().forAll(
            RecommendationGenerators.requests(6),
            PlatformGenerators.profiles())
        .checkAssert(
            (request, profile) -> {
              AudienceReachEstimate e = AudienceReachEstimate.of(request.audience(), profile);
              assertThat(e.reach().isPresent()).isEqualTo(profile.reach().isPresent());
              if (e.reach().isPresent() && !e.personas().isEmpty()) {
                double sum = 0;
                double weights = 0;
                for (PersonaReach p : e.personas()) {
                  assertThat(p.reach().valueOr(-1)).isBetween(0.0, 1.0);
                  sum += p.weight() * p.reach().valueOr(0);
                  weights += p.weight();
                }
                assertThat(weights).isCloseTo(1.0, within(1e-9));
                assertThat(e.reach().get().valueOr(-1)).isCloseTo(Math.min(1, sum), within(1e-12));
              }
            });
  }
}
