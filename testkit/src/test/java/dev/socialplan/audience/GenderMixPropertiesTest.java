package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import dev.socialplan.testkit.generators.AudienceGenerators;
import org.junit.jupiter.api.Test;

class GenderMixPropertiesTest {

  @Test
  void sharesAddUpToOneAndAreFractions() {
    qt().forAll(AudienceGenerators.genderMixes())
        .checkAssert(
            g -> {
              assertThat(g.women() + g.men() + g.other()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(GenderMix.TOLERANCE));
              assertThat(g.women()).isBetween(0.0, 1.0);
              assertThat(g.men()).isBetween(0.0, 1.0);
              assertThat(g.other()).isBetween(0.0, 1.0);
              assertThat(GenderMix.of(g.women(), g.men(), g.other())).isEqualTo(g);
            });
  }

  @Test
  void weightsAreScaleInvariant() {
    qt().forAll(
            doubles().between(0, 1e6), doubles().between(0, 1e6), doubles().between(1e-3, 1e6), doubles().between(1e-3, 1e3))
        .checkAssert(
            (w, m, o, scale) -> {
              GenderMix plain = GenderMix.ofWeights(w, m, o);
              GenderMix scaled = GenderMix.ofWeights(w * scale, m * scale, o * scale);
              assertThat(scaled.women()).isCloseTo(plain.women(), org.assertj.core.data.Offset.offset(1e-12));
              assertThat(scaled.men()).isCloseTo(plain.men(), org.assertj.core.data.Offset.offset(1e-12));
            });
  }

  @Test
  void womenAmongWomenAndMenIsAFraction() {
    qt().forAll(AudienceGenerators.genderMixes())
        .checkAssert(
            g -> {
              assertThat(g.womenAmongWomenAndMen().isPresent()).isEqualTo(g.women() + g.men() > 0);
              g.womenAmongWomenAndMen().ifPresent(s -> assertThat(s).isBetween(0.0, 1.0));
            });
  }
}
