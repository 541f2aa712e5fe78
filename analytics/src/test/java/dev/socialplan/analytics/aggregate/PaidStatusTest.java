package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PaidStatusTest {
  @Test
  void flagsMapToPaidOrOrganicAndUnknownStaysSeparate() {
    assertThat(PaidStatus.of(true)).isEqualTo(PaidStatus.PAID);
    assertThat(PaidStatus.of(false)).isEqualTo(PaidStatus.ORGANIC);
    assertThat(PaidStatus.values())
        .containsExactly(PaidStatus.ORGANIC, PaidStatus.PAID, PaidStatus.UNKNOWN);
  }
}
