package dev.socialplan.tactic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UgcProgrammeTest {
  private static final UgcRepost PERMITTED =
      UgcRepost.of("@mia.mornings", Platform.INSTAGRAM)
          .withPermission(CreatorPermission.grantedAt(Instant.parse("2027-02-03T10:15:00Z")));
  private static final UgcRepost NOT_ASKED = UgcRepost.of("@lin.skin", Platform.FACEBOOK);
  private static final UgcProgramme MY_GLOW_MORNING =
      UgcProgramme.builder()
          .name("My glow morning")
          .hashtag("#MyGlowMorning")
          .addCollectingOn(Platform.INSTAGRAM, Platform.TIKTOK)
          .addReposts(PERMITTED, NOT_ASKED)
          .build();

  @Test
  void findsRepostsWithoutPermission() {
    assertThat(MY_GLOW_MORNING.repostsWithoutPermission()).containsExactly(NOT_ASKED);
  }

  @Test
  void usesTheCollectingAndRepostingPlatforms() {
    assertThat(MY_GLOW_MORNING.platforms())
        .containsExactly(Platform.INSTAGRAM, Platform.TIKTOK, Platform.FACEBOOK);
    assertThat(MY_GLOW_MORNING.kind()).isEqualTo(TacticKind.USER_GENERATED_CONTENT);
    assertThat(MY_GLOW_MORNING.hashtag()).contains("#MyGlowMorning");
  }

  @Test
  void equalByValue() {
    UgcProgramme same = UgcProgramme.builder().from(MY_GLOW_MORNING).build();
    assertThat(same).isEqualTo(MY_GLOW_MORNING).hasSameHashCodeAs(MY_GLOW_MORNING);
    assertThat(same.toString()).contains("#MyGlowMorning", "@lin.skin");
  }

  @Test
  void refusesBlankHashtag() {
    assertThatThrownBy(() -> UgcProgramme.builder().name("x").hashtag("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("hashtag must not be blank: \"\"");
  }
}
