package dev.socialplan.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.testkit.generators.BudgetGenerators;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class BudgetPropertiesTest {

  @Test
  void allocatedPlusUnallocatedIsTheTotalInOneCurrency() {
    qt().forAll(BudgetGenerators.singleCurrencyBudgets(20))
        .checkAssert(
            budget -> {
              Money allocated = budget.allocated().amount(budget.currency());
              assertThat(budget.unallocated()).contains(budget.total().minus(allocated));
              assertThat(budget.allocated().isSingleCurrency()).isTrue();
            });
  }

  @Test
  void unallocatedIsUnknownExactlyWhenAnAllocationIsInAnotherCurrency() {
    qt().forAll(BudgetGenerators.budgets(8))
        .checkAssert(
            budget -> {
              boolean foreign =
                  budget.allocations().stream()
                      .anyMatch(a -> !a.amount().getCurrencyUnit().equals(budget.currency()));
              assertThat(budget.unallocated().isEmpty()).isEqualTo(foreign);
              assertThat(budget.currencies()).contains(budget.currency());
              assertThat(budget.isSingleCurrency()).isEqualTo(budget.currencies().size() == 1);
            });
  }

  @Test
  void platformAndCategorySumsNeverExceedTheAllocatedSum() {
    qt().forAll(BudgetGenerators.budgets(12))
        .checkAssert(
            budget -> {
              MultiCurrencyAmount byPlatform =
                  budget.allocatedByPlatform().values().stream()
                      .reduce(MultiCurrencyAmount.empty(), MultiCurrencyAmount::plus);
              MultiCurrencyAmount byCategory =
                  budget.allocatedByCategory().values().stream()
                      .reduce(MultiCurrencyAmount.empty(), MultiCurrencyAmount::plus);
              for (Money m : byPlatform.amounts()) {
                assertThat(m.isGreaterThan(budget.allocated().amount(m.getCurrencyUnit())))
                    .isFalse();
              }
              for (Money m : byCategory.amounts()) {
                assertThat(m.isGreaterThan(budget.allocated().amount(m.getCurrencyUnit())))
                    .isFalse();
              }
              // Every allocation names a platform or a category, so together they cover it all.
              assertThat(byPlatform.plus(byCategory).currencies())
                  .containsAll(budget.allocated().currencies());
            });
  }

  @Test
  void reallocatingByExpectedReturnSpendsTheWholeTotal() {
    qt().forAll(BudgetGenerators.singleCurrencyBudgets(10).map(BudgetPropertiesTest::withReturns))
        .checkAssert(
            budget -> {
              Budget reallocated = budget.reallocatedByExpectedReturn();
              assertThat(reallocated.unallocated()).contains(Money.zero(budget.currency()));
              assertThat(reallocated.allocations()).hasSameSizeAs(budget.allocations());
              assertThat(reallocated.expectedReturn()).isEqualTo(budget.expectedReturn());
            });
  }

  /** Gives every allocation an expected return (its amount, or one minor unit when zero). */
  private static Budget withReturns(Budget budget) {
    if (budget.allocations().isEmpty()) {
      return budget.plusAllocation(
          Allocation.of(BudgetCategory.TOOLS, budget.total())
              .withExpectedReturn(Money.ofMinor(budget.currency(), 1)));
    }
    List<Allocation> allocations = new ArrayList<>();
    for (Allocation a : budget.allocations()) {
      Money r = a.expectedReturn().orElse(a.amount());
      allocations.add(a.withExpectedReturn(r.isZero() ? r.plusMinor(1) : r));
    }
    return budget.withAllocations(allocations);
  }
}
