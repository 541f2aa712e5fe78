package dev.socialplan.audience;

import dev.socialplan.internal.Checks;
import java.math.RoundingMode;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A persona's average income as a range of money per month or per year, both ends included:
 * {@code IncomeBand.monthly(Money.of(TWD, 30_000), Money.of(TWD, 45_000))}.
 *
 * <p>Both ends are in one currency and not negative, and the low end is not above the high end.
 * Incomes are quoted monthly in some markets (Taiwan, Japan) and yearly in others (the United
 * States); {@link #toYearly()} makes bands comparable.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param low the low end, zero or more
 * @param high the high end, same currency, not below {@code low}
 * @param basis whether the amounts are per month or per year
 */
public record IncomeBand(Money low, Money high, IncomeBand.Basis basis) {

  /** The period the amounts of an income band are earned in. */
  public enum Basis {
    /** Income per month. */
    MONTHLY,
    /** Income per year. */
    YEARLY
  }

  /**
   * Validates the band.
   *
   * @param low the low end, zero or more
   * @param high the high end, same currency, not below {@code low}
   * @param basis whether the amounts are per month or per year
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if an end is negative, the currencies differ or the band is
   *     upside down
   */
  public IncomeBand {
    Checks.notNull(low, "low");
    Checks.notNull(high, "high");
    Checks.notNull(basis, "basis");
    if (low.isNegative()) {
      throw new IllegalArgumentException("low must not be negative: " + low);
    }
    if (!low.isSameCurrency(high)) {
      throw new IllegalArgumentException(
          "low and high must be in one currency: " + low + ", " + high);
    }
    if (high.isLessThan(low)) {
      throw new IllegalArgumentException(
          "income band must not be upside down: high " + high + " < low " + low);
    }
  }

  /**
   * Obtains a band of monthly income.
   *
   * @param low the low end, zero or more
   * @param high the high end, same currency, not below {@code low}
   * @return the band
   * @throws IllegalArgumentException if an end is negative, the currencies differ or the band is
   *     upside down
   */
  public static IncomeBand monthly(Money low, Money high) {
    return new IncomeBand(low, high, Basis.MONTHLY);
  }

  /**
   * Obtains a band of yearly income.
   *
   * @param low the low end, zero or more
   * @param high the high end, same currency, not below {@code low}
   * @return the band
   * @throws IllegalArgumentException if an end is negative, the currencies differ or the band is
   *     upside down
   */
  public static IncomeBand yearly(Money low, Money high) {
    return new IncomeBand(low, high, Basis.YEARLY);
  }

  /**
   * Returns the currency of the band.
   *
   * @return the currency
   */
  public CurrencyUnit currency() {
    return low.getCurrencyUnit();
  }

  /**
   * Returns the band per year: a monthly band times 12, exactly.
   *
   * @return the yearly band, this band if already yearly
   * @throws ArithmeticException if an amount overflows Joda-Money's range
   */
  public IncomeBand toYearly() {
    return basis == Basis.YEARLY ? this : yearly(low.multipliedBy(12), high.multipliedBy(12));
  }

  /**
   * Returns the middle of the band, rounded half-even to the currency's minor unit.
   *
   * @return {@code (low + high) / 2}
   */
  public Money midpoint() {
    return low.plus(high).dividedBy(2, RoundingMode.HALF_EVEN);
  }

  /**
   * Tells whether an income lies in the band (same currency, ends included).
   *
   * @param income the income, on the band's basis
   * @return true if {@code low <= income <= high}
   * @throws NullPointerException if the income is null
   * @throws org.joda.money.CurrencyMismatchException if the currency differs
   */
  public boolean contains(Money income) {
    Checks.notNull(income, "income");
    return !income.isLessThan(low) && !income.isGreaterThan(high);
  }

  /**
   * Returns the band as text.
   *
   * @return such as {@code TWD 30000.00–45000.00 monthly}
   */
  @Override
  public String toString() {
    return low + "–" + high.getAmount().toPlainString() + " " + basis.name().toLowerCase(java.util.Locale.ROOT);
  }
}
