package dev.socialplan.analytics.timing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FallbackReasonTest {
  @Test
  void fourReasons() {
    assertThat(FallbackReason.values())
        .containsExactly(
            FallbackReason.NO_POSTS,
            FallbackReason.TOO_FEW_POSTS,
            FallbackReason.TOO_FEW_BUCKETS,
            FallbackReason.MEDIAN_ENGAGEMENT_ZERO);
  }
}
