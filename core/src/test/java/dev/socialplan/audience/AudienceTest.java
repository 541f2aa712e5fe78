package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class AudienceTest {
  private static final Persona MOTHERS = Persona.of("Single mothers");
  private static final Persona STUDENTS = Persona.of("Students");
  private static final Audience SPLIT =
      Audience.builder().add(MOTHERS, 0.7).add(STUDENTS, 0.3).build();

  @Test
  void keepsPersonasInOrderWithTheirWeights() {
    assertThat(SPLIT.personas()).containsExactly(MOTHERS, STUDENTS);
    assertThat(SPLIT.members())
        .containsExactly(WeightedPersona.of(MOTHERS, 0.7), WeightedPersona.of(STUDENTS, 0.3));
    assertThat(SPLIT.totalWeight()).isCloseTo(1.0, Offset.offset(1e-15));
    assertThat(SPLIT.isEmpty()).isFalse();
  }

  @Test
  void weightsThatDoNotAddUpAreAcceptedForTheRules() {
    Audience over = SPLIT.plus(Persona.of("Grandparents"), 0.2);
    assertThat(over.totalWeight()).isCloseTo(1.2, Offset.offset(1e-15));
    Audience under = Audience.builder().add(MOTHERS, 0.5).build();
    assertThat(under.totalWeight()).isEqualTo(0.5);
  }

  @Test
  void normalisedRescalesToOne() {
    Audience raw = Audience.builder().add(MOTHERS, 3).add(STUDENTS, 1).build();
    Audience shares = raw.normalised().orElseThrow();
    assertThat(shares.members())
        .containsExactly(WeightedPersona.of(MOTHERS, 0.75), WeightedPersona.of(STUDENTS, 0.25));
    assertThat(Audience.builder().add(MOTHERS, 0).build().normalised()).isEmpty();
    assertThat(Audience.empty().normalised()).isEmpty();
  }

  @Test
  void emptyAndSingle() {
    assertThat(Audience.empty().isEmpty()).isTrue();
    assertThat(Audience.empty().totalWeight()).isZero();
    assertThat(Audience.empty().personas()).isEmpty();
    assertThat(Audience.of(MOTHERS).members()).containsExactly(WeightedPersona.of(MOTHERS, 1));
  }

  @Test
  void refusesNegativeWeights() {
    assertThatThrownBy(() -> Audience.builder().add(MOTHERS, -0.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must not be negative: -0.5");
    assertThatThrownBy(() -> SPLIT.plus(STUDENTS, Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalByValue() {
    Audience same = Audience.builder().add(MOTHERS, 0.7).add(STUDENTS, 0.3).build();
    assertThat(same).isEqualTo(SPLIT).hasSameHashCodeAs(SPLIT);
    assertThat(same).isNotEqualTo(Audience.builder().add(STUDENTS, 0.3).add(MOTHERS, 0.7).build());
    assertThat(SPLIT.toString()).contains("Single mothers");
  }

  /** Before the fix the total was infinite and the shares NaN; now such an audience is refused. */
  @Test
  void refusesWeightsWhoseTotalOverflows() {
    Persona p = Persona.of("Baker");
    assertThatThrownBy(() -> Audience.builder().add(p, Double.MAX_VALUE).add(p, Double.MAX_VALUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the weights must add up to a finite number: [1.7976931348623157E308, 1.7976931348623157E308]");
    Audience big = Audience.builder().add(p, Double.MAX_VALUE / 2).add(p, Double.MAX_VALUE / 2).build();
    assertThat(big.totalWeight()).isFinite();
    assertThat(big.normalised().orElseThrow().totalWeight()).isEqualTo(1.0);
  }
}
