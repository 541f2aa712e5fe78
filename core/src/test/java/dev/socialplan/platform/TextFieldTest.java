package dev.socialplan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextFieldTest {
  @Test
  void youtubeLimitsTitleAndDescriptionSeparately() {
    FormatLimits youtube =
        PlatformCatalog.standard().profile(Platform.YOUTUBE).orElseThrow()
            .limits(PostFormat.LONG_VIDEO).orElseThrow();
    assertThat(youtube.textLimits(TextField.TITLE))
        .containsExactly(TextLimit.title(100, TextCounting.UTF16_CODE_UNITS));
    assertThat(youtube.textLimits(TextField.BODY))
        .containsExactly(TextLimit.body(5_000, TextCounting.UTF16_CODE_UNITS));
  }
}
