package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import org.junit.jupiter.api.Test;

class PersonaReachTest {
  private static final PlatformProfile TIKTOK =
      PlatformCatalog.standard().profile(Platform.TIKTOK).orElseThrow();
  private static final Persona STUDENTS =
      Persona.builder()
          .name("Students")
          .ageRange(AgeRange.of(18, 24))
          .genderMix(GenderMix.womenAndMen(0.6))
          .build();

  private static PersonaReach of(Persona persona) {
    return AudienceReachEstimate.of(Audience.of(persona), TIKTOK).personas().get(0);
  }

  @Test
  void reportsWhatWentIntoTheEstimate() {
    PersonaReach p = of(STUDENTS);
    assertThat(p.persona()).isEqualTo("Students");
    assertThat(p.weight()).isEqualTo(1.0);
    assertThat(p.ages()).contains(AgeRange.of(18, 24));
    assertThat(p.womenShare()).isEqualTo(0.6);
    // 0.63 x (0.6 x 0.42 + 0.4 x 0.30) / 0.37
    assertThat(p.reach().valueOr(0))
        .isCloseTo(0.63 * (0.6 * 0.42 + 0.4 * 0.30) / 0.37, within(1e-12));
    assertThat(p.assumptions()).isEmpty();
  }

  @Test
  void anUnknownPersonaIsAssumedHalfWomenOfAllAges() {
    PersonaReach p = of(Persona.of("Anyone"));
    assertThat(p.ages()).isEmpty();
    assertThat(p.womenShare()).isEqualTo(0.5);
    assertThat(p.assumptions())
        .containsExactly(ReachAssumption.AGE_UNKNOWN, ReachAssumption.GENDER_UNKNOWN);
    assertThat(p.toString()).contains("ages unknown").contains("assuming");
  }

  @Test
  void equalityAndToString() {
    assertThat(of(STUDENTS)).isEqualTo(of(STUDENTS)).hasSameHashCodeAs(of(STUDENTS));
    assertThat(of(STUDENTS))
        .isNotEqualTo(of(Persona.of("Anyone")))
        .isNotEqualTo(of(STUDENTS).toString())
        .doesNotHaveSameHashCodeAs(of(Persona.of("Anyone")));
    PersonaReach students = of(STUDENTS);
    assertThat(students.equals(students)).isTrue();
    assertThat(of(STUDENTS).toString())
        .startsWith("PersonaReach[Students, weight 1.0, ages 18–24, women 0.6, reach 0.")
        .doesNotContain("assuming");
    new EqualsTester()
        .addEqualityGroup(of(STUDENTS), of(STUDENTS))
        .addEqualityGroup(of(Persona.of("Anyone")))
        .testEquals();
  }
}
