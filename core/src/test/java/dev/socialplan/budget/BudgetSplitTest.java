package dev.socialplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.platform.Platform;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BudgetSplitTest {
  private static final Money USD_100 = Money.parse("USD 100.00");
  private static final Money JPY_100 = Money.ofMajor(CurrencyUnit.JPY, 100);
  private static final Money KWD_10 = Money.parse("KWD 10.000");
  private static final Money BHD_1 = Money.parse("BHD 1.000");

  @Test
  void thirdsOfADollarGiveTheSpareCentToTheFirstPart() {
    assertThat(BudgetSplit.byWeights(USD_100, List.of(1.0, 1.0, 1.0)))
        .containsExactly(
            Money.parse("USD 33.34"), Money.parse("USD 33.33"), Money.parse("USD 33.33"));
  }

  @Test
  void largestRemainderWinsOverOrder() {
    // Exact shares 14.2857…, 28.5714…, 57.1428… cents of a dollar: remainders .2857, .5714, .1428;
    // one spare cent goes to the second part.
    assertThat(BudgetSplit.byWeights(Money.parse("USD 1.00"), List.of(1.0, 2.0, 4.0)))
        .containsExactly(
            Money.parse("USD 0.14"), Money.parse("USD 0.29"), Money.parse("USD 0.57"));
  }

  @Test
  void yenHaveNoMinorUnitBelowOneYen() {
    assertThat(BudgetSplit.byWeights(JPY_100, List.of(0.5, 0.3, 0.2)))
        .containsExactly(
            Money.ofMajor(CurrencyUnit.JPY, 50), Money.ofMajor(CurrencyUnit.JPY, 30), Money.ofMajor(CurrencyUnit.JPY, 20));
    assertThat(BudgetSplit.evenly(JPY_100, 3))
        .containsExactly(
            Money.ofMajor(CurrencyUnit.JPY, 34), Money.ofMajor(CurrencyUnit.JPY, 33), Money.ofMajor(CurrencyUnit.JPY, 33));
    assertThat(BudgetSplit.evenly(JPY_100, 1)).containsExactly(JPY_100);
  }

  @Test
  void threeDecimalCurrenciesSplitToTheFils() {
    assertThat(BudgetSplit.evenly(KWD_10, 3))
        .containsExactly(
            Money.parse("KWD 3.334"), Money.parse("KWD 3.333"), Money.parse("KWD 3.333"));
    assertThat(BudgetSplit.byWeights(BHD_1, List.of(2.0, 1.0)))
        .containsExactly(Money.parse("BHD 0.667"), Money.parse("BHD 0.333"));
  }

  @Test
  void zeroWeightsGetZeroEvenWhenCentsAreLeftOver() {
    assertThat(BudgetSplit.byWeights(Money.parse("USD 0.01"), List.of(0.0, 1.0, 1.0, 0.0)))
        .containsExactly(
            Money.parse("USD 0.00"), Money.parse("USD 0.01"), Money.parse("USD 0.00"), Money.parse("USD 0.00"));
  }

  @Test
  void weightsAreTakenAtTheirExactValue() {
    // 0.1 + 0.2 != 0.3 in binary; the split still follows the ratios exactly.
    assertThat(BudgetSplit.byWeights(USD_100, List.of(0.1, 0.2, 0.7)))
        .containsExactly(Money.parse("USD 10.00"), Money.parse("USD 20.00"), Money.parse("USD 70.00"));
  }

  @Test
  void zeroAmountGivesZeroParts() {
    assertThat(BudgetSplit.byWeights(Money.zero(CurrencyUnit.EUR), List.of(3.0, 1.0)))
        .containsOnly(Money.zero(CurrencyUnit.EUR));
  }

  @Test
  void splitsAMapInItsIterationOrder() {
    Map<Platform, Double> weights = new LinkedHashMap<>();
    weights.put(Platform.TIKTOK, 1.0);
    weights.put(Platform.INSTAGRAM, 1.0);
    weights.put(Platform.FACEBOOK, 1.0);
    Map<Platform, Money> parts = BudgetSplit.byWeights(USD_100, weights);
    assertThat(parts.keySet()).containsExactly(Platform.TIKTOK, Platform.INSTAGRAM, Platform.FACEBOOK);
    assertThat(parts.get(Platform.TIKTOK)).isEqualTo(Money.parse("USD 33.34"));
    assertThat(parts.get(Platform.FACEBOOK)).isEqualTo(Money.parse("USD 33.33"));
  }

  @Test
  void splitsInProportionToExpectedReturn() {
    Map<String, Money> returns = new LinkedHashMap<>();
    returns.put("ads", Money.parse("TWD 30000"));
    returns.put("influencers", Money.parse("TWD 10000"));
    returns.put("live", Money.parse("TWD 0"));
    Map<String, Money> parts = BudgetSplit.byExpectedReturn(USD_100, returns);
    assertThat(parts)
        .containsExactly(
            Map.entry("ads", Money.parse("USD 75.00")),
            Map.entry("influencers", Money.parse("USD 25.00")),
            Map.entry("live", Money.parse("USD 0.00")));
  }

  @Test
  void refusesAllZeroWeightsWithAClearMessage() {
    assertThatThrownBy(() -> BudgetSplit.byWeights(USD_100, List.of(0.0, 0.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must not all be zero: cannot split USD 100.00 by zero weights");
  }

  @Test
  void refusesImpossibleInput() {
    assertThatThrownBy(() -> BudgetSplit.byWeights(USD_100, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights must not be empty");
    assertThatThrownBy(() -> BudgetSplit.byWeights(USD_100, List.of(1.0, -2.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[1] must not be negative: -2.0");
    assertThatThrownBy(() -> BudgetSplit.byWeights(USD_100, List.of(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[0] must be a finite number: NaN");
    assertThatThrownBy(() -> BudgetSplit.byWeights(Money.parse("USD -1.00"), List.of(1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount must not be negative: USD -1.00");
    assertThatThrownBy(() -> BudgetSplit.evenly(USD_100, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parts must be at least 1: 0");
    assertThatThrownBy(() -> BudgetSplit.byWeights(USD_100, Map.of("a", -1.0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weights[a] must not be negative: -1.0");
  }

  @Test
  void refusesReturnsInSeveralCurrenciesOrNegative() {
    Map<String, Money> mixed = new LinkedHashMap<>();
    mixed.put("a", Money.parse("USD 1.00"));
    mixed.put("b", Money.parse("EUR 1.00"));
    assertThatThrownBy(() -> BudgetSplit.byExpectedReturn(USD_100, mixed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedReturns must be in one currency: USD and EUR 1.00");
    assertThatThrownBy(
            () -> BudgetSplit.byExpectedReturn(USD_100, Map.of("a", Money.parse("USD -1.00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedReturns[a] must not be negative: USD -1.00");
    assertThatThrownBy(
            () -> BudgetSplit.byExpectedReturn(USD_100, Map.of("a", Money.parse("USD 0.00"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expectedReturns must not all be zero");
  }
}
