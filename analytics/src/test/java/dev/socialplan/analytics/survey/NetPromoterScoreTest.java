package dev.socialplan.analytics.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.socialplan.metric.Ratio;
import java.util.List;
import org.junit.jupiter.api.Test;

class NetPromoterScoreTest {
  /** 50 promoters, 30 passives, 20 detractors: NPS 30. */
  private static NetPromoterScore thirty() {
    return NetPromoterScore.of(50, 30, 20);
  }

  @Test
  void scoreIsPromotersMinusDetractorsInPoints() {
    assertThat(thirty().score().getAsDouble()).isCloseTo(30, within(1e-12));
    assertThat(thirty().respondents()).isEqualTo(100);
    assertThat(thirty().promoterShare()).isEqualTo(Ratio.of(50, 100));
    assertThat(thirty().detractorShare()).isEqualTo(Ratio.of(20, 100));
    assertThat(NetPromoterScore.of(0, 0, 7).score().getAsDouble()).isEqualTo(-100);
    assertThat(NetPromoterScore.of(7, 0, 0).score().getAsDouble()).isEqualTo(100);
  }

  @Test
  void marginOfErrorFollowsTheMultinomialVariance() {
    // Var = (0.5 + 0.2 − 0.3²) / 100 = 0.0061; SE = 0.0781025 → 7.81025 points;
    // MoE(95 %) = 1.959964 · 7.81025 = 15.3078 points.
    assertThat(thirty().standardError().getAsDouble()).isCloseTo(7.81025, within(1e-5));
    assertThat(thirty().marginOfError(0.95).getAsDouble()).isCloseTo(15.3078, within(1e-4));
    ScoreInterval interval = thirty().interval(0.95).orElseThrow();
    assertThat(interval.lower()).isCloseTo(14.6922, within(1e-4));
    assertThat(interval.upper()).isCloseTo(45.3078, within(1e-4));
    assertThat(interval.confidenceLevel()).isEqualTo(0.95);
    // 90 %: z = 1.644854 → 12.8468 points.
    assertThat(thirty().marginOfError(0.90).getAsDouble()).isCloseTo(12.8468, within(1e-4));
  }

  @Test
  void theIntervalIsClampedToTheScale() {
    NetPromoterScore mostlyPromoters = NetPromoterScore.of(9, 0, 1);
    ScoreInterval interval = mostlyPromoters.interval(0.95).orElseThrow();
    assertThat(interval.upper()).isEqualTo(100);
    assertThat(interval.lower()).isLessThan(80);
    NetPromoterScore unanimous = NetPromoterScore.of(10, 0, 0);
    assertThat(unanimous.marginOfError(0.95).getAsDouble()).isZero();
  }

  @Test
  void countsAnswersIntoTheThreeGroups() {
    NetPromoterScore fromAnswers = NetPromoterScore.fromAnswers(List.of(10, 9, 8, 7, 6, 0, 9));
    assertThat(fromAnswers).isEqualTo(NetPromoterScore.of(3, 2, 2));
    assertThatThrownBy(() -> NetPromoterScore.fromAnswers(List.of(9, 11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("answer must be between 0 and 10: 11");
  }

  @Test
  void noRespondentsIsUndefinedNotZero() {
    NetPromoterScore none = NetPromoterScore.of(0, 0, 0);
    assertThat(none.score()).isEmpty();
    assertThat(none.standardError()).isEmpty();
    assertThat(none.marginOfError(0.95)).isEmpty();
    assertThat(none.interval(0.95)).isEmpty();
    assertThat(none.toString()).isEqualTo("NPS undefined (0 promoters, 0 passives, 0 detractors)");
  }

  @Test
  void refusesImpossibleInput() {
    assertThatThrownBy(() -> NetPromoterScore.of(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("promoters must not be negative: -1");
    assertThatThrownBy(() -> thirty().marginOfError(1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("confidenceLevel must be greater than 0 and less than 1: 1.0");
    assertThatThrownBy(() -> NetPromoterScore.of(Long.MAX_VALUE, 1, 0))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void readableForm() {
    assertThat(thirty().toString()).isEqualTo("NPS 30 (50 promoters, 30 passives, 20 detractors)");
    assertThat(NetPromoterScore.of(1, 1, 1).toString()).startsWith("NPS 0 (");
  }
}
