package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/metrics.md: p = 0.20, δ = 0.05, α = 0.05 two-sided, power 0.80.
 * By hand with z₀.₉₇₅ = 1.959964 and z₀.₈₀ = 0.841621: √(p(1−p) + (p+δ)(1−p−δ)) = √0.3475 =
 * 0.589491, so the power term is 0.496128.
 */
class SampleSizeFormulaTest {
  @Test
  void evanMillersFormulaGives1030() {
    // √(2 · 0.16) = 0.565685; (1.108722 + 0.496128)² / 0.0025 = 2.575544 / 0.0025 = 1030.22.
    assertThat(SampleSizeFormula.EVAN_MILLER.exactPerVariant(0.20, 0.05, 0.05, 0.80))
        .isCloseTo(1030.22, within(0.01));
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.05, 0.80)).isEqualTo(1_030);
  }

  @Test
  void pooledTextbookFormulaGives1094() {
    // p̄ = 0.225, √(2 · 0.225 · 0.775) = 0.590551; (1.157459 + 0.496128)² / 0.0025 = 1093.74,
    // rounded up.
    assertThat(SampleSizeFormula.POOLED_TEXTBOOK.exactPerVariant(0.20, 0.05, 0.05, 0.80))
        .isCloseTo(1093.74, within(0.01));
    assertThat(SampleSizeFormula.POOLED_TEXTBOOK.perVariant(0.20, 0.05, 0.05, 0.80))
        .isEqualTo(1_094);
  }

  @Test
  void smallerEffectsStricterLevelsAndMorePowerNeedMoreTrials() {
    long base = SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.05, 0.80);
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.02, 0.05, 0.80)).isGreaterThan(base);
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.01, 0.80)).isGreaterThan(base);
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.20, 0.05, 0.05, 0.90)).isGreaterThan(base);
  }

  @Test
  void refusesArgumentsOutsideTheirRanges() {
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0, 0.05, 0.05, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baselineRate must be greater than 0 and less than 1: 0.0");
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0.2, 0, 0.05, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minimumDetectableEffect must be greater than 0 and less than 1: 0.0");
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0.2, 0.05, 1, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("significance must be greater than 0 and less than 1: 1.0");
    assertThatThrownBy(() -> SampleSizeFormula.POOLED_TEXTBOOK.perVariant(0.2, 0.05, 0.05, 1.2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("power must be greater than 0 and less than 1: 1.2");
    // Power 0.03 would otherwise need 0 trials and 0.001 would need 203: the power term cancels.
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0.2, 0.05, 0.05, 0.03))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("power must be at least 0.5: 0.03");
    assertThat(SampleSizeFormula.EVAN_MILLER.perVariant(0.2, 0.05, 0.05, 0.5)).isPositive();
    assertThatThrownBy(() -> SampleSizeFormula.EVAN_MILLER.perVariant(0.9, 0.1, 0.05, 0.8))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("baselineRate + minimumDetectableEffect must be less than 1: 0.9 + 0.1");
  }
}
