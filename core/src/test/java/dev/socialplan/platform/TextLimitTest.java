package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TextLimitTest {
  private static final TextLimit BLUESKY_GRAPHEMES = TextLimit.body(300, TextCounting.GRAPHEME_CLUSTERS);
  private static final TextLimit YOUTUBE_TITLE = TextLimit.title(100, TextCounting.UTF16_CODE_UNITS);

  @Test
  void keepsItsParts() {
    assertThat(BLUESKY_GRAPHEMES.field()).isEqualTo(TextField.BODY);
    assertThat(BLUESKY_GRAPHEMES.maxLength()).isEqualTo(300);
    assertThat(BLUESKY_GRAPHEMES.counting()).isEqualTo(TextCounting.GRAPHEME_CLUSTERS);
    assertThat(YOUTUBE_TITLE.field()).isEqualTo(TextField.TITLE);
    assertThat(YOUTUBE_TITLE).hasToString("TITLE <= 100 UTF16_CODE_UNITS");
  }

  @Test
  void checksTextTheWayItCounts() {
    // 300 family emoji: 300 grapheme clusters, 3,300 UTF-16 units.
    String families = "👩‍👩‍👧‍👦".repeat(300);
    assertThat(BLUESKY_GRAPHEMES.check(families).fits()).isTrue();
    assertThat(BLUESKY_GRAPHEMES.check(families + "!").overBy()).isEqualTo(1);
    assertThat(YOUTUBE_TITLE.check("👍".repeat(51)).overBy()).isEqualTo(2);
  }

  @Test
  void refusesImpossibleParts() {
    assertThatThrownBy(() -> TextLimit.body(-1, TextCounting.CODE_POINTS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxLength must not be negative: -1");
    assertThatThrownBy(() -> new TextLimit(null, 1, TextCounting.CODE_POINTS))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("field must not be null");
    assertThatThrownBy(() -> TextLimit.title(1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("counting must not be null");
  }
}
