package dev.socialplan.budget;

import dev.socialplan.internal.Checks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A sum of money that may span several currencies: one {@link Money} per currency, never converted.
 *
 * <p>A budget may hold allocations in several currencies (a planner's mistake that the validation
 * rules report, not an impossibility), so its totals are kept per currency instead of failing or
 * converting at a rate socialplan cannot know. The design follows OpenGamma Strata's {@code
 * MultiCurrencyAmount}.
 *
 * <p>A currency that was added with a zero amount is still listed: an allocation of {@code JPY 0}
 * still uses the yen. Amounts are listed in the order of their currency codes.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MultiCurrencyAmount {
  private static final MultiCurrencyAmount EMPTY = new MultiCurrencyAmount(new TreeMap<>());

  private final SortedMap<CurrencyUnit, Money> amounts;

  private MultiCurrencyAmount(SortedMap<CurrencyUnit, Money> amounts) {
    this.amounts = amounts;
  }

  /**
   * Returns the amount with no currency at all.
   *
   * @return the empty amount
   */
  public static MultiCurrencyAmount empty() {
    return EMPTY;
  }

  /**
   * Obtains the sum of the given amounts, per currency.
   *
   * @param amounts the amounts, in any currencies
   * @return the sum per currency
   * @throws NullPointerException if an amount is null
   */
  public static MultiCurrencyAmount of(Money... amounts) {
    Checks.notNull(amounts, "amounts");
    return of(List.of(amounts));
  }

  /**
   * Obtains the sum of the given amounts, per currency.
   *
   * @param amounts the amounts, in any currencies
   * @return the sum per currency
   * @throws NullPointerException if an amount is null
   */
  public static MultiCurrencyAmount of(Iterable<Money> amounts) {
    Checks.notNull(amounts, "amounts");
    SortedMap<CurrencyUnit, Money> sums = new TreeMap<>();
    int i = 0;
    for (Money amount : amounts) {
      Checks.notNull(amount, "amounts[" + i + "]");
      sums.merge(amount.getCurrencyUnit(), amount, Money::plus);
      i++;
    }
    return sums.isEmpty() ? EMPTY : new MultiCurrencyAmount(sums);
  }

  /**
   * Returns this sum plus an amount.
   *
   * @param amount the amount to add, in any currency
   * @return the new sum
   */
  public MultiCurrencyAmount plus(Money amount) {
    Checks.notNull(amount, "amount");
    SortedMap<CurrencyUnit, Money> sums = new TreeMap<>(amounts);
    sums.merge(amount.getCurrencyUnit(), amount, Money::plus);
    return new MultiCurrencyAmount(sums);
  }

  /**
   * Returns this sum plus another, currency by currency.
   *
   * @param other the other sum
   * @return the new sum
   */
  public MultiCurrencyAmount plus(MultiCurrencyAmount other) {
    Checks.notNull(other, "other");
    if (other.amounts.isEmpty()) {
      return this;
    }
    SortedMap<CurrencyUnit, Money> sums = new TreeMap<>(amounts);
    other.amounts.values().forEach(m -> sums.merge(m.getCurrencyUnit(), m, Money::plus));
    return new MultiCurrencyAmount(sums);
  }

  /**
   * Returns the amount in one currency.
   *
   * @param currency the currency
   * @return the amount in that currency, zero if this sum has none in it
   */
  public Money amount(CurrencyUnit currency) {
    Checks.notNull(currency, "currency");
    Money amount = amounts.get(currency);
    return amount != null ? amount : Money.zero(currency);
  }

  /**
   * Returns the amounts, one per currency, in the order of their currency codes.
   *
   * @return the amounts, unmodifiable
   */
  public List<Money> amounts() {
    return Collections.unmodifiableList(new ArrayList<>(amounts.values()));
  }

  /**
   * Returns the currencies this sum has an amount in, in the order of their codes.
   *
   * @return the currencies, unmodifiable
   */
  public Set<CurrencyUnit> currencies() {
    return Collections.unmodifiableSet(amounts.keySet());
  }

  /**
   * Tells whether this sum has no currency at all.
   *
   * @return true if nothing was added
   */
  public boolean isEmpty() {
    return amounts.isEmpty();
  }

  /**
   * Tells whether this sum has amounts in at most one currency.
   *
   * @return true if empty or in a single currency
   */
  public boolean isSingleCurrency() {
    return amounts.size() <= 1;
  }

  /**
   * Returns the only amount when this sum is in exactly one currency.
   *
   * @return the amount, or empty when this sum is empty or spans several currencies
   */
  public Optional<Money> single() {
    return amounts.size() == 1 ? Optional.of(amounts.get(amounts.firstKey())) : Optional.empty();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof MultiCurrencyAmount
        && amounts.equals(((MultiCurrencyAmount) obj).amounts);
  }

  @Override
  public int hashCode() {
    return amounts.hashCode();
  }

  /**
   * Returns the amounts in the order of their currency codes: {@code [EUR 10.00, USD 5.00]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return amounts.values().toString();
  }
}
