package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link PersonaReach#of} and {@link AudienceReachEstimate#of(Platform, Optional, List)}: reach
 * estimates from their state, and what the factories refuse.
 */
class ReachEstimateStateTest {

  private static final PlatformProfile INSTAGRAM =
      PlatformCatalog.standard().profile(Platform.INSTAGRAM).orElseThrow();
  private static final Persona MOTHERS =
      Persona.builder()
          .name("Single mothers in their 20s")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .build();

  private static PersonaReach copy(PersonaReach p) {
    return PersonaReach.of(
        p.persona(), p.weight(), p.ages(), p.womenShare(), p.reach(), p.assumptions());
  }

  @Test
  void anEstimateIsWhatTheFactoriesBuildFromItsState() {
    AudienceReachEstimate computed =
        AudienceReachEstimate.of(Audience.of(MOTHERS).plus(Persona.of("anyone"), 3), INSTAGRAM);
    AudienceReachEstimate rebuilt =
        AudienceReachEstimate.of(
            computed.platform(),
            computed.reach(),
            computed.personas().stream().map(ReachEstimateStateTest::copy).toList());
    assertThat(rebuilt).isEqualTo(computed).hasSameHashCodeAs(computed);
    assertThat(rebuilt.personas().get(1).assumptions())
        .containsExactlyInAnyOrder(ReachAssumption.AGE_UNKNOWN, ReachAssumption.GENDER_UNKNOWN);
    AudienceReachEstimate noFigures =
        AudienceReachEstimate.of(Platform.MASTODON, Optional.empty(), List.of());
    assertThat(noFigures.reach()).isEmpty();
    AudienceReachEstimate population =
        AudienceReachEstimate.of(Platform.INSTAGRAM, Optional.of(Ratio.of(50, 100)), List.of());
    assertThat(population.reach()).contains(Ratio.of(50, 100));
  }

  @Test
  void aPersonasReachRefusesWhatTheEstimateCannotGive() {
    Optional<AgeRange> twenties = Optional.of(AgeRange.of(20, 29));
    Ratio half = Ratio.ofFraction(0.5);
    Set<ReachAssumption> none = Set.of();
    assertThatThrownBy(() -> PersonaReach.of(" ", 1, twenties, 1, half, none))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("persona");
    assertThatThrownBy(() -> PersonaReach.of("p", 1.5, twenties, 1, half, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight must be between 0 and 1: 1.5");
    assertThatThrownBy(() -> PersonaReach.of("p", 1, twenties, -0.1, half, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("womenShare must be between 0 and 1: -0.1");
    assertThatThrownBy(() -> PersonaReach.of("p", 1, twenties, 1, Ratio.of(3, 2), none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reach must be a fraction between 0 and 1: ");
    assertThatThrownBy(() -> PersonaReach.of("p", 1, twenties, 1, Ratio.EMPTY, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reach must be a fraction between 0 and 1: ");
    assertThatThrownBy(() -> PersonaReach.of("p", 1, Optional.empty(), 1, half, none))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assumptions must hold AGE_UNKNOWN exactly when ages are absent: []");
    assertThatThrownBy(
            () -> PersonaReach.of("p", 1, twenties, 1, half, EnumSet.of(ReachAssumption.AGE_UNKNOWN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assumptions must hold AGE_UNKNOWN exactly when ages are absent: [AGE_UNKNOWN]");
    assertThatThrownBy(
            () -> PersonaReach.of("p", 1, twenties, 1, half,
                EnumSet.of(ReachAssumption.UNDER_18_AS_YOUNGEST_ADULTS)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("assumptions must not hold UNDER_18_AS_YOUNGEST_ADULTS");
    assertThatThrownBy(
            () -> PersonaReach.of("p", 1, twenties, 0.7, half,
                EnumSet.of(ReachAssumption.GENDER_UNKNOWN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("womenShare must be 0.5 when the gender is unknown: 0.7");
  }

  @Test
  void anEstimateRefusesPersonasThatDoNotAddUp() {
    PersonaReach a = PersonaReach.of("a", 0.5, Optional.of(AgeRange.of(20, 29)), 1,
        Ratio.ofFraction(0.8), Set.of());
    PersonaReach b = PersonaReach.of("b", 0.5, Optional.of(AgeRange.of(30, 49)), 1,
        Ratio.ofFraction(0.4), Set.of());
    assertThat(AudienceReachEstimate.of(Platform.INSTAGRAM,
            Optional.of(Ratio.ofFraction(0.5 * 0.8 + 0.5 * 0.4)), List.of(a, b)).personas())
        .containsExactly(a, b);
    assertThatThrownBy(() -> AudienceReachEstimate.of(Platform.INSTAGRAM,
            Optional.of(Ratio.ofFraction(0.7)), List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("reach must be the personas' reach times their weights, ");
    assertThatThrownBy(() -> AudienceReachEstimate.of(Platform.INSTAGRAM,
            Optional.of(Ratio.ofFraction(0.4)), List.of(a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personas' weights must add up to 1: 0.5");
    // An audience may hold two personas of the same name.
    assertThat(AudienceReachEstimate.of(Platform.INSTAGRAM,
            Optional.of(Ratio.ofFraction(0.5 * 0.8 + 0.5 * 0.8)), List.of(a, a)).personas())
        .containsExactly(a, a);
    assertThatThrownBy(() -> AudienceReachEstimate.of(Platform.INSTAGRAM, Optional.empty(),
            List.of(a, b)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("personas must be empty without a reach: 2 personas");
  }
}
