package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import org.junit.jupiter.api.Test;

class ReachAssumptionTest {
  private static final PlatformProfile INSTAGRAM =
      PlatformCatalog.standard().profile(Platform.INSTAGRAM).orElseThrow();

  private static PersonaReach only(Persona persona) {
    return AudienceReachEstimate.of(Audience.of(persona), INSTAGRAM).personas().get(0);
  }

  @Test
  void eachAssumptionIsMadeOnlyWhenThePersonaSaysTooLittle() {
    assertThat(
            only(
                    Persona.builder()
                        .name("complete")
                        .ageRange(AgeRange.of(30, 40))
                        .genderMix(GenderMix.womenAndMen(0.3))
                        .build())
                .assumptions())
        .isEmpty();
    assertThat(only(Persona.of("bare")).assumptions())
        .containsExactly(ReachAssumption.AGE_UNKNOWN, ReachAssumption.GENDER_UNKNOWN);
    assertThat(
            only(
                    Persona.builder()
                        .name("teens")
                        .ageRange(AgeRange.of(13, 17))
                        .genderMix(GenderMix.allWomen())
                        .build())
                .assumptions())
        .containsExactly(ReachAssumption.UNDER_18_AS_YOUNGEST_ADULTS);
    assertThat(
            only(
                    Persona.builder()
                        .name("others")
                        .ageRange(AgeRange.of(20, 29))
                        .genderMix(GenderMix.unspecified())
                        .build())
                .assumptions())
        .containsExactly(ReachAssumption.GENDER_UNKNOWN);
  }
}
