package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.plan.BusinessModel;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlatformRankingTest {
  private static final RecommendationRequest REQUEST =
      RecommendationRequest.of(
          Audience.of(
              Persona.builder()
                  .name("Women over 50")
                  .ageRange(AgeRange.of(50, 80))
                  .genderMix(GenderMix.allWomen())
                  .build()),
          LocalDate.of(2026, 1, 1));
  private static final PlatformRanking RANKING = PlatformRecommender.standard().recommend(REQUEST);

  @Test
  void holdsEveryPlatformOnceBestFirst() {
    assertThat(RANKING.request()).isEqualTo(REQUEST);
    assertThat(RANKING.platforms()).hasSize(14).doesNotHaveDuplicates();
    assertThat(RANKING.best().orElseThrow()).isEqualTo(RANKING.scores().get(0));
    assertThat(RANKING.platforms().get(0)).isEqualTo(Platform.YOUTUBE);
  }

  @Test
  void recommendedKeepsOnlyRecommendedScoresInOrder() {
    assertThat(RANKING.recommended())
        .extracting(PlatformScore::platform)
        .containsExactly(Platform.YOUTUBE, Platform.FACEBOOK, Platform.PINTEREST);
  }

  @Test
  void looksUpScoresAndRanks() {
    assertThat(RANKING.rank(Platform.YOUTUBE)).hasValue(1);
    assertThat(RANKING.score(Platform.SNAPCHAT).orElseThrow().verdict())
        .isEqualTo(PlatformVerdict.LOW_REACH);
    assertThat(RANKING.rank(Platform.of("xiaohongshu"))).isEmpty();
    assertThat(RANKING.score(Platform.of("xiaohongshu"))).isEmpty();
  }

  @Test
  void anEmptyCatalogGivesAnEmptyRanking() {
    PlatformRanking empty =
        PlatformRecommender.standard().withCatalog(PlatformCatalog.empty()).recommend(REQUEST);
    assertThat(empty.scores()).isEmpty();
    assertThat(empty.best()).isEmpty();
    assertThat(empty.explain(Locale.ENGLISH)).isEmpty();
  }

  @Test
  void explainsEveryScoreAndIsAValue() {
    assertThat(RANKING.explain(Locale.ENGLISH)).startsWith("YouTube: score 0.73 = reach 73%");
    assertThat(RANKING.explain(Locale.ENGLISH).split("\n\n")).hasSize(14);
    assertThat(PlatformRecommender.standard().recommend(REQUEST))
        .isEqualTo(RANKING)
        .hasSameHashCodeAs(RANKING);
    PlatformRanking strict =
        PlatformRecommender.standard().withRelativeCutoff(0.9).recommend(REQUEST);
    assertThat(RANKING).isNotEqualTo(strict).doesNotHaveSameHashCodeAs(strict);
    assertThat(RANKING.toString()).startsWith("PlatformRanking[1. YouTube");
  }

  @Test
  void equalByRequestAndScores() {
    new EqualsTester()
        .addEqualityGroup(RANKING, PlatformRecommender.standard().recommend(REQUEST))
        .addEqualityGroup(
            PlatformRecommender.standard()
                .recommend(REQUEST.withBusinessModel(BusinessModel.B2B)))
        .testEquals();
  }
}
