package dev.socialplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.socialplan.testkit.generators.BudgetGenerators;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BudgetSplitPropertiesTest {
  private static final Gen<List<Double>> WEIGHTS = BudgetGenerators.weights(25);
  private static final Gen<Money> AMOUNTS = BudgetGenerators.money();

  @Test
  void partsAddUpToTheAmountExactlyInTheAmountsCurrency() {
    qt().forAll(AMOUNTS, WEIGHTS)
        .checkAssert(
            (amount, weights) -> {
              List<Money> parts = BudgetSplit.byWeights(amount, weights);
              assertThat(parts).hasSameSizeAs(weights);
              assertThat(parts).allMatch(p -> p.getCurrencyUnit().equals(amount.getCurrencyUnit()));
              assertThat(parts).noneMatch(Money::isNegative);
              assertThat(Money.total(amount.getCurrencyUnit(), parts)).isEqualTo(amount);
            });
  }

  @Test
  void everyPartIsWithinOneMinorUnitOfItsExactShare() {
    qt().forAll(AMOUNTS, WEIGHTS)
        .checkAssert(
            (amount, weights) -> {
              List<Money> parts = BudgetSplit.byWeights(amount, weights);
              BigDecimal sum =
                  weights.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal minor = amount.getAmountMinor();
              for (int i = 0; i < parts.size(); i++) {
                // |part − amount × w / sum| < 1 minor unit, multiplied through by sum to stay exact
                BigDecimal exactTimesSum = minor.multiply(new BigDecimal(weights.get(i)));
                BigDecimal partTimesSum = parts.get(i).getAmountMinor().multiply(sum);
                assertThat(partTimesSum.subtract(exactTimesSum).abs()).isLessThan(sum);
              }
            });
  }

  @Test
  void theSpareUnitsGoToTheLargestRemaindersAndTiesToTheFirst() {
    qt().forAll(AMOUNTS, WEIGHTS)
        .checkAssert(
            (amount, weights) -> {
              List<Money> parts = BudgetSplit.byWeights(amount, weights);
              BigDecimal sum =
                  weights.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
              BigDecimal minor = amount.getAmountMinor();
              int n = weights.size();
              BigDecimal[] remainder = new BigDecimal[n];
              boolean[] roundedUp = new boolean[n];
              for (int i = 0; i < n; i++) {
                // exact share × sum = floor × sum + remainder, with 0 <= remainder < sum
                BigDecimal scaled = minor.multiply(new BigDecimal(weights.get(i)));
                BigDecimal floor = scaled.divideToIntegralValue(sum);
                remainder[i] = scaled.subtract(floor.multiply(sum));
                roundedUp[i] = parts.get(i).getAmountMinor().compareTo(floor) > 0;
              }
              for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                  if (roundedUp[i] && !roundedUp[j]) {
                    int c = remainder[i].compareTo(remainder[j]);
                    assertThat(c > 0 || (c == 0 && i < j))
                        .as("part %d rounded up before part %d", i, j)
                        .isTrue();
                  }
                }
              }
            });
  }

  @Test
  void zeroWeightsGetZero() {
    qt().forAll(AMOUNTS, WEIGHTS)
        .checkAssert(
            (amount, weights) -> {
              List<Money> parts = BudgetSplit.byWeights(amount, weights);
              for (int i = 0; i < parts.size(); i++) {
                if (weights.get(i) == 0.0) {
                  assertThat(parts.get(i).isZero()).isTrue();
                }
              }
            });
  }

  @Test
  void allZeroWeightsAreRefusedWithAClearError() {
    qt().forAll(AMOUNTS, integers().between(1, 30))
        .checkAssert(
            (amount, n) ->
                assertThatThrownBy(
                        () -> BudgetSplit.byWeights(amount, Collections.nCopies(n, 0.0)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(
                        "weights must not all be zero: cannot split "
                            + amount
                            + " by zero weights"));
  }

  @Test
  void equalWeightsDifferByAtMostOneMinorUnitWithTheSpareUnitsFirst() {
    qt().forAll(AMOUNTS, integers().between(1, 40))
        .checkAssert(
            (amount, n) -> {
              List<Money> parts = BudgetSplit.evenly(amount, n);
              assertThat(Money.total(amount.getCurrencyUnit(), parts)).isEqualTo(amount);
              for (int i = 1; i < n; i++) {
                long step =
                    parts.get(i - 1).getAmountMinorLong() - parts.get(i).getAmountMinorLong();
                assertThat(step).isBetween(0L, 1L);
              }
              assertThat(parts.get(0).minus(parts.get(n - 1)).getAmountMinorLong())
                  .isBetween(0L, 1L);
            });
  }

  @Test
  void scalingTheWeightsDoesNotChangeTheSplit() {
    qt().forAll(AMOUNTS, BudgetGenerators.weights(10), integers().between(1, 1000))
        .checkAssert(
            (amount, weights, factor) -> {
              List<Double> scaled = weights.stream().map(w -> w * factor).toList();
              // Multiplying by a small integer can round a double; compare only exact scalings.
              boolean exact = true;
              for (int i = 0; i < weights.size(); i++) {
                exact &=
                    new BigDecimal(scaled.get(i))
                            .compareTo(new BigDecimal(weights.get(i)).multiply(BigDecimal.valueOf(factor)))
                        == 0;
              }
              if (exact) {
                assertThat(BudgetSplit.byWeights(amount, scaled))
                    .isEqualTo(BudgetSplit.byWeights(amount, weights));
              }
            });
  }

  @Test
  void mapSplitAgreesWithListSplit() {
    qt().forAll(AMOUNTS, WEIGHTS)
        .checkAssert(
            (amount, weights) -> {
              Map<Integer, Double> byKey = new LinkedHashMap<>();
              for (int i = 0; i < weights.size(); i++) {
                byKey.put(i, weights.get(i));
              }
              assertThat(List.copyOf(BudgetSplit.byWeights(amount, byKey).values()))
                  .isEqualTo(BudgetSplit.byWeights(amount, weights));
            });
  }
}
