package dev.socialplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import org.junit.jupiter.api.Test;

class PlatformChoiceTest {
  private static final PlatformChoice REELS =
      PlatformChoice.of(Platform.INSTAGRAM, "our personas watch Reels in the evening");

  @Test
  void keepsPlatformAndReason() {
    assertThat(REELS.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(REELS.reason()).isEqualTo("our personas watch Reels in the evening");
    assertThat(REELS)
        .isEqualTo(new PlatformChoice(Platform.INSTAGRAM, "our personas watch Reels in the evening"));
  }

  @Test
  void refusesBlankReasonAndMissingPlatform() {
    assertThatThrownBy(() -> PlatformChoice.of(Platform.X, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("reason must not be blank: \"\"");
    assertThatThrownBy(() -> PlatformChoice.of(null, "why"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("platform must not be null");
  }
}
