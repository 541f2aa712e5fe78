package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.content.ContentStrategy;
import dev.socialplan.testkit.generators.TacticGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

class TacticPropertiesTest {

  @Test
  void everyTacticHasANameAKindMatchingItsTypeAndPlatforms() {
    qt().forAll(TacticGenerators.tactics())
        .checkAssert(
            t -> {
              assertThat(t.name()).isNotBlank();
              assertThat(t.platforms()).doesNotContainNull();
              assertThat(t.getClass().getSuperclass().getSimpleName())
                  .isEqualTo(
                      switch (t.kind()) {
                        case SHORT_VIDEO -> "ShortVideoProgramme";
                        case COMMUNITY -> "CommunityProgramme";
                        case INFLUENCER -> "InfluencerCampaign";
                        case LIVE_STREAM -> "LiveStream";
                        case USER_GENERATED_CONTENT -> "UgcProgramme";
                        case SOCIAL_COMMERCE -> "SocialCommerce";
                        case AR_EFFECT -> "ArEffect";
                        case PURPOSE_DRIVEN -> "PurposeDrivenCampaign";
                      });
              t.allocationId().ifPresent(id -> assertThat(id).isNotBlank());
            });
  }

  @Test
  void aStrategyFindsItsTacticsByKind() {
    qt().forAll(TacticGenerators.tactics(), TacticGenerators.tactics(), TacticGenerators.tactics())
        .checkAssert(
            (a, b, c) -> {
              ContentStrategy s = ContentStrategy.builder().addTactics(a, b, c).build();
              for (TacticKind kind : TacticKind.values()) {
                assertThat(s.tactics(kind))
                    .containsExactlyElementsOf(
                        List.of(a, b, c).stream().filter(t -> t.kind() == kind).toList());
              }
            });
  }

  @Test
  void liveStreamLeadIsTheGapBetweenAnnouncementAndStart() {
    qt().forAll(TacticGenerators.liveStreams())
        .checkAssert(
            live -> {
              assertThat(live.end().toInstant())
                  .isEqualTo(live.start().toInstant().plus(live.duration()));
              live.announcedAt()
                  .ifPresent(
                      a ->
                          assertThat(a.toInstant().plus(live.announcementLead().orElseThrow()))
                              .isEqualTo(live.start().toInstant()));
              assertThat(live.isAnnouncedInAdvance())
                  .isEqualTo(
                      live.announcedAt().map(a -> a.isBefore(live.start())).orElse(false));
            });
  }

  @Test
  void ugcRepostsWithoutPermissionAreExactlyTheUnpermittedOnes() {
    qt().forAll(TacticGenerators.ugcProgrammes())
        .checkAssert(
            ugc ->
                assertThat(ugc.repostsWithoutPermission())
                    .containsExactlyElementsOf(
                        ugc.reposts().stream().filter(r -> r.permission().isEmpty()).toList()));
  }
}
