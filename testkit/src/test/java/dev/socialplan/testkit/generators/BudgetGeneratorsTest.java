package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.threeten.extra.LocalDateRange;

class BudgetGeneratorsTest {
  private static final long SEED = 20261124L;
  private static final CurrencyUnit TWD = CurrencyUnit.of("TWD");
  private static final CurrencyUnit BHD = CurrencyUnit.of("BHD");

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void currenciesMixTheTypicalOnesWithAnyRegisteredOne() {
    Set<CurrencyUnit> currencies = Set.copyOf(sample(BudgetGenerators.currencies(), 400));
    assertThat(currencies).contains(CurrencyUnit.JPY, CurrencyUnit.USD, TWD, BHD);
    assertThat(currencies).hasSizeGreaterThan(20);
    assertThat(currencies.stream().map(CurrencyUnit::getDecimalPlaces).collect(Collectors.toSet()))
        .contains(0, 2, 3);
    assertThat(sample(BudgetGenerators.currencies(), 50))
        .as("a fixed seed reproduces the same choice")
        .isEqualTo(sample(BudgetGenerators.currencies(), 50));
  }

  @Test
  void moneyStaysInItsCurrencyFromZeroToTheMaximum() {
    List<Money> amounts = sample(BudgetGenerators.money(BHD, 5_000), 300);
    assertThat(amounts)
        .allSatisfy(
            m -> {
              assertThat(m.getCurrencyUnit()).isEqualTo(BHD);
              assertThat(m.getAmountMinorLong()).isBetween(0L, 5_000L);
            });
    assertThat(sample(BudgetGenerators.money(TWD, 0), 10)).containsOnly(Money.zero(TWD));
    List<Money> any = sample(BudgetGenerators.money(), 300);
    assertThat(any).allSatisfy(m -> assertThat(m.isNegative()).isFalse());
    assertThat(any.stream().map(Money::getCurrencyUnit).distinct().count()).isGreaterThan(5);
  }

  @Test
  void singleCurrencyBudgetsInAGivenCurrencyKeepEveryAmountInIt() {
    List<Budget> budgets = sample(BudgetGenerators.singleCurrencyBudgets(BHD, 4), 200);
    assertThat(budgets)
        .allSatisfy(
            b -> {
              assertThat(b.currencies()).containsExactly(BHD);
              assertThat(b.allocations()).hasSizeLessThanOrEqualTo(4);
            });
    assertThat(budgets).anyMatch(b -> b.allocations().size() == 4);
    assertThat(budgets).anyMatch(b -> b.allocations().isEmpty());
  }

  @Test
  void weightsAreFiniteNonNegativeAndReachBothExtremes() {
    List<Double> weights = sample(BudgetGenerators.weight(), 500);
    assertThat(weights).allSatisfy(w -> assertThat(w).isFinite().isBetween(0.0, 1e9));
    assertThat(weights).contains(0.0);
    assertThat(weights).anyMatch(w -> w > 0 && w < 1);
    assertThat(weights).anyMatch(w -> w > 1e6);
    assertThat(weights).anyMatch(w -> w == Math.rint(w) && w > 0 && w <= 10);
  }

  @Test
  void weightListsAlwaysHoldAPositiveWeight() {
    List<List<Double>> lists = sample(BudgetGenerators.weights(4), 400);
    assertThat(lists)
        .allSatisfy(
            ws -> {
              assertThat(ws).hasSizeBetween(1, 4);
              assertThat(ws).anyMatch(w -> w > 0);
            });
    assertThat(lists).anyMatch(ws -> ws.contains(0.0));
    assertThat(lists).anyMatch(ws -> ws.size() == 1);
    assertThat(sample(BudgetGenerators.weights(1), 50)).allSatisfy(ws -> assertThat(ws.get(0)).isPositive());
  }

  @Test
  void periodsAreOneDayToThreeYearsFrom2000To2100() {
    List<LocalDateRange> periods = sample(BudgetGenerators.periods(), 300);
    assertThat(periods)
        .allSatisfy(
            p -> {
              assertThat(p.getStart()).isBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));
              assertThat(ChronoUnit.DAYS.between(p.getStart(), p.getEnd())).isBetween(1L, 3L * 366);
            });
    assertThat(periods).anyMatch(p -> p.lengthInDays() > 366);
  }

  @Test
  void allocationsAlwaysHaveAPlatformOrACategoryInTheirCurrency() {
    List<Allocation> allocations = sample(BudgetGenerators.allocations(CurrencyUnit.EUR), 300);
    assertThat(allocations)
        .allSatisfy(
            a -> {
              assertThat(a.platform().isPresent() || a.category().isPresent()).isTrue();
              assertThat(a.amount().getCurrencyUnit()).isEqualTo(CurrencyUnit.EUR);
              a.expectedReturn().ifPresent(r -> assertThat(r.getCurrencyUnit()).isEqualTo(CurrencyUnit.EUR));
            });
    assertThat(allocations).anyMatch(a -> a.platform().isPresent() && a.category().isPresent());
    assertThat(allocations).anyMatch(a -> a.platform().isEmpty());
    assertThat(allocations).anyMatch(a -> a.category().isEmpty());
    assertThat(allocations).anyMatch(a -> a.expectedReturn().isPresent());
    assertThat(allocations).anyMatch(a -> a.expectedReturn().isEmpty());
  }

  @Test
  void singleCurrencyBudgetsAreSingleCurrencyAndSometimesOverAllocated() {
    List<Budget> budgets = sample(BudgetGenerators.singleCurrencyBudgets(5), 300);
    assertThat(budgets)
        .allSatisfy(
            b -> {
              assertThat(b.isSingleCurrency()).isTrue();
              assertThat(b.allocations()).hasSizeLessThanOrEqualTo(5);
            });
    assertThat(budgets).anyMatch(b -> b.allocations().isEmpty());
    assertThat(budgets).anyMatch(b -> b.unallocated().map(Money::isNegative).orElse(false));
    assertThat(budgets).anyMatch(b -> b.digitalMarketingShare().isPresent());
    assertThat(budgets).anyMatch(b -> b.digitalMarketingShare().isEmpty());
  }

  @Test
  void budgetsAreSometimesInMixedCurrencies() {
    List<Budget> budgets = sample(BudgetGenerators.budgets(4), 300);
    assertThat(budgets).anyMatch(b -> !b.isSingleCurrency());
    assertThat(budgets).anyMatch(Budget::isSingleCurrency);
    assertThat(budgets).allSatisfy(b -> assertThat(b.allocations()).hasSizeLessThanOrEqualTo(4));
  }
}
