package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import org.junit.jupiter.api.Test;

class KeywordSetTest {
  private static final KeywordSet INSTAGRAM =
      KeywordSet.of(Platform.INSTAGRAM, "#skincareroutine", "single mom life", "#skincareroutine");

  @Test
  void keepsPlatformAndDistinctKeywordsInOrder() {
    assertThat(INSTAGRAM.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(INSTAGRAM.keywords()).containsExactly("#skincareroutine", "single mom life");
  }

  @Test
  void equalByValue() {
    KeywordSet same =
        KeywordSet.builder()
            .platform(Platform.INSTAGRAM)
            .addKeywords("#skincareroutine", "single mom life")
            .build();
    assertThat(same).isEqualTo(INSTAGRAM).hasSameHashCodeAs(INSTAGRAM);
    assertThat(KeywordSet.of(Platform.INSTAGRAM, "#skincareroutine", "single mom life"))
        .isEqualTo(same);
    assertThat(same).isNotEqualTo(KeywordSet.of(Platform.TIKTOK, "#skincareroutine", "single mom life"));
  }

  @Test
  void refusesBlankKeywords() {
    assertThatThrownBy(() -> KeywordSet.of(Platform.X, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keywords[0] must not be blank: \" \"");
    assertThatThrownBy(() -> KeywordSet.of(Platform.X, "#ok", "also ok", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keywords[2] must not be blank: \"\"");
  }
}
