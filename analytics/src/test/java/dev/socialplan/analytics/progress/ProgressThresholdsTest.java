package dev.socialplan.analytics.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ProgressThresholdsTest {
  @Test
  void standardBandsAreOneHundredAndEightyPercentLinear() {
    ProgressThresholds standard = ProgressThresholds.standard();
    assertThat(standard.onTrackFrom()).isEqualTo(1.0);
    assertThat(standard.atRiskFrom()).isEqualTo(0.8);
    assertThat(standard.method()).isEqualTo(ProjectionMethod.LINEAR);
    assertThat(standard.classify(1.0)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(standard.classify(0.9999)).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(standard.classify(0.8)).isEqualTo(ProgressStatus.AT_RISK);
    assertThat(standard.classify(0.7999)).isEqualTo(ProgressStatus.OFF_TRACK);
    assertThat(standard.classify(-2)).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void anEmptyBuilderGivesTheStandardBands() {
    ProgressThresholds built = ProgressThresholds.builder().build();
    assertThat(built.onTrackFrom()).isEqualTo(1.0);
    assertThat(built.atRiskFrom()).isEqualTo(0.8);
    assertThat(built.method()).isEqualTo(ProjectionMethod.LINEAR);
    assertThat(built).isEqualTo(ProgressThresholds.standard());
  }

  @Test
  void bandsMayMeetAtOneThreshold() {
    ProgressThresholds strict = ProgressThresholds.builder().onTrackFrom(0.9).atRiskFrom(0.9).build();
    assertThat(strict.classify(0.9)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(strict.classify(0.8999)).isEqualTo(ProgressStatus.OFF_TRACK);
  }

  @Test
  void bandsAreConfigurable() {
    ProgressThresholds lenient = ProgressThresholds.builder().onTrackFrom(0.95).atRiskFrom(0.5).build();
    assertThat(lenient.classify(0.96)).isEqualTo(ProgressStatus.ON_TRACK);
    assertThat(lenient.classify(0.6)).isEqualTo(ProgressStatus.AT_RISK);
    ProgressThresholds compound = lenient.withMethod(ProjectionMethod.COMPOUND);
    assertThat(compound.method()).isEqualTo(ProjectionMethod.COMPOUND);
    assertThat(compound.onTrackFrom()).isEqualTo(0.95);
    assertThat(compound.atRiskFrom()).isEqualTo(0.5);
  }

  @Test
  void refusesUpsideDownBands() {
    assertThatThrownBy(() -> ProgressThresholds.builder().onTrackFrom(0.7).atRiskFrom(0.9).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("atRiskFrom must not exceed onTrackFrom (0.7): 0.9");
    assertThatThrownBy(() -> ProgressThresholds.standard().classify(Double.NaN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("projectedProgress must be a finite number: NaN");
  }
}
