package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ShortVideoProgrammeTest {
  private static final ShortVideoProgramme ROUTINES =
      ShortVideoProgramme.builder()
          .name("5-minute routines")
          .addPlatforms(Platform.TIKTOK, Platform.INSTAGRAM, Platform.YOUTUBE)
          .postsPerWeek(4)
          .repurposed(true)
          .trendNiche("5-minute skincare for busy mums")
          .videoLength(Duration.ofSeconds(45))
          .build();

  @Test
  void keepsItsParts() {
    assertThat(ROUTINES.platforms())
        .containsExactly(Platform.TIKTOK, Platform.INSTAGRAM, Platform.YOUTUBE);
    assertThat(ROUTINES.postsPerWeek()).isEqualTo(4);
    assertThat(ROUTINES.repurposed()).isTrue();
    assertThat(ROUTINES.trendNiche()).contains("5-minute skincare for busy mums");
    assertThat(ROUTINES.videoLength()).contains(Duration.ofSeconds(45));
    assertThat(ROUTINES.kind()).isEqualTo(TacticKind.SHORT_VIDEO);
  }

  @Test
  void notRepurposedUnlessSaid() {
    ShortVideoProgramme tiktokOnly = ShortVideoProgramme.of("TikTok", 7, Platform.TIKTOK);
    assertThat(tiktokOnly.repurposed()).isFalse();
    assertThat(tiktokOnly.trendNiche()).isEmpty();
    assertThat(tiktokOnly.videoLength()).isEmpty();
  }

  @Test
  void equalByValue() {
    ShortVideoProgramme same = ShortVideoProgramme.builder().from(ROUTINES).build();
    assertThat(same).isEqualTo(ROUTINES).hasSameHashCodeAs(ROUTINES);
    assertThat(same.toString()).contains("5-minute routines", "PT45S");
  }

  @Test
  void refusesImpossibleValues() {
    assertThatThrownBy(() -> ShortVideoProgramme.of("x", -1, Platform.TIKTOK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postsPerWeek must not be negative: -1");
    assertThatThrownBy(
            () -> ShortVideoProgramme.builder().from(ROUTINES).videoLength(Duration.ZERO).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("videoLength must be positive: PT0S");
    assertThatThrownBy(() -> ShortVideoProgramme.builder().from(ROUTINES).trendNiche("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("trendNiche must not be blank: \"\"");
  }
}
