package dev.socialplan.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import org.junit.jupiter.api.Test;

class HandleTest {
  private static final Handle GLOW = Handle.of(Platform.INSTAGRAM, "glowcosmetics");

  @Test
  void keepsPlatformAndName() {
    assertThat(GLOW.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(GLOW.name()).isEqualTo("glowcosmetics");
    assertThat(GLOW).hasToString("@glowcosmetics on Instagram");
  }

  @Test
  void leadingAtAndSurroundingSpaceAreRemoved() {
    assertThat(Handle.of(Platform.INSTAGRAM, " @glowcosmetics ")).isEqualTo(GLOW);
    assertThat(Handle.of(Platform.X, "@@double").name()).isEqualTo("@double");
  }

  @Test
  void sameNameOnAnotherPlatformIsAnotherHandle() {
    assertThat(Handle.of(Platform.TIKTOK, "glowcosmetics")).isNotEqualTo(GLOW);
    assertThat(Handle.of(Platform.INSTAGRAM, "GlowCosmetics")).isNotEqualTo(GLOW);
  }

  @Test
  void unicodeNamesAreAccepted() {
    assertThat(Handle.of(Platform.of("xiaohongshu"), "小紅書官方").name()).isEqualTo("小紅書官方");
  }

  @Test
  void refusesBlankOrSpacedNames() {
    assertThatThrownBy(() -> Handle.of(Platform.X, " @ "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" @ \"");
    assertThatThrownBy(() -> Handle.of(Platform.X, "rival tea"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not contain white space: \"rival tea\"");
    assertThatThrownBy(() -> Handle.of(null, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("platform must not be null");
    assertThatThrownBy(() -> Handle.of(Platform.X, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name must not be null");
  }
}
