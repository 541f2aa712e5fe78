package dev.socialplan.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class GrowthReferenceTest {
  /** The strategy guide's achievable account: it has grown 300 to 500 followers a month. */
  private static final GrowthReference STEADY =
      GrowthReference.observed(300, 450, 500).withSource("Instagram Insights, Jan–Mar 2025");

  /** The strategy guide's unachievable account: about 20 a month. */
  private static final GrowthReference SLOW = GrowthReference.observed(20, 18, 25);

  @Test
  void summarisesTheHistory() {
    assertThat(STEADY.kind()).isEqualTo(GrowthReference.Kind.OBSERVED);
    assertThat(STEADY.monthlyChanges())
        .containsExactly(BigDecimal.valueOf(300), BigDecimal.valueOf(450), BigDecimal.valueOf(500));
    assertThat(STEADY.lowest()).isEqualByComparingTo("300");
    assertThat(STEADY.highest()).isEqualByComparingTo("500");
    assertThat(STEADY.mean()).isEqualByComparingTo("416.6666666666667");
    assertThat(STEADY.source()).contains("Instagram Insights, Jan–Mar 2025");
  }

  @Test
  void coversTheArticlesExample() {
    BigDecimal fourHundred = BigDecimal.valueOf(400);
    assertThat(STEADY.covers(fourHundred)).isTrue();
    assertThat(SLOW.covers(fourHundred)).isFalse();
    assertThat(STEADY.covers(BigDecimal.valueOf(300))).isTrue();
    assertThat(STEADY.covers(BigDecimal.valueOf(500))).isTrue();
    assertThat(STEADY.covers(BigDecimal.valueOf(501))).isFalse();
    assertThat(STEADY.covers(BigDecimal.valueOf(299))).isFalse();
  }

  @Test
  void benchmarkIsALowAndAHigh() {
    GrowthReference bench =
        GrowthReference.benchmark(new BigDecimal("0.001"), new BigDecimal("0.004"));
    assertThat(bench.kind()).isEqualTo(GrowthReference.Kind.BENCHMARK);
    assertThat(bench.lowest()).isEqualByComparingTo("0.001");
    assertThat(bench.highest()).isEqualByComparingTo("0.004");
    assertThat(bench.mean()).isEqualByComparingTo("0.0025");
  }

  @Test
  void aBenchmarkMayBeASingleFigure() {
    GrowthReference single =
        GrowthReference.benchmark(new BigDecimal("0.002"), new BigDecimal("0.002"));
    assertThat(single.lowest()).isEqualByComparingTo("0.002");
    assertThat(single.highest()).isEqualByComparingTo("0.002");
    assertThat(single.covers(new BigDecimal("0.002"))).isTrue();
  }

  @Test
  void negativeChangesAreHistoryToo() {
    GrowthReference shrinking = GrowthReference.observed(-40, 10);
    assertThat(shrinking.lowest()).isEqualByComparingTo("-40");
    assertThat(shrinking.mean()).isEqualByComparingTo("-15");
  }

  @Test
  void refusesImpossibleReferences() {
    assertThatThrownBy(() -> GrowthReference.observed())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("monthlyChanges must not be empty: []");
    assertThatThrownBy(() -> GrowthReference.observed(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> GrowthReference.benchmark(BigDecimal.TEN, BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a benchmark's high must not be below its low: [10, 1]");
    assertThatThrownBy(
            () ->
                GrowthReference.builder()
                    .kind(GrowthReference.Kind.BENCHMARK)
                    .addMonthlyChange(BigDecimal.ONE)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a benchmark's monthlyChanges must be a low and a high: [1]");
    assertThatThrownBy(() -> SLOW.withSource(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("source must not be blank: \" \"");
  }

  @Test
  void equalByValue() {
    assertThat(GrowthReference.observed(20, 18, 25)).isEqualTo(SLOW).hasSameHashCodeAs(SLOW);
    assertThat(SLOW).isNotEqualTo(STEADY);
    assertThat(SLOW.toString()).contains("OBSERVED");
  }

  /** Before the fix 1E+2147483647 was accepted and made the SMART check need billions of digits. */
  @Test
  void refusesChangesBeyondTenToThe300() {
    assertThatThrownBy(() -> GrowthReference.observed(java.util.List.of(java.math.BigDecimal.ONE, new java.math.BigDecimal("1E+2147483647"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("monthlyChanges[1] must be zero or between 1E-300 and 1E+300 in magnitude: 1E+2147483647");
    assertThatThrownBy(() -> GrowthReference.benchmark(new java.math.BigDecimal("1E-301"), java.math.BigDecimal.ONE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("monthlyChanges[0] must be zero or between");
    assertThat(GrowthReference.benchmark(new java.math.BigDecimal("-1E+300"), new java.math.BigDecimal("1E+300")).highest())
        .isEqualByComparingTo("1E+300");
    assertThat(GrowthReference.observed(java.util.List.of(java.math.BigDecimal.ZERO, new java.math.BigDecimal("1E-300"))).lowest())
        .isEqualByComparingTo("0");
  }
}
