package dev.socialplan.competition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SwotTest {
  private static final Swot BRAND =
      Swot.builder()
          .addStrength("loyal community of young parents")
          .addWeakness("small content team")
          .addOpportunity("no competitor runs live shopping")
          .addThreat("rising ad costs")
          .build();

  @Test
  void keepsItsQuadrants() {
    assertThat(BRAND.strengths()).containsExactly("loyal community of young parents");
    assertThat(BRAND.weaknesses()).containsExactly("small content team");
    assertThat(BRAND.opportunities()).containsExactly("no competitor runs live shopping");
    assertThat(BRAND.threats()).containsExactly("rising ad costs");
    assertThat(BRAND.isComplete()).isTrue();
    assertThat(BRAND.isEmpty()).isFalse();
  }

  @Test
  void emptyAndPartial() {
    assertThat(Swot.empty().isEmpty()).isTrue();
    assertThat(Swot.empty().isComplete()).isFalse();
    Swot noOpportunity = Swot.builder().from(BRAND).opportunities(java.util.List.of()).build();
    assertThat(noOpportunity.isComplete()).isFalse();
    assertThat(noOpportunity.isEmpty()).isFalse();
    assertThat(Swot.builder().addThreat("x").build().isEmpty()).isFalse();
  }

  @Test
  void refusesBlankEntries() {
    assertThatThrownBy(() -> Swot.builder().addStrength(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("strengths[0] must not be blank: \" \"");
    assertThatThrownBy(() -> Swot.builder().from(BRAND).addWeakness("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weaknesses[1] must not be blank: \"\"");
    assertThatThrownBy(() -> Swot.builder().addOpportunity("\n").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("opportunities[0] must not be blank: \"\n\"");
    assertThatThrownBy(() -> Swot.builder().addThreat("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("threats[0] must not be blank: \"\"");
  }

  @Test
  void equalByValue() {
    Swot copy = Swot.builder().from(BRAND).build();
    assertThat(copy).isEqualTo(BRAND).hasSameHashCodeAs(BRAND);
    assertThat(Swot.builder().build()).isEqualTo(Swot.empty());
    assertThat(BRAND.toString()).contains("rising ad costs");
  }
}
