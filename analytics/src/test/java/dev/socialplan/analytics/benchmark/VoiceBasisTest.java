package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VoiceBasisTest {
  @Test
  void picksTheMatchingCount() {
    BenchmarkEntry e = BenchmarkEntry.builder().name("Glow").mentions(50).engagements(900).build();
    assertThat(VoiceBasis.MENTIONS.countOf(e)).hasValue(50);
    assertThat(VoiceBasis.ENGAGEMENTS.countOf(e)).hasValue(900);
    assertThat(VoiceBasis.ENGAGEMENTS.countOf(BenchmarkEntry.builder().name("x").build())).isEmpty();
  }
}
