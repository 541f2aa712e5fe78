package dev.socialplan.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GenderMixTest {
  private static final GenderMix MOSTLY_WOMEN = GenderMix.of(0.6, 0.38, 0.02);

  @Test
  void keepsItsShares() {
    assertThat(MOSTLY_WOMEN.women()).isEqualTo(0.6);
    assertThat(MOSTLY_WOMEN.men()).isEqualTo(0.38);
    assertThat(MOSTLY_WOMEN.other()).isEqualTo(0.02);
    assertThat(MOSTLY_WOMEN).hasToString("women 60%, men 38%, other 2%");
  }

  @Test
  void namedMixes() {
    assertThat(GenderMix.allWomen()).isEqualTo(GenderMix.of(1, 0, 0));
    assertThat(GenderMix.allWomen().isAllWomen()).isTrue();
    assertThat(GenderMix.allWomen().isAllMen()).isFalse();
    assertThat(GenderMix.allMen()).isEqualTo(GenderMix.of(0, 1, 0));
    assertThat(GenderMix.allMen().isAllMen()).isTrue();
    assertThat(GenderMix.unspecified()).isEqualTo(GenderMix.of(0, 0, 1));
    assertThat(GenderMix.womenAndMen(0.25)).isEqualTo(GenderMix.of(0.25, 0.75, 0));
    assertThat(MOSTLY_WOMEN.isAllWomen()).isFalse();
  }

  @Test
  void weightsAreNormalised() {
    GenderMix counts = GenderMix.ofWeights(600, 380, 20);
    assertThat(counts.women()).isCloseTo(0.6, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(counts.men()).isCloseTo(0.38, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(counts.other()).isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(GenderMix.ofWeights(1, 1, 1).women()).isEqualTo(1.0 / 3);
    assertThat(GenderMix.ofWeights(0, 0, 5)).isEqualTo(GenderMix.unspecified());
  }

  @Test
  void floatingPointRoundingIsTolerated() {
    assertThat(GenderMix.of(0.1, 0.2, 0.7).women()).isEqualTo(0.1);
    assertThat(GenderMix.of(1.0 / 3, 1.0 / 3, 1.0 / 3).other()).isEqualTo(1.0 / 3);
  }

  @Test
  void sharesAmongWomenAndMenForPlatformSurveys() {
    assertThat(MOSTLY_WOMEN.womenAmongWomenAndMen().getAsDouble())
        .isCloseTo(0.6 / 0.98, org.assertj.core.data.Offset.offset(1e-15));
    assertThat(GenderMix.allWomen().womenAmongWomenAndMen().getAsDouble()).isEqualTo(1.0);
    assertThat(GenderMix.allMen().womenAmongWomenAndMen().getAsDouble()).isEqualTo(0.0);
    assertThat(GenderMix.unspecified().womenAmongWomenAndMen()).isEmpty();
  }

  @Test
  void refusesSharesThatDoNotAddUpToOne() {
    assertThatThrownBy(() -> GenderMix.of(0.33, 0.33, 0.33))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("gender shares must add up to 1: women 0.33 + men 0.33 + other 0.33 = 0.99");
    assertThatThrownBy(() -> GenderMix.of(0.5, 0.5, 1e-8))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(GenderMix.of(0.5, 0.5, 1e-10).other()).isEqualTo(1e-10);
  }

  @Test
  void refusesImpossibleShares() {
    assertThatThrownBy(() -> GenderMix.of(1.5, -0.5, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("women must be between 0 and 1: 1.5");
    assertThatThrownBy(() -> GenderMix.of(Double.NaN, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("women must be a finite number: NaN");
    assertThatThrownBy(() -> GenderMix.ofWeights(0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("gender weights must have a positive finite sum: 0.0, 0.0, 0.0");
    assertThatThrownBy(() -> GenderMix.ofWeights(-1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("women must not be negative: -1.0");
    assertThatThrownBy(() -> GenderMix.ofWeights(Double.MAX_VALUE, Double.MAX_VALUE, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GenderMix.womenAndMen(1.1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeZeroIsZero() {
    assertThat(GenderMix.of(-0.0, 1, 0)).isEqualTo(GenderMix.allMen());
  }
}
