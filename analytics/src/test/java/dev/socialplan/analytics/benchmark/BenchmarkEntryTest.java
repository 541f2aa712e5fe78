package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.competition.Competitor;
import dev.socialplan.competition.Handle;
import dev.socialplan.competition.SocialPresence;
import dev.socialplan.platform.Platform;
import org.junit.jupiter.api.Test;

class BenchmarkEntryTest {
  @Test
  void unknownFiguresStayUnknown() {
    BenchmarkEntry glow = BenchmarkEntry.builder().name("Glow").mentions(50).build();
    assertThat(glow.mentions()).hasValue(50);
    assertThat(glow.engagements()).isEmpty();
    assertThat(glow.posts()).isEmpty();
    assertThat(glow.followersAtStart()).isEmpty();
    assertThat(glow.followersAtEnd()).isEmpty();
  }

  @Test
  void refusesNegativeCountsAndBlankNames() {
    assertThatThrownBy(() -> BenchmarkEntry.builder().name("Glow").posts(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("posts must not be negative: -1");
    assertThatThrownBy(() -> BenchmarkEntry.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
  }

  @Test
  void startsFromAPlanCompetitor() {
    Competitor lumi =
        Competitor.builder()
            .name("Lumi")
            .addPresence(
                SocialPresence.builder().handle(Handle.of(Platform.INSTAGRAM, "lumi")).followers(40_000).build())
            .addPresence(
                SocialPresence.builder().handle(Handle.of(Platform.TIKTOK, "lumi")).followers(12_000).build())
            .build();
    BenchmarkEntry entry = BenchmarkEntry.from(lumi);
    assertThat(entry.name()).isEqualTo("Lumi");
    assertThat(entry.followersAtEnd()).hasValue(52_000);
    assertThat(entry.mentions()).isEmpty();
    assertThat(BenchmarkEntry.builder().from(entry).mentions(100).build().mentions()).hasValue(100);
  }

  @Test
  void aPartlyKnownAudienceIsUnknown() {
    Competitor partly =
        Competitor.builder()
            .name("Petal")
            .addPresence(
                SocialPresence.builder().handle(Handle.of(Platform.INSTAGRAM, "petal")).followers(5_000).build())
            .addPresence(SocialPresence.of(Handle.of(Platform.X, "petal")))
            .build();
    assertThat(BenchmarkEntry.from(partly).followersAtEnd()).isEmpty();
    assertThat(BenchmarkEntry.from(Competitor.of("Aura")).followersAtEnd()).isEmpty();
  }
}
