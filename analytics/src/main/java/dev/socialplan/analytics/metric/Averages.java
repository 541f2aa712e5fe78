package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.Collection;

/**
 * The two ways to average per-post rates, both named so neither is chosen silently.
 *
 * <ul>
 *   <li>{@link #meanOfRatios(Collection)}: every post weighs the same. Hootsuite's engagement rate by
 *       reach is averaged this way: posts at 3.4 % and 3.5 % average 3.45 %.
 *   <li>{@link #pooled(Collection)}: the ratio of sums, Σ numerators ÷ Σ denominators; every
 *       impression (or reach, or follower) weighs the same, so big posts dominate. This is what a
 *       platform's account-level "engagement rate" usually is.
 * </ul>
 *
 * <p>Both leave out undefined per-post ratios (zero denominators), so they average the same posts;
 * {@link #countUndefined(Collection)} says how many were left out.
 */
public final class Averages {
  private Averages() {}

  /**
   * Mean of per-post ratios: (Σ rateᵢ) ÷ n over the n defined ratios.
   *
   * @param ratios per-post ratios
   * @return a ratio whose numerator is the sum of the defined rates and whose denominator is their
   *     number; undefined when no ratio is defined
   * @throws IllegalArgumentException if the sum of the rates overflows a double
   */
  public static Ratio meanOfRatios(Collection<Ratio> ratios) {
    Checks.noNullElements(ratios, "ratios");
    double sum = 0;
    long n = 0;
    for (Ratio ratio : ratios) {
      if (ratio.isDefined()) {
        sum += ratio.value().getAsDouble();
        n++;
      }
    }
    return Ratio.of(sum, (double) n);
  }

  /**
   * Pooled ratio, the ratio of sums: Σ numeratorᵢ ÷ Σ denominatorᵢ over the defined ratios. The same
   * rule, and the same result, as {@link Ratio#pooled(Collection)}: {@code 5/0} and {@code 1/10} pool
   * to {@code 1/10}, the undefined post left out (and counted by {@link #countUndefined}). To add
   * every part, undefined ones included, use {@link Ratio#sumOfParts(Collection)}.
   *
   * @param ratios per-post ratios
   * @return the pooled ratio; undefined when no ratio is defined
   * @throws IllegalArgumentException if a sum, or the pooled quotient, overflows a double
   */
  public static Ratio pooled(Collection<Ratio> ratios) {
    return Ratio.pooled(ratios);
  }

  /**
   * Counts the undefined ratios, which both averages leave out.
   *
   * @param ratios per-post ratios
   * @return how many have a zero denominator
   */
  public static long countUndefined(Collection<Ratio> ratios) {
    Checks.noNullElements(ratios, "ratios");
    return ratios.stream().filter(r -> !r.isDefined()).count();
  }
}
