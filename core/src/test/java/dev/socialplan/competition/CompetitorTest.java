package dev.socialplan.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import org.junit.jupiter.api.Test;

class CompetitorTest {
  private static final SocialPresence INSTAGRAM =
      SocialPresence.builder()
          .handle(Handle.of(Platform.INSTAGRAM, "rivaltea"))
          .followers(25_000)
          .postsPerWeek(5)
          .engagementRate(Ratio.of(1_000, 25_000))
          .build();
  private static final SocialPresence INSTAGRAM_SUPPORT =
      SocialPresence.builder()
          .handle(Handle.of(Platform.INSTAGRAM, "rivaltea_help"))
          .followers(1_200)
          .build();
  private static final SocialPresence TIKTOK =
      SocialPresence.of(Handle.of(Platform.TIKTOK, "rivaltea"));
  private static final Swot SWOT =
      Swot.builder().addStrength("viral TikTok series").addWeakness("slow replies").build();
  private static final Competitor RIVAL =
      Competitor.builder()
          .name("Rival Tea Co.")
          .addPresences(INSTAGRAM, TIKTOK, INSTAGRAM_SUPPORT)
          .notes("Runs Facebook ads every weekend (Ad Library)")
          .swot(SWOT)
          .build();

  @Test
  void keepsItsParts() {
    assertThat(RIVAL.name()).isEqualTo("Rival Tea Co.");
    assertThat(RIVAL.presences()).containsExactly(INSTAGRAM, TIKTOK, INSTAGRAM_SUPPORT);
    assertThat(RIVAL.notes()).contains("Runs Facebook ads every weekend (Ad Library)");
    assertThat(RIVAL.swot()).contains(SWOT);
  }

  @Test
  void handlesAndPlatforms() {
    assertThat(RIVAL.handles())
        .containsExactly(
            Handle.of(Platform.INSTAGRAM, "rivaltea"),
            Handle.of(Platform.TIKTOK, "rivaltea"),
            Handle.of(Platform.INSTAGRAM, "rivaltea_help"));
    assertThat(RIVAL.platforms()).containsExactly(Platform.INSTAGRAM, Platform.TIKTOK);
    assertThat(RIVAL.presencesOn(Platform.INSTAGRAM)).containsExactly(INSTAGRAM, INSTAGRAM_SUPPORT);
    assertThat(RIVAL.presencesOn(Platform.X)).isEmpty();
  }

  @Test
  void totalFollowersAddsWhatIsKnown() {
    assertThat(RIVAL.totalFollowers()).hasValue(26_200);
    assertThat(Competitor.of("New").totalFollowers()).isEmpty();
    assertThat(Competitor.builder().name("Quiet").addPresence(TIKTOK).build().totalFollowers())
        .isEmpty();
  }

  @Test
  void totalFollowersRefusesToOverflow() {
    SocialPresence huge =
        SocialPresence.builder()
            .handle(Handle.of(Platform.X, "a"))
            .followers(Long.MAX_VALUE)
            .build();
    Competitor twice = Competitor.builder().name("Huge").addPresences(huge, huge).build();
    assertThatThrownBy(twice::totalFollowers).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void swotCanBeAddedLater() {
    Competitor bare = Competitor.of("Rival Tea Co.");
    assertThat(bare.swot()).isEmpty();
    assertThat(bare.withSwot(SWOT).swot()).contains(SWOT);
  }

  @Test
  void refusesBlankNameOrNotes() {
    assertThatThrownBy(() -> Competitor.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> Competitor.builder().name("x").notes("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("notes must not be blank: \"\"");
  }

  @Test
  void equalByValue() {
    Competitor copy = Competitor.builder().from(RIVAL).build();
    assertThat(copy).isEqualTo(RIVAL).hasSameHashCodeAs(RIVAL);
    assertThat(copy).isNotEqualTo(Competitor.of("Rival Tea Co."));
    assertThat(RIVAL.toString()).contains("Rival Tea Co.");
  }
}
