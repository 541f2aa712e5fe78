package dev.socialplan.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlatformAdaptationTest {

  @Test
  void undecidedComesFirst() {
    assertThat(PlatformAdaptation.values())
        .containsExactly(
            PlatformAdaptation.UNDECIDED,
            PlatformAdaptation.ADAPTED_PER_PLATFORM,
            PlatformAdaptation.SAME_ON_EVERY_PLATFORM);
  }
}
