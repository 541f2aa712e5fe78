package dev.socialplan.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MixScopeTest {
  @Test
  void twoScopesInOrder() {
    assertThat(MixScope.values()).containsExactly(MixScope.CALENDAR, MixScope.PLATFORM);
    assertThat(MixScope.valueOf("PLATFORM")).isEqualTo(MixScope.PLATFORM);
  }
}
