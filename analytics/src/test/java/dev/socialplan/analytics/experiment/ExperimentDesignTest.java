package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class ExperimentDesignTest {
  private static ExperimentDesign twentyToTwentyFive() {
    return ExperimentDesign.of(0.20, 0.05);
  }

  @Test
  void defaultsToFivePercentSignificanceEightyPercentPowerAndMillersFormula() {
    assertThat(twentyToTwentyFive().significance()).isEqualTo(0.05);
    assertThat(twentyToTwentyFive().power()).isEqualTo(0.80);
    assertThat(twentyToTwentyFive().formula()).isEqualTo(SampleSizeFormula.EVAN_MILLER);
    assertThat(twentyToTwentyFive().requiredSampleSizePerVariant()).isEqualTo(1_031);
    assertThat(twentyToTwentyFive().exactSampleSizePerVariant()).isCloseTo(1030.22, within(0.01));
    assertThat(twentyToTwentyFive().targetRate()).isCloseTo(0.25, within(1e-15));
  }

  @Test
  void aRelativeEffectIsAShareOfTheBaseline() {
    ExperimentDesign relative = ExperimentDesign.ofRelativeEffect(0.20, 0.25);
    assertThat(relative.minimumDetectableEffect()).isCloseTo(0.05, within(1e-15));
    assertThat(relative.requiredSampleSizePerVariant()).isEqualTo(1_031);
    assertThatThrownBy(() -> ExperimentDesign.ofRelativeEffect(0.20, -0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("relativeEffect must be a finite number greater than 0: -0.1");
    assertThatThrownBy(() -> ExperimentDesign.ofRelativeEffect(0.60, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("baselineRate + minimumDetectableEffect must be less than 1");
  }

  @Test
  void withersChangeOnePart() {
    assertThat(twentyToTwentyFive().withFormula(SampleSizeFormula.POOLED_TEXTBOOK).requiredSampleSizePerVariant())
        .isEqualTo(1_094);
    assertThat(twentyToTwentyFive().withPower(0.9).power()).isEqualTo(0.9);
    assertThat(twentyToTwentyFive().withSignificance(0.01).significance()).isEqualTo(0.01);
    assertThat(twentyToTwentyFive().withSignificance(0.01).requiredSampleSizePerVariant())
        .isGreaterThan(1_031);
  }

  @Test
  void describesItselfInAMarketersWords() {
    assertThat(twentyToTwentyFive().describe(Locale.ENGLISH))
        .isEqualTo("detect a change from 20% to 25% with 95% confidence and 80% power");
    assertThat(twentyToTwentyFive().describe(Locale.TAIWAN))
        .isEqualTo("在 95% 信賴水準與 80% 檢定力下偵測從 20% 到 25% 的變化");
  }

  @Test
  void refusesImpossibleDesigns() {
    assertThatThrownBy(() -> ExperimentDesign.of(1.2, 0.05))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baselineRate must be greater than 0 and less than 1: 1.2");
    assertThatThrownBy(() -> twentyToTwentyFive().withPower(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("power must be greater than 0 and less than 1: 0.0");
  }

  @Test
  void equalByValue() {
    assertThat(ExperimentDesign.builder().baselineRate(0.2).minimumDetectableEffect(0.05).build())
        .isEqualTo(twentyToTwentyFive())
        .hasSameHashCodeAs(twentyToTwentyFive());
  }
}
