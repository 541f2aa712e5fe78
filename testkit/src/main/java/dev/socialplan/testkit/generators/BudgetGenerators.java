package dev.socialplan.testkit.generators;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.budget.Allocation;
import dev.socialplan.budget.Budget;
import dev.socialplan.budget.BudgetCategory;
import dev.socialplan.platform.Platform;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.threeten.extra.LocalDateRange;

/**
 * QuickTheories generators for the {@code dev.socialplan.budget} package: currencies, money,
 * weights, allocations and budgets. Every generated value is constructible.
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class BudgetGenerators {

  /** Currencies whose minor units matter most: none (JPY), two (USD, EUR, TWD), three (BHD, KWD). */
  private static final List<CurrencyUnit> TYPICAL_CURRENCIES =
      List.of(
          CurrencyUnit.JPY,
          CurrencyUnit.USD,
          CurrencyUnit.EUR,
          CurrencyUnit.of("TWD"),
          CurrencyUnit.of("BHD"),
          CurrencyUnit.of("KWD"));

  private static final List<Platform> PLATFORMS = Platform.wellKnown();

  private BudgetGenerators() {}

  /**
   * Generates any currency Joda-Money knows, in code order so a seed reproduces the same choice.
   *
   * @return currencies with zero to four decimal places (and the pseudo-currencies without any)
   */
  public static Gen<CurrencyUnit> currencies() {
    List<CurrencyUnit> all =
        CurrencyUnit.registeredCurrencies().stream()
            .sorted(Comparator.comparing(CurrencyUnit::getCode))
            .collect(Collectors.toUnmodifiableList());
    return Generate.pick(TYPICAL_CURRENCIES).mix(Generate.pick(all), 50);
  }

  /**
   * Generates non-negative money in the given currency.
   *
   * @param currency the currency
   * @param maxMinorUnits the largest amount in minor units (cents, yen, fils), not negative
   * @return amounts from zero to {@code maxMinorUnits} minor units
   */
  public static Gen<Money> money(CurrencyUnit currency, long maxMinorUnits) {
    return longs().between(0, maxMinorUnits).map(minor -> Money.ofMinor(currency, minor));
  }

  /**
   * Generates non-negative money in any currency, up to ten billion minor units.
   *
   * @return amounts in {@link #currencies()}
   */
  public static Gen<Money> money() {
    return currencies().flatMap(c -> money(c, 10_000_000_000L));
  }

  /**
   * Generates a single split weight: zero, a small whole number, or any finite positive double from
   * {@code 1e-9} to {@code 1e9}.
   *
   * @return finite, non-negative weights
   */
  public static Gen<Double> weight() {
    Gen<Double> whole = integers().between(0, 10).map(i -> (double) i);
    Gen<Double> any = doubles().between(1e-9, 1e9);
    Gen<Double> fraction = doubles().fromZeroToOne();
    return Generate.constant(0.0).mix(whole, 60).mix(any, 50).mix(fraction, 40);
  }

  /**
   * Generates lists of split weights with at least one positive weight.
   *
   * @param maxSize the largest number of weights, at least one
   * @return weight lists accepted by {@code BudgetSplit.byWeights}
   */
  public static Gen<List<Double>> weights(int maxSize) {
    return lists()
        .of(weight())
        .ofSizeBetween(1, maxSize)
        .zip(
            integers().between(0, maxSize - 1),
            doubles().between(1e-3, 1e3),
            (ws, at, positive) -> {
              if (ws.stream().anyMatch(w -> w > 0)) {
                return ws;
              }
              List<Double> fixed = new ArrayList<>(ws);
              fixed.set(at % fixed.size(), positive);
              return List.copyOf(fixed);
            });
  }

  /**
   * Generates non-empty, bounded budget periods from 2000 to 2100, one day to three years long.
   *
   * @return half-open periods accepted by {@link Budget}
   */
  public static Gen<LocalDateRange> periods() {
    Gen<LocalDate> starts =
        longs()
            .between(LocalDate.of(2000, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return starts.zip(
        integers().between(1, 3 * 366), (s, days) -> LocalDateRange.of(s, s.plusDays(days)));
  }

  /**
   * Generates allocations in the given currency, to a platform, a category or both, with or without
   * an expected return.
   *
   * @param currency the currency of the amount and the expected return
   * @return constructible allocations
   */
  public static Gen<Allocation> allocations(CurrencyUnit currency) {
    Gen<Optional<Platform>> platform = Generate.pick(PLATFORMS).toOptionals(30);
    Gen<Optional<BudgetCategory>> category =
        Generate.enumValues(BudgetCategory.class).toOptionals(30);
    Gen<Optional<Money>> expectedReturn = money(currency, 100_000_000L).toOptionals(30);
    return platform.zip(
        category,
        money(currency, 100_000_000L),
        expectedReturn,
        (p, c, amount, r) -> {
          Allocation.Builder b = Allocation.builder().amount(amount);
          if (p.isEmpty() && c.isEmpty()) {
            b.category(BudgetCategory.CONTENT_CREATION);
          }
          p.ifPresent(b::platform);
          c.ifPresent(b::category);
          r.ifPresent(b::expectedReturn);
          return b.build();
        });
  }

  /**
   * Generates budgets in one currency: a total, a period, an optional digital-marketing share and up
   * to {@code maxAllocations} allocations that may add up to more than the total (constructible, a
   * finding for the rules).
   *
   * @param maxAllocations the largest number of allocations, not negative
   * @return single-currency budgets
   */
  public static Gen<Budget> singleCurrencyBudgets(int maxAllocations) {
    return currencies().flatMap(c -> budgets(c, maxAllocations));
  }

  /**
   * Generates budgets whose allocations may be in several currencies, as planners sometimes write
   * them by mistake.
   *
   * @param maxAllocations the largest number of allocations, not negative
   * @return budgets, some in mixed currencies
   */
  public static Gen<Budget> budgets(int maxAllocations) {
    Gen<List<Allocation>> mixed =
        lists()
            .of(currencies().flatMap(BudgetGenerators::allocations))
            .ofSizeBetween(0, maxAllocations);
    return singleCurrencyBudgets(maxAllocations)
        .zip(
            mixed,
            Generate.booleans(),
            (budget, others, mix) -> mix ? budget.withAllocations(others) : budget);
  }

  /**
   * Generates budgets in one given currency: a total, a period, an optional digital-marketing share
   * and up to {@code maxAllocations} allocations in that currency that may add up to more than the
   * total.
   *
   * @param currency the currency of the total and of every allocation
   * @param maxAllocations the largest number of allocations, not negative
   * @return budgets in {@code currency}
   */
  public static Gen<Budget> singleCurrencyBudgets(CurrencyUnit currency, int maxAllocations) {
    return budgets(currency, maxAllocations);
  }

  private static Gen<Budget> budgets(CurrencyUnit currency, int maxAllocations) {
    Gen<List<Allocation>> allocations =
        lists().of(allocations(currency)).ofSizeBetween(0, maxAllocations);
    return money(currency, 1_000_000_000L)
        .zip(
            periods(),
            doubles().fromZeroToOne().toOptionals(50),
            allocations,
            (total, period, share, as) -> {
              Budget.Builder b = Budget.builder().total(total).period(period).allocations(as);
              share.ifPresent(b::digitalMarketingShare);
              return b.build();
            });
  }
}
