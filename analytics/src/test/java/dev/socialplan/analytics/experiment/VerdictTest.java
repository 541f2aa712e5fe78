package dev.socialplan.analytics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.google.common.testing.EqualsTester;
import dev.socialplan.analytics.internal.Text;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class VerdictTest {
  /** Detect 20 % → 25 %, α = 0.05, power 0.80: 1,031 trials per variant. */
  private static ExperimentDesign design() {
    return ExperimentDesign.of(0.20, 0.05);
  }

  private static Variant a20() {
    return Variant.of("A", 2_000, 400);
  }

  private static Variant b25() {
    return Variant.of("B", 2_000, 500);
  }

  private static Variant b21() {
    return Variant.of("B", 2_000, 420);
  }

  @Test
  void aSampleBelowTheDesignIsTooSmallEvenIfTheDifferenceLooksSignificant() {
    // 95/380 = 25 % against 60/400 = 15 %: pooled 155/780, z = 3.50, p ≈ 0.0005 — significant on
    // its face, but behind the plan, so no call yet.
    Verdict verdict =
        Verdict.of(TwoVariantAnalysis.of(Variant.of("A", 400, 60), Variant.of("B", 380, 95)), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SAMPLE_TOO_SMALL);
    assertThat(verdict.winner()).isEmpty();
    assertThat(verdict.requiredSampleSizePerVariant()).isEqualTo(1_031);
    assertThat(verdict.reason(Locale.ENGLISH))
        .isEqualTo(
            "Too early to call: each variant needs 1,031 trials to detect a change from 20% to 25% "
                + "with 95% confidence and 80% power, and A has 400 and B has 380 so far. Keep the "
                + "test running; declaring a winner before the planned sample is reached makes false "
                + "winners much more likely, even if the difference looks large now.");
    assertThat(verdict.reason(Locale.TAIWAN))
        .isEqualTo(
            "尚無法判定：每個版本需要 1,031 次試驗才能在 95% 信賴水準與 80% 檢定力下偵測從 20% 到 25% 的變化，"
                + "目前 A 有 400 次和B 有 380 次。請繼續進行測試；在達到計畫樣本數前宣布勝出者，即使目前差異"
                + "看起來很大，也會大幅提高誤判勝出者的機率。");
    assertThat(verdict.pValue().getAsDouble()).isLessThan(0.001);
  }

  @Test
  void aSignificantDifferenceAtThePlannedSampleNamesTheWinner() {
    // Pooled 0.225, SE = √(0.225 · 0.775 · 2/2000) = 0.0132051, z = 0.05 / 0.0132051 = 3.7864,
    // two-sided p ≈ 0.000153.
    Verdict verdict = Verdict.of(TwoVariantAnalysis.of(a20(), b25()), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SIGNIFICANT_WINNER);
    assertThat(verdict.winner()).contains("B");
    assertThat(verdict.runnerUp()).contains("A");
    assertThat(verdict.relativeLift().orElseThrow().value().getAsDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(verdict.pValue().getAsDouble()).isCloseTo(0.000153, within(2e-6));
    ConfidenceInterval interval = verdict.differenceInterval().orElseThrow();
    assertThat(interval.contains(0.05)).isTrue();
    assertThat(interval.isAboveZero()).isTrue();
    assertThat(verdict.reason(Locale.ENGLISH))
        .startsWith("B wins: its rate is 25% higher than A's (25% vs 20%), a difference of 5 points;"
            + " with 95% confidence the true difference is between ")
        .contains("with probability 0.0002", "below the 5% significance level");
    assertThat(verdict.reason(Locale.TAIWAN))
        .startsWith("B 勝出：其比率比 A 高 25%（25% 對 20%），差異為 5 個百分點；在 95% 信賴水準下，真實差異介於 ")
        .endsWith("出現這麼大差異的機率為 0.0002，低於 5% 的顯著水準。");
  }

  @Test
  void theControlCanWinToo() {
    Verdict verdict = Verdict.of(TwoVariantAnalysis.of(Variant.of("A", 2_000, 500), Variant.of("B", 2_000, 400)), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SIGNIFICANT_WINNER);
    assertThat(verdict.winner()).contains("A");
    assertThat(verdict.runnerUp()).contains("B");
    assertThat(verdict.relativeLift().orElseThrow().value().getAsDouble()).isCloseTo(0.25, within(1e-12));
    assertThat(verdict.differenceInterval().orElseThrow().isAboveZero()).isTrue();
  }

  @Test
  void aSmallDifferenceAtThePlannedSampleIsNoDifferenceDetected() {
    // z = 0.01 / √(0.205 · 0.795 · 0.001) = 0.7833, p ≈ 0.4334.
    Verdict verdict = Verdict.of(TwoVariantAnalysis.of(a20(), b21()), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.NO_DIFFERENCE_DETECTED);
    assertThat(verdict.winner()).isEmpty();
    assertThat(verdict.pValue().getAsDouble()).isCloseTo(0.4334, within(1e-4));
    assertThat(verdict.reason(Locale.ENGLISH))
        .isEqualTo(
            "No difference detected: every variant reached the planned 1,031 trials and B leads A "
                + "(21% vs 20%), but a difference this size could well be chance (p = 0.4334; 5% or "
                + "less needed). If a real difference exists, it is probably smaller than the 5 points "
                + "the test was designed to detect; keep the current version or test a bolder change.");
  }

  @Test
  void noVarianceMeansNothingToTest() {
    Verdict verdict =
        Verdict.of(TwoVariantAnalysis.of(Variant.of("A", 2_000, 0), Variant.of("B", 2_000, 0)), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.NO_DIFFERENCE_DETECTED);
    assertThat(verdict.pValue()).isEmpty();
    assertThat(verdict.reason(Locale.ENGLISH)).contains("every variant has the same rate (0%)");
  }

  @Test
  void equalRatesAreSaidToBeEqual() {
    Verdict verdict = Verdict.of(TwoVariantAnalysis.of(a20(), Variant.of("B", 2_000, 400)), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.NO_DIFFERENCE_DETECTED);
    assertThat(verdict.reason(Locale.ENGLISH)).contains("A and B have the same rate (20%)");
  }

  @Test
  void multiVariantWinnerMustBeatEveryOtherAfterHolmCorrection() {
    // C = 26 % beats A = 20 % (z ≈ 4.51) and B = 21 % (z ≈ 3.73); Holm keeps both significant.
    Variant c = Variant.of("C", 2_000, 520);
    Verdict verdict = Verdict.of(MultiVariantAnalysis.of(a20(), b21(), c), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SIGNIFICANT_WINNER);
    assertThat(verdict.winner()).contains("C");
    assertThat(verdict.runnerUp()).contains("B");
    assertThat(verdict.relativeLift().orElseThrow().value().getAsDouble())
        .isCloseTo(0.05 / 0.21, within(1e-12));
    assertThat(verdict.reason(Locale.ENGLISH)).contains("corrected for 3 comparisons with Holm's method");
  }

  @Test
  void multiVariantLeaderThatDoesNotBeatTheRunnerUpIsNoDifference() {
    Variant c = Variant.of("C", 2_000, 430);
    Verdict verdict = Verdict.of(MultiVariantAnalysis.of(a20(), b21(), c), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.NO_DIFFERENCE_DETECTED);
    assertThat(verdict.reason(Locale.ENGLISH)).contains("C leads B (21.5% vs 21%)");
  }

  @Test
  void multiVariantWithAThinVariantIsTooSmall() {
    Verdict verdict =
        Verdict.of(MultiVariantAnalysis.of(a20(), b25(), Variant.of("C", 900, 300)), design());
    assertThat(verdict.kind()).isEqualTo(VerdictKind.SAMPLE_TOO_SMALL);
    assertThat(verdict.reason(Locale.ENGLISH)).contains("A has 2,000, B has 2,000 and C has 900 so far");
  }

  @Test
  void refusesInconsistentVerdicts() {
    assertThatThrownBy(
            () ->
                Verdict.builder()
                    .analysis(TwoVariantAnalysis.of(a20(), b25()))
                    .design(design())
                    .kind(VerdictKind.SIGNIFICANT_WINNER)
                    .requiredSampleSizePerVariant(1_031)
                    .reasonText(Text.of("verdict.pBelow", "0.0001"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "winner and runnerUp must be present exactly for a SIGNIFICANT_WINNER: SIGNIFICANT_WINNER");
  }

  @Test
  void refusesARequiredSampleOtherThanTheDesigns() {
    assertThatThrownBy(
            () ->
                Verdict.builder()
                    .analysis(TwoVariantAnalysis.of(a20(), b25()))
                    .design(design())
                    .kind(VerdictKind.NO_DIFFERENCE_DETECTED)
                    .requiredSampleSizePerVariant(1_030)
                    .reasonText(Text.of("verdict.pBelow", "0.0001"))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("requiredSampleSizePerVariant must be the design's 1031: 1030");
  }

  @Test
  void keepsWhatItWasDecidedFromAndIsDecidedAgainEqual() {
    ExperimentAnalysis two = TwoVariantAnalysis.of(a20(), b25());
    ExperimentAnalysis many = MultiVariantAnalysis.of(a20(), b25(), Variant.of("C", 2_000, 430));
    for (ExperimentAnalysis analysis : List.of(two, many)) {
      Verdict verdict = Verdict.of(analysis, design());
      assertThat(verdict.analysis()).isEqualTo(analysis);
      assertThat(verdict.design()).isEqualTo(design());
      assertThat(Verdict.of(verdict.analysis(), verdict.design()))
          .isEqualTo(verdict)
          .hasSameHashCodeAs(verdict);
      assertThat(analysis.variants().get(0)).isEqualTo(analysis.control()).isEqualTo(a20());
    }
    assertThat(Verdict.of(two, design())).isEqualTo(Verdict.of((TwoVariantAnalysis) two, design()));
    assertThat(two.variants()).containsExactly(a20(), b25());
    // A multi-variant analysis of the same two variants is decided with Holm's correction named in
    // its reason, so it is another verdict.
    Verdict holm = Verdict.of(MultiVariantAnalysis.of(a20(), b25()), design());
    assertThat(holm.reason(Locale.ENGLISH))
        .isNotEqualTo(Verdict.of(two, design()).reason(Locale.ENGLISH));
    new EqualsTester()
        .addEqualityGroup(Verdict.of(two, design()), Verdict.of(two, design()))
        .addEqualityGroup(holm)
        .addEqualityGroup(Verdict.of(many, design()))
        .addEqualityGroup(Verdict.of(two, design().withPower(0.9)))
        .addEqualityGroup(Verdict.of(TwoVariantAnalysis.of(a20(), b25(), 0.99), design()))
        .testEquals();
  }
}
