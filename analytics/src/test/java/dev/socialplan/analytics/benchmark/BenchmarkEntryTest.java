package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkEntryTest {
  @Test
  void unknownFiguresStayUnknown() {
    BenchmarkEntry glow = BenchmarkEntry.builder().name("Glow").mentions(50).build();
    assertThat(glow.mentions()).hasValue(50);
    assertThat(glow.engagements()).isEmpty();
    assertThat(glow.posts()).isEmpty();
    assertThat(glow.followersAtStart()).isEmpty();
    assertThat(glow.followersAtEnd()).isEmpty();
  }

  @Test
  void refusesNegativeCountsAndBlankNames() {
    assertThatThrownBy(() -> BenchmarkEntry.builder().name("Glow").posts(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("posts must not be negative: -1");
    assertThatThrownBy(() -> BenchmarkEntry.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name must not be blank: \" \"");
  }
}
