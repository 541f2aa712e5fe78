package dev.socialplan.goal;

import dev.socialplan.internal.Checks;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The growth a goal's required pace is compared with by the SMART "Achievable" check:
 * the change per month the account has actually achieved (its history), or a benchmark.
 *
 * <p>Changes are in the goal metric's canonical scale (see {@link dev.socialplan.metric.MetricUnit}):
 * followers gained per month, percentage-point changes of a rate as fractions ({@code 0.002} for
 * 0.2 points), money in major units. The strategy guide's example — "+400 Instagram followers a
 * month" — is achievable for an account whose history is {@code observed(300, 450, 500)} and not for
 * one whose history is {@code observed(20, 18, 25)}; the tolerance belongs to the rule, not here.
 *
 * <p>A reference has at least one monthly change: "no history" is an absent reference on the goal.
 * Changes may be negative (an account that lost followers). A benchmark is given as a low and a high
 * change per month, in that order.
 *
 * <p>Each change is zero or between 10<sup>−300</sup> and 10<sup>300</sup> in magnitude. A {@link
 * BigDecimal} can hold far more extreme numbers ({@code 1E+2147483647}), but no growth is measured
 * in them, and arithmetic on them (a tolerance added, a value shown to two decimals) would need
 * billions of digits; they are refused when the reference is built.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GrowthReference {

  /** Where a growth reference comes from. */
  public enum Kind {
    /** The account's own observed history, month by month, oldest first. */
    OBSERVED,
    /** A benchmark: comparable accounts, an industry report, a competitor; low and high. */
    BENCHMARK
  }

  /** The largest magnitude of a monthly change. */
  private static final BigDecimal LARGEST = BigDecimal.ONE.scaleByPowerOfTen(300);

  /** The smallest magnitude of a monthly change other than zero. */
  private static final BigDecimal SMALLEST = BigDecimal.ONE.scaleByPowerOfTen(-300);

  GrowthReference() {}

  /**
   * Returns where the reference comes from.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the changes per month: for {@link Kind#OBSERVED} the history, oldest first; for {@link
   * Kind#BENCHMARK} the low and the high end.
   *
   * @return the monthly changes, unmodifiable, never empty
   */
  public abstract List<BigDecimal> monthlyChanges();

  /**
   * Returns where the figures were taken from, such as {@code "Instagram Insights, Jan–Jun 2025"}.
   *
   * @return the source
   */
  public abstract Optional<String> source();

  /**
   * Obtains the observed history of whole-number changes, oldest month first: {@code observed(300,
   * 450, 500)}.
   *
   * @param monthlyChanges the change of each month, at least one
   * @return the reference
   * @throws IllegalArgumentException if no change is given, or a change is not zero and outside
   *     10<sup>−300</sup> to 10<sup>300</sup> in magnitude
   */
  public static GrowthReference observed(long... monthlyChanges) {
    Checks.notNull(monthlyChanges, "monthlyChanges");
    return observed(Arrays.stream(monthlyChanges).mapToObj(BigDecimal::valueOf).collect(Collectors.toList()));
  }

  /**
   * Obtains the observed history of changes, oldest month first.
   *
   * @param monthlyChanges the change of each month, at least one
   * @return the reference
   * @throws NullPointerException if the list or an element is null
   * @throws IllegalArgumentException if the list is empty, or a change is not zero and outside
   *     10<sup>−300</sup> to 10<sup>300</sup> in magnitude
   */
  public static GrowthReference observed(List<BigDecimal> monthlyChanges) {
    return builder().kind(Kind.OBSERVED).monthlyChanges(monthlyChanges).build();
  }

  /**
   * Obtains a benchmark range of changes per month.
   *
   * @param low the low end
   * @param high the high end, not below {@code low}
   * @return the reference
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code high} is below {@code low}, or a change is not zero
   *     and outside 10<sup>−300</sup> to 10<sup>300</sup> in magnitude
   */
  public static GrowthReference benchmark(BigDecimal low, BigDecimal high) {
    return builder().kind(Kind.BENCHMARK).addMonthlyChange(low).addMonthlyChange(high).build();
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
   * Returns a copy with another source.
   *
   * @param source where the figures were taken from, not blank
   * @return the new reference
   */
  public abstract GrowthReference withSource(String source);

  /**
   * Returns the smallest monthly change.
   *
   * @return the lowest change
   */
  public BigDecimal lowest() {
    return Collections.min(monthlyChanges());
  }

  /**
   * Returns the largest monthly change.
   *
   * @return the highest change
   */
  public BigDecimal highest() {
    return Collections.max(monthlyChanges());
  }

  /**
   * Returns the mean monthly change, rounded to 16 significant digits ({@link MathContext#DECIMAL64}).
   *
   * @return the mean change
   */
  public BigDecimal mean() {
    BigDecimal sum = monthlyChanges().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(monthlyChanges().size()), MathContext.DECIMAL64);
  }

  /**
   * Tells whether a monthly pace lies within the reference, between {@link #lowest()} and {@link
   * #highest()} inclusive.
   *
   * @param monthlyPace the pace, in the same scale as the changes
   * @return true if lowest ≤ pace ≤ highest
   * @throws NullPointerException if the pace is null
   */
  public boolean covers(BigDecimal monthlyPace) {
    Checks.notNull(monthlyPace, "monthlyPace");
    return monthlyPace.compareTo(lowest()) >= 0 && monthlyPace.compareTo(highest()) <= 0;
  }

  @Value.Check
  void check() {
    for (int i = 0; i < monthlyChanges().size(); i++) {
      BigDecimal change = monthlyChanges().get(i);
      if (change.signum() != 0
          && (change.abs().compareTo(LARGEST) > 0 || change.abs().compareTo(SMALLEST) < 0)) {
        throw new IllegalArgumentException(
            "monthlyChanges["
                + i
                + "] must be zero or between 1E-300 and 1E+300 in magnitude: "
                + change);
      }
    }
    if (monthlyChanges().isEmpty()) {
      throw new IllegalArgumentException("monthlyChanges must not be empty: []");
    }
    if (kind() == Kind.BENCHMARK) {
      if (monthlyChanges().size() != 2) {
        throw new IllegalArgumentException(
            "a benchmark's monthlyChanges must be a low and a high: " + monthlyChanges());
      }
      if (monthlyChanges().get(1).compareTo(monthlyChanges().get(0)) < 0) {
        throw new IllegalArgumentException(
            "a benchmark's high must not be below its low: " + monthlyChanges());
      }
    }
    source().ifPresent(s -> Checks.nonBlank(s, "source"));
  }

  /** Builds a {@link GrowthReference}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableGrowthReference.Builder {
    Builder() {}
  }
}
