package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.platform.Platform;
import dev.socialplan.tactic.CommunityProgramme;
import dev.socialplan.tactic.ShortVideoProgramme;
import dev.socialplan.tactic.TacticKind;
import org.junit.jupiter.api.Test;

class ContentStrategyTest {
  private static final ContentPillar ROUTINES =
      ContentPillar.of("five-minute routines", "#FF8A65", "quick skincare");
  private static final ContentPillar REAL_MUMS =
      ContentPillar.of("real mums", "#4DB6AC", "single mom life");
  private static final ShortVideoProgramme TIKTOK =
      ShortVideoProgramme.of("TikTok routines", 5, Platform.TIKTOK);
  private static final ShortVideoProgramme LAUNCH_VIDEOS =
      ShortVideoProgramme.of("launch Reels", 3, Platform.INSTAGRAM);
  private static final CommunityProgramme MUMS_CLUB =
      CommunityProgramme.of("Busy mums club", Platform.FACEBOOK);
  private static final ContentStrategy STRATEGY =
      ContentStrategy.builder()
          .addPillars(ROUTINES, REAL_MUMS)
          .addKeywordSets(
              KeywordSet.of(Platform.INSTAGRAM, "#skincareroutine"),
              KeywordSet.of(Platform.TIKTOK, "#momtok"),
              KeywordSet.of(Platform.INSTAGRAM, "#selfcare", "#skincareroutine"))
          .platformAdaptation(PlatformAdaptation.ADAPTED_PER_PLATFORM)
          .addTactics(TIKTOK, MUMS_CLUB, LAUNCH_VIDEOS)
          .build();

  @Test
  void defaultsToTheEightyTwentyMixAndUndecidedAdaptation() {
    ContentStrategy empty = ContentStrategy.empty();
    assertThat(empty.mix()).isSameAs(ContentMix.EIGHTY_TWENTY);
    assertThat(empty.platformAdaptation()).isEqualTo(PlatformAdaptation.UNDECIDED);
    assertThat(empty.pillars()).isEmpty();
    assertThat(empty.keywordSets()).isEmpty();
    assertThat(empty.tactics()).isEmpty();
  }

  @Test
  void holdsTacticsInOrderAndByKind() {
    assertThat(STRATEGY.tactics()).containsExactly(TIKTOK, MUMS_CLUB, LAUNCH_VIDEOS);
    assertThat(STRATEGY.tactics(TacticKind.SHORT_VIDEO)).containsExactly(TIKTOK, LAUNCH_VIDEOS);
    assertThat(STRATEGY.tactics(TacticKind.LIVE_STREAM)).isEmpty();
  }

  @Test
  void findsPillarsByName() {
    assertThat(STRATEGY.pillar("real mums")).contains(REAL_MUMS);
    assertThat(STRATEGY.pillar("recipes")).isEmpty();
  }

  @Test
  void gathersKeywordsPerPlatform() {
    assertThat(STRATEGY.keywordsFor(Platform.INSTAGRAM))
        .containsExactly("#skincareroutine", "#selfcare");
    assertThat(STRATEGY.keywordsFor(Platform.X)).isEmpty();
  }

  @Test
  void replacesTheMix() {
    ContentStrategy thirds = STRATEGY.withMix(ContentMix.RULE_OF_THIRDS);
    assertThat(thirds.mix()).isEqualTo(ContentMix.RULE_OF_THIRDS);
    assertThat(thirds.pillars()).isEqualTo(STRATEGY.pillars());
    assertThat(thirds).isNotEqualTo(STRATEGY);
  }

  @Test
  void equalByValue() {
    ContentStrategy same =
        ContentStrategy.builder()
            .from(STRATEGY)
            .build();
    assertThat(same).isEqualTo(STRATEGY).hasSameHashCodeAs(STRATEGY);
    assertThat(same.toString()).contains("five-minute routines", "ADAPTED_PER_PLATFORM");
  }
}
