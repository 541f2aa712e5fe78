package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BenchmarkEntryRefusalTest {
  @Test
  void eachCountRefusesANegativeValueByName() {
    assertThatThrownBy(() -> BenchmarkEntry.builder().name("Glow").mentions(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentions must not be negative: -1");
    assertThatThrownBy(() -> BenchmarkEntry.builder().name("Glow").engagements(-2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("engagements must not be negative: -2");
    assertThatThrownBy(() -> BenchmarkEntry.builder().name("Glow").posts(-3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("posts must not be negative: -3");
    assertThatThrownBy(() -> BenchmarkEntry.builder().name("Glow").followersAtStart(-4).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("followersAtStart must not be negative: -4");
    assertThatThrownBy(() -> BenchmarkEntry.builder().name("Glow").followersAtEnd(-5).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("followersAtEnd must not be negative: -5");
  }
}
