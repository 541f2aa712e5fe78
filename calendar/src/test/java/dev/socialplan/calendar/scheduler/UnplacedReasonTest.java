package dev.socialplan.calendar.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnplacedReasonTest {
  @Test
  void everyReasonIsDescribed() {
    for (UnplacedReason reason : UnplacedReason.values()) {
      assertThat(reason.description()).isNotBlank();
    }
    assertThat(UnplacedReason.NO_FREE_SLOT.description()).contains("spacing");
    assertThat(UnplacedReason.MIX_OFF_TARGET.description()).contains("mix");
  }
}
