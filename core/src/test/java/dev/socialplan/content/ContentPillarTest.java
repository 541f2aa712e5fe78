package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ContentPillarTest {
  private static final ContentPillar QUICK_ROUTINES =
      ContentPillar.of("five-minute routines", "#ff8a65", "quick skincare", "busy mums", "morning routine");

  @Test
  void keepsNameKeywordsAndANormalisedColour() {
    assertThat(QUICK_ROUTINES.name()).isEqualTo("five-minute routines");
    assertThat(QUICK_ROUTINES.colour()).isEqualTo("#FF8A65");
    assertThat(QUICK_ROUTINES.rgb()).isEqualTo(0xFF8A65);
    assertThat(QUICK_ROUTINES.keywords()).containsExactly("quick skincare", "busy mums", "morning routine");
  }

  @Test
  void expandsShorthandColours() {
    assertThat(QUICK_ROUTINES.withColour("fa0").colour()).isEqualTo("#FFAA00");
    assertThat(QUICK_ROUTINES.withColour("#0A0B0C").colour()).isEqualTo("#0A0B0C");
  }

  @Test
  void equalByValue() {
    ContentPillar same =
        ContentPillar.builder()
            .name("five-minute routines")
            .colour("#FF8A65")
            .addKeywords("quick skincare", "busy mums", "morning routine")
            .build();
    assertThat(same).isEqualTo(QUICK_ROUTINES).hasSameHashCodeAs(QUICK_ROUTINES);
    assertThat(
            ContentPillar.of(
                "five-minute routines",
                "#FF8A65",
                "quick skincare",
                "busy mums",
                "morning routine"))
        .isEqualTo(same);
    assertThat(same.toString()).contains("five-minute routines", "#FF8A65");
  }

  @Test
  void refusesMalformedColoursAndBlankWords() {
    assertThatThrownBy(() -> QUICK_ROUTINES.withColour("#12345G"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("colour must be hex RGB such as #1A2B3C: \"#12345G\"");
    assertThatThrownBy(() -> QUICK_ROUTINES.withColour("red"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("colour must be hex RGB such as #1A2B3C: \"red\"");
    assertThatThrownBy(() -> ContentPillar.of(" ", "#000000"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
    assertThatThrownBy(() -> ContentPillar.of("tips", "#000000", "ok", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keywords[1] must not be blank: \"\"");
  }
}
