package dev.socialplan.budget;

import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.threeten.extra.LocalDateRange;

/**
 * The social media budget for a period (method step 5): its total, the share of the
 * whole digital marketing budget it represents, and its allocations by platform and by category.
 *
 * <p>The period is a half-open {@link LocalDateRange} {@code [start, end)} with both ends bounded
 * and at least one day. Money is Joda-Money, never {@code double}.
 *
 * <p>Construction refuses only impossibilities: a negative total, a share outside {@code [0, 1]},
 * an empty or unbounded period. A budget whose allocations add up to more than its total, or mix
 * currencies, is constructible on purpose: those are planning mistakes the validation rules report
 *, so every query here is defined for them: sums are kept per currency ({@link
 * MultiCurrencyAmount}) and {@link #unallocated()} says when it cannot be computed.
 *
 * <p>Obtain one with {@link #of(Money, LocalDateRange)} or {@link #builder()}. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Budget {

  Budget() {}

  /**
   * Returns the total the brand will spend on social media in the period.
   *
   * @return the total, not negative; its currency is the budget's currency
   */
  public abstract Money total();

  /**
   * Returns the period the budget covers, half-open {@code [start, end)}.
   *
   * @return the period, bounded and not empty
   */
  public abstract LocalDateRange period();

  /**
   * Returns the share of the whole digital marketing budget that this social media budget
   * represents, as a fraction ({@code 0.25} for a quarter), if the planner has stated it. The
   * source article asks planners to decide the digital marketing budget first, then the social
   * share.
   *
   * @return the fraction in {@code [0, 1]}
   */
  public abstract OptionalDouble digitalMarketingShare();

  /**
   * Returns the allocations, in the order given.
   *
   * @return the allocations, unmodifiable
   */
  public abstract List<Allocation> allocations();

  /**
   * Obtains a budget without allocations.
   *
   * @param total the total, not negative
   * @param period the period, bounded and not empty
   * @return the budget
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the total is negative or the period empty or unbounded
   */
  public static Budget of(Money total, LocalDateRange period) {
    return builder().total(total).period(period).build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with one more allocation at the end.
   *
   * @param allocation the allocation
   * @return the new budget
   */
  public Budget plusAllocation(Allocation allocation) {
    return builder().from(this).addAllocation(allocation).build();
  }

  /**
   * Returns a copy with these allocations instead of the current ones.
   *
   * @param allocations the allocations
   * @return the new budget
   */
  public Budget withAllocations(List<Allocation> allocations) {
    return builder().from(this).allocations(allocations).build();
  }

  /**
   * Returns a copy with the share of the digital marketing budget.
   *
   * @param share the fraction in {@code [0, 1]}
   * @return the new budget
   * @throws IllegalArgumentException if the share is outside {@code [0, 1]}, NaN or infinite
   */
  public abstract Budget withDigitalMarketingShare(double share);

  /**
   * Returns the budget's currency, the currency of its total.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return total().getCurrencyUnit();
  }

  /**
   * Returns every currency the budget uses: its total's, its allocations' and their expected
   * returns', in the order of their codes.
   *
   * @return the currencies, unmodifiable
   */
  public Set<CurrencyUnit> currencies() {
    Set<CurrencyUnit> currencies = new TreeSet<>();
    currencies.add(currency());
    for (Allocation a : allocations()) {
      currencies.add(a.amount().getCurrencyUnit());
      a.expectedReturn().ifPresent(r -> currencies.add(r.getCurrencyUnit()));
    }
    return Collections.unmodifiableSet(currencies);
  }

  /**
   * Tells whether all the budget's money is in one currency.
   *
   * @return true if {@link #currencies()} has one element
   */
  public boolean isSingleCurrency() {
    return currencies().size() == 1;
  }

  /**
   * Returns the sum of all allocations, per currency.
   *
   * @return the allocated sum; empty when there are no allocations
   */
  public MultiCurrencyAmount allocated() {
    return MultiCurrencyAmount.of(amounts(allocations()));
  }

  /**
   * Returns the sum allocated to each platform, per currency, for the allocations that name a
   * platform; in the order each platform first appears.
   *
   * @return the sum per platform, unmodifiable
   */
  public Map<Platform, MultiCurrencyAmount> allocatedByPlatform() {
    Map<Platform, MultiCurrencyAmount> sums = new LinkedHashMap<>();
    for (Allocation a : allocations()) {
      a.platform()
          .ifPresent(
              p -> sums.merge(p, MultiCurrencyAmount.of(a.amount()), MultiCurrencyAmount::plus));
    }
    return Collections.unmodifiableMap(sums);
  }

  /**
   * Returns the sum allocated to each category, per currency, for the allocations that name a
   * category; in the order of {@link BudgetCategory}.
   *
   * @return the sum per category, unmodifiable
   */
  public Map<BudgetCategory, MultiCurrencyAmount> allocatedByCategory() {
    Map<BudgetCategory, MultiCurrencyAmount> sums = new EnumMap<>(BudgetCategory.class);
    for (Allocation a : allocations()) {
      a.category()
          .ifPresent(
              c -> sums.merge(c, MultiCurrencyAmount.of(a.amount()), MultiCurrencyAmount::plus));
    }
    return Collections.unmodifiableMap(sums);
  }

  /**
   * Returns the sum allocated to a platform (allocations naming it, with or without a category).
   *
   * @param platform the platform
   * @return the sum per currency; empty when nothing is allocated to it
   */
  public MultiCurrencyAmount allocatedTo(Platform platform) {
    Checks.notNull(platform, "platform");
    List<Money> amounts = new ArrayList<>();
    for (Allocation a : allocations()) {
      if (a.platform().filter(platform::equals).isPresent()) {
        amounts.add(a.amount());
      }
    }
    return MultiCurrencyAmount.of(amounts);
  }

  /**
   * Returns the sum allocated to a category (allocations naming it, on any platform or none).
   *
   * @param category the category
   * @return the sum per currency; empty when nothing is allocated to it
   */
  public MultiCurrencyAmount allocatedTo(BudgetCategory category) {
    Checks.notNull(category, "category");
    List<Money> amounts = new ArrayList<>();
    for (Allocation a : allocations()) {
      if (a.category().filter(category::equals).isPresent()) {
        amounts.add(a.amount());
      }
    }
    return MultiCurrencyAmount.of(amounts);
  }

  /**
   * Returns the sum of the expected returns of the allocations that have one, per currency.
   *
   * @return the expected return; empty when no allocation has one
   */
  public MultiCurrencyAmount expectedReturn() {
    List<Money> returns = new ArrayList<>();
    allocations().forEach(a -> a.expectedReturn().ifPresent(returns::add));
    return MultiCurrencyAmount.of(returns);
  }

  /**
   * Returns what is left of the total after the allocations: {@code total − allocated}.
   *
   * <p>Negative when the allocations exceed the total. Empty when an allocation is in another
   * currency than the total: the remainder cannot be known without an exchange rate, and socialplan
   * does not silently leave such allocations out.
   *
   * @return the remainder in the budget's currency, or empty for mixed currencies
   */
  public Optional<Money> unallocated() {
    Money left = total();
    for (Allocation a : allocations()) {
      if (!a.amount().getCurrencyUnit().equals(currency())) {
        return Optional.empty();
      }
      left = left.minus(a.amount());
    }
    return Optional.of(left);
  }

  /**
   * Splits the total by weights to the exact minor unit, with largest-remainder rounding (see
   * {@link BudgetSplit#byWeights(Money, Map)} for the method and the tie-break).
   *
   * @param weights the weight of each key (platform, category, …), finite and not negative, at
   *     least one positive
   * @param <K> the key type
   * @return the part of the total for each key, adding up to the total exactly; unmodifiable
   * @throws IllegalArgumentException if the map is empty or a weight is negative, NaN, infinite,
   *     or every weight is zero
   */
  public <K> Map<K, Money> splitByWeights(Map<K, Double> weights) {
    return BudgetSplit.byWeights(total(), weights);
  }

  /**
   * Splits the total in proportion to the return each key is expected to bring (see {@link
   * BudgetSplit#byExpectedReturn(Money, Map)}).
   *
   * @param expectedReturns the return expected from each key, not negative, in one currency, at
   *     least one positive
   * @param <K> the key type
   * @return the part of the total for each key, adding up to the total exactly; unmodifiable
   * @throws IllegalArgumentException if the map is empty, a return is negative, the returns are in
   *     several currencies or all zero
   */
  public <K> Map<K, Money> splitByExpectedReturn(Map<K, Money> expectedReturns) {
    return BudgetSplit.byExpectedReturn(total(), expectedReturns);
  }

  /**
   * Returns a copy whose allocations share the whole total in proportion to their expected returns
   *: each allocation keeps its platform, category, id and expected return, and gets
   * {@code total × its return ÷ all returns}, to the exact minor unit; ties in rounding go to the
   * earlier allocation.
   *
   * @return the reallocated budget
   * @throws IllegalStateException if there are no allocations, an allocation has no expected
   *     return, the returns are in several currencies, or every return is zero
   */
  public Budget reallocatedByExpectedReturn() {
    if (allocations().isEmpty()) {
      throw new IllegalStateException("allocations must not be empty to reallocate " + total());
    }
    Map<Integer, Money> returns = new LinkedHashMap<>();
    for (int i = 0; i < allocations().size(); i++) {
      int index = i;
      Money r =
          allocations()
              .get(i)
              .expectedReturn()
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "allocations[" + index + "] has no expected return"));
      returns.put(i, r);
    }
    Map<Integer, Money> parts;
    try {
      parts = BudgetSplit.byExpectedReturn(total(), returns);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("cannot reallocate by expected return: " + e.getMessage(), e);
    }
    List<Allocation> reallocated = new ArrayList<>(allocations().size());
    for (int i = 0; i < allocations().size(); i++) {
      reallocated.add(allocations().get(i).withAmount(parts.get(i)));
    }
    return withAllocations(reallocated);
  }

  private static List<Money> amounts(List<Allocation> allocations) {
    List<Money> amounts = new ArrayList<>(allocations.size());
    allocations.forEach(a -> amounts.add(a.amount()));
    return amounts;
  }

  @Value.Check
  void check() {
    if (total().isNegative()) {
      throw new IllegalArgumentException("total must not be negative: " + total());
    }
    if (period().isUnboundedStart() || period().isUnboundedEnd()) {
      throw new IllegalArgumentException("period must be bounded at both ends: " + period());
    }
    if (period().isEmpty()) {
      throw new IllegalArgumentException("period must not be empty: " + period());
    }
    if (digitalMarketingShare().isPresent()) {
      Checks.fraction(digitalMarketingShare().getAsDouble(), "digitalMarketingShare");
    }
  }

  /** Builds a {@link Budget}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableBudget.Builder {
    Builder() {}
  }
}
