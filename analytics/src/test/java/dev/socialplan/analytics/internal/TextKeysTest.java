package dev.socialplan.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextKeysTest {
  @Test
  void aPatternHasItsKeyAndLiteralsAndListsHaveNone() {
    assertThat(Text.of("unit.hours", "2").key()).isEqualTo("unit.hours");
    assertThat(Text.literal("2 h").key()).isEmpty();
    assertThat(Text.literal("2 h").keys()).isEmpty();
    assertThat(Text.series(List.of(Text.literal("A"), Text.literal("B"))).key()).isEmpty();
  }

  @Test
  void onlyASeriesOfTwoOrMoreUsesTheLastSeparator() {
    assertThat(Text.series(List.of(Text.of("progress.why.target"))).keys())
        .containsExactly("list.separator", "progress.why.target");
    assertThat(Text.joined(List.of(Text.literal("A"), Text.literal("B"))).keys())
        .containsExactly("list.separator");
  }

  @Test
  void differentTextsHashApart() {
    assertThat(Text.literal("A").hashCode()).isNotEqualTo(Text.literal("B").hashCode());
    assertThat(Text.of("unit.hours", "2").hashCode()).isNotEqualTo(Text.of("unit.minutes", "2").hashCode());
  }
}
