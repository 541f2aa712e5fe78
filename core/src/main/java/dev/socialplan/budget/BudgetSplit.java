package dev.socialplan.budget;

import dev.socialplan.internal.Checks;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Splits an amount of money into parts that add up to it to the last minor unit.
 *
 * <p>The method is the largest-remainder method (Hamilton's method of apportionment), done in exact
 * decimal arithmetic on the amount's minor units (cents, yen, fils):
 *
 * <ol>
 *   <li>each part's exact share is {@code amount × weight ÷ sum of weights}, in minor units;
 *   <li>each part first gets the whole minor units of its share (rounded down);
 *   <li>the minor units left over (fewer than the number of parts) go one each to the parts with
 *       the largest remainders; <strong>ties go to the part that comes first</strong> in the list
 *       or in the map's iteration order.
 * </ol>
 *
 * <p>So the parts always add up exactly to the amount, every part is within one minor unit of its
 * exact share, and a part with weight zero gets exactly zero. Weights are doubles taken at their
 * exact binary value ({@code 0.1} is {@code 0.1000000000000000055511…}), so the result depends
 * only on the weights' ratios, never on floating-point rounding. It works for every {@link
 * CurrencyUnit}: {@code JPY} (no decimals), {@code USD} (two), {@code BHD} and {@code KWD} (three).
 *
 * <p>This class has only static methods and is thread-safe.
 */
public final class BudgetSplit {

  private BudgetSplit() {}

  /**
   * Splits an amount by weights.
   *
   * <p>{@code byWeights(USD 100.00, [1, 1, 1])} is {@code [USD 33.34, USD 33.33, USD 33.33]}: the
   * three remainders tie and the first part gets the spare cent.
   *
   * @param amount the amount to split, not negative
   * @param weights the weights, finite and not negative, at least one of them positive
   * @return one part per weight, in the order of the weights, adding up to the amount exactly
   * @throws NullPointerException if an argument or a weight is null
   * @throws IllegalArgumentException if the amount is negative, there are no weights, a weight is
   *     negative, NaN or infinite, or every weight is zero
   */
  public static List<Money> byWeights(Money amount, List<Double> weights) {
    Checks.notNull(amount, "amount");
    Checks.noNullElements(weights, "weights");
    BigDecimal[] exact = new BigDecimal[weights.size()];
    for (int i = 0; i < exact.length; i++) {
      double w = weights.get(i);
      Checks.nonNegative(w, "weights[" + i + "]");
      exact[i] = new BigDecimal(w);
    }
    return split(amount, exact, "weights");
  }

  /**
   * Splits an amount by weights given per key, such as per platform or per category.
   *
   * <p>Ties between equal remainders go to the key that comes first in the map's iteration order:
   * pass a {@link LinkedHashMap}, an {@link java.util.EnumMap} or a {@link java.util.SortedMap} for
   * a reproducible result.
   *
   * @param amount the amount to split, not negative
   * @param weights the weight of each key, finite and not negative, at least one positive
   * @param <K> the key type
   * @return the part of each key, in the map's iteration order, adding up to the amount exactly;
   *     unmodifiable
   * @throws NullPointerException if an argument, a key or a weight is null
   * @throws IllegalArgumentException if the amount is negative, the map is empty, a weight is
   *     negative, NaN or infinite, or every weight is zero
   */
  public static <K> Map<K, Money> byWeights(Money amount, Map<K, Double> weights) {
    Checks.notNull(amount, "amount");
    Checks.notNull(weights, "weights");
    List<K> keys = new ArrayList<>(weights.size());
    BigDecimal[] exact = new BigDecimal[weights.size()];
    int i = 0;
    for (Map.Entry<K, Double> e : weights.entrySet()) {
      K key = Checks.notNull(e.getKey(), "weights key");
      Double w = Checks.notNull(e.getValue(), "weights[" + key + "]");
      Checks.nonNegative(w, "weights[" + key + "]");
      keys.add(key);
      exact[i++] = new BigDecimal(w);
    }
    return zip(keys, split(amount, exact, "weights"));
  }

  /**
   * Splits an amount in proportion to the return each key is expected to bring: a key
   * expected to return twice as much gets twice the money.
   *
   * <p>The expected returns must share one currency, which may differ from the amount's (only
   * their ratios matter). Ties go to the key that comes first in the map's iteration order.
   *
   * @param amount the amount to split, not negative
   * @param expectedReturns the return expected from each key, not negative, in one currency, at
   *     least one positive
   * @param <K> the key type
   * @return the part of each key, in the map's iteration order, adding up to the amount exactly;
   *     unmodifiable
   * @throws NullPointerException if an argument, a key or a return is null
   * @throws IllegalArgumentException if the amount or a return is negative, the map is empty, the
   *     returns are in several currencies, or every return is zero
   */
  public static <K> Map<K, Money> byExpectedReturn(Money amount, Map<K, Money> expectedReturns) {
    Checks.notNull(amount, "amount");
    Checks.notNull(expectedReturns, "expectedReturns");
    List<K> keys = new ArrayList<>(expectedReturns.size());
    BigDecimal[] exact = new BigDecimal[expectedReturns.size()];
    CurrencyUnit currency = null;
    int i = 0;
    for (Map.Entry<K, Money> e : expectedReturns.entrySet()) {
      K key = Checks.notNull(e.getKey(), "expectedReturns key");
      Money r = Checks.notNull(e.getValue(), "expectedReturns[" + key + "]");
      if (r.isNegative()) {
        throw new IllegalArgumentException(
            "expectedReturns[" + key + "] must not be negative: " + r);
      }
      if (currency == null) {
        currency = r.getCurrencyUnit();
      } else if (!currency.equals(r.getCurrencyUnit())) {
        throw new IllegalArgumentException(
            "expectedReturns must be in one currency: " + currency + " and " + r);
      }
      keys.add(key);
      exact[i++] = r.getAmount();
    }
    return zip(keys, split(amount, exact, "expectedReturns"));
  }

  /**
   * Splits an amount into equal parts; the spare minor units go to the first parts.
   *
   * <p>{@code evenly(JPY 100, 3)} is {@code [JPY 34, JPY 33, JPY 33]}.
   *
   * @param amount the amount to split, not negative
   * @param parts the number of parts, at least one
   * @return the parts, adding up to the amount exactly
   * @throws IllegalArgumentException if the amount is negative or there are no parts
   */
  public static List<Money> evenly(Money amount, int parts) {
    Checks.notNull(amount, "amount");
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be at least 1: " + parts);
    }
    BigDecimal[] weights = new BigDecimal[parts];
    Arrays.fill(weights, BigDecimal.ONE);
    return split(amount, weights, "parts");
  }

  private static List<Money> split(Money amount, BigDecimal[] weights, String field) {
    if (amount.isNegative()) {
      throw new IllegalArgumentException("amount must not be negative: " + amount);
    }
    if (weights.length == 0) {
      throw new IllegalArgumentException(field + " must not be empty");
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (BigDecimal w : weights) {
      sum = sum.add(w);
    }
    if (sum.signum() == 0) {
      throw new IllegalArgumentException(
          field + " must not all be zero: cannot split " + amount + " by zero weights");
    }
    BigDecimal minor = new BigDecimal(amount.getAmountMinor().toBigIntegerExact());
    BigInteger[] floors = new BigInteger[weights.length];
    BigDecimal[] remainders = new BigDecimal[weights.length];
    BigInteger left = minor.toBigIntegerExact();
    for (int i = 0; i < weights.length; i++) {
      // share_i = minor * w_i / sum; floor and remainder (scaled by sum) stay exact.
      BigDecimal scaled = minor.multiply(weights[i]);
      BigDecimal[] qr = scaled.divideAndRemainder(sum);
      floors[i] = qr[0].toBigInteger();
      remainders[i] = qr[1];
      left = left.subtract(floors[i]);
    }
    // 0 <= left < number of parts with a positive remainder: zero weights never get a unit.
    int spare = left.intValueExact();
    List<Integer> order = new ArrayList<>(weights.length);
    for (int i = 0; i < weights.length; i++) {
      order.add(i);
    }
    order.sort(
        Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < spare; k++) {
      int i = order.get(k);
      floors[i] = floors[i].add(BigInteger.ONE);
    }
    CurrencyUnit currency = amount.getCurrencyUnit();
    int scale = amount.getScale();
    List<Money> parts = new ArrayList<>(weights.length);
    for (BigInteger f : floors) {
      parts.add(Money.of(currency, new BigDecimal(f, scale)));
    }
    return Collections.unmodifiableList(parts);
  }

  private static <K> Map<K, Money> zip(List<K> keys, List<Money> parts) {
    Map<K, Money> result = new LinkedHashMap<>();
    for (int i = 0; i < keys.size(); i++) {
      result.put(keys.get(i), parts.get(i));
    }
    return Collections.unmodifiableMap(result);
  }
}
