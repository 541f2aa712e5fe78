package dev.socialplan.platform.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.socialplan.audience.AgeRange;
import dev.socialplan.audience.Audience;
import dev.socialplan.audience.GenderMix;
import dev.socialplan.audience.Persona;
import dev.socialplan.metric.Ratio;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PlatformCatalog;
import dev.socialplan.platform.PlatformProfile;
import org.junit.jupiter.api.Test;

class AudienceReachEstimateTest {
  private static final PlatformCatalog CATALOG = PlatformCatalog.standard();
  private static final PlatformProfile INSTAGRAM = CATALOG.profile(Platform.INSTAGRAM).orElseThrow();
  private static final PlatformProfile SNAPCHAT = CATALOG.profile(Platform.SNAPCHAT).orElseThrow();
  private static final PlatformProfile MASTODON = CATALOG.profile(Platform.MASTODON).orElseThrow();
  private static final PlatformProfile THREADS = CATALOG.profile(Platform.THREADS).orElseThrow();
  private static final Persona MOTHERS =
      Persona.builder()
          .name("Single mothers in their 20s")
          .ageRange(AgeRange.of(20, 29))
          .genderMix(GenderMix.allWomen())
          .build();
  private static final Persona WOMEN_OVER_50 =
      Persona.builder()
          .name("Women over 50")
          .ageRange(AgeRange.of(50, 80))
          .genderMix(GenderMix.allWomen())
          .build();

  private static double value(AudienceReachEstimate e) {
    return e.reach().orElseThrow().valueOr(0);
  }

  @Test
  void thePersonaOfTheArticleOnInstagram() {
    // 0.80 x 0.55 / 0.50
    AudienceReachEstimate e = AudienceReachEstimate.of(Audience.of(MOTHERS), INSTAGRAM);
    assertThat(value(e)).isCloseTo(0.88, within(1e-12));
    assertThat(e.platform()).isEqualTo(Platform.INSTAGRAM);
    assertThat(e.personas()).singleElement().satisfies(p -> {
      assertThat(p.persona()).isEqualTo("Single mothers in their 20s");
      assertThat(p.weight()).isEqualTo(1.0);
      assertThat(p.womenShare()).isEqualTo(1.0);
      assertThat(p.ages()).contains(AgeRange.of(20, 29));
    });
  }

  @Test
  void personasAreWeightedByTheirShareOfTheAudience() {
    // 3:1 weights: 0.75 x 0.88 + 0.25 x (15 x 0.40 + 16 x 0.19) / 31 x 0.55 / 0.50.
    Audience audience = Audience.builder().add(MOTHERS, 3).add(WOMEN_OVER_50, 1).build();
    AudienceReachEstimate e = AudienceReachEstimate.of(audience, INSTAGRAM);
    double older = (15 * 0.40 + 16 * 0.19) / 31 * 0.55 / 0.50;
    assertThat(value(e)).isCloseTo(0.75 * 0.88 + 0.25 * older, within(1e-12));
    assertThat(e.personas()).extracting(PersonaReach::weight).containsExactly(0.75, 0.25);
  }

  @Test
  void zeroWeightsCountEqually() {
    Audience audience = Audience.builder().add(MOTHERS, 0).add(WOMEN_OVER_50, 0).build();
    AudienceReachEstimate e = AudienceReachEstimate.of(audience, SNAPCHAT);
    assertThat(e.personas()).extracting(PersonaReach::weight).containsExactly(0.5, 0.5);
  }

  @Test
  void anAudienceWithoutPersonasIsTheSurveyedPopulation() {
    AudienceReachEstimate e = AudienceReachEstimate.of(Audience.empty(), INSTAGRAM);
    assertThat(e.reach()).contains(Ratio.of(50, 100));
    assertThat(e.personas()).isEmpty();
  }

  @Test
  void aProfileWithoutReachFiguresGivesNoEstimate() {
    AudienceReachEstimate e = AudienceReachEstimate.of(Audience.of(MOTHERS), MASTODON);
    assertThat(e.reach()).isEmpty();
    assertThat(e.personas()).isEmpty();
  }

  @Test
  void assumptionsFillWhatThePersonaLeavesOut() {
    // No age, no gender: half women, all ages: 0.5 x 0.55 + 0.5 x 0.44.
    AudienceReachEstimate bare = AudienceReachEstimate.of(Audience.of(Persona.of("anyone")), INSTAGRAM);
    assertThat(value(bare)).isCloseTo(0.495, within(1e-12));
    // Teenagers: the 18-29 band stands in, 0.80 x 0.55 / 0.50 for girls.
    Persona girls =
        Persona.builder().name("girls").ageRange(AgeRange.of(13, 17)).genderMix(GenderMix.allWomen()).build();
    assertThat(value(AudienceReachEstimate.of(Audience.of(girls), INSTAGRAM)))
        .isCloseTo(0.88, within(1e-12));
    // Threads reports only its total, 8 %: without cells it is the estimate of anyone.
    assertThat(value(AudienceReachEstimate.of(Audience.of(Persona.of("anyone")), THREADS)))
        .isEqualTo(0.08);
  }

  @Test
  void equalityAndToString() {
    AudienceReachEstimate a = AudienceReachEstimate.of(Audience.of(MOTHERS), INSTAGRAM);
    AudienceReachEstimate b = AudienceReachEstimate.of(Audience.of(MOTHERS), INSTAGRAM);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    AudienceReachEstimate onSnapchat = AudienceReachEstimate.of(Audience.of(MOTHERS), SNAPCHAT);
    assertThat(a)
        .isNotEqualTo(onSnapchat)
        .isNotEqualTo(a.toString())
        .doesNotHaveSameHashCodeAs(onSnapchat);
    assertThat(a.equals(a)).isTrue();
    assertThat(a.toString()).startsWith("AudienceReachEstimate[Instagram 0.88");
    new EqualsTester().addEqualityGroup(a, b).addEqualityGroup(onSnapchat).testEquals();
  }
}
