package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.Collection;

/**
 * Share of voice: the brand's mentions (or engagements) ÷ the total of the brand and its
 * competitors (Sprout Social, "Share of voice"). Example: 50 of 50 + 100 + 10 + 40 give
 * 25 %.
 */
public final class ShareOfVoice {
  private ShareOfVoice() {}

  /**
   * Share of voice: own ÷ (own + Σ competitors).
   *
   * @param own the brand's mentions or engagements
   * @param competitors each competitor's mentions or engagements, counted the same way
   * @return the share; undefined when nobody was mentioned
   * @throws ArithmeticException if the total overflows a long
   * @throws IllegalArgumentException if a count is negative
   */
  public static Ratio share(long own, long... competitors) {
    Checks.notNull(competitors, "competitors");
    Checks.nonNegative(own, "own");
    long total = own;
    for (int i = 0; i < competitors.length; i++) {
      total = Math.addExact(total, Checks.nonNegative(competitors[i], "competitors[" + i + "]"));
    }
    return Ratio.of(own, total);
  }

  /**
   * Share of voice: own ÷ (own + Σ competitors).
   *
   * @param own the brand's mentions or engagements
   * @param competitors each competitor's mentions or engagements, counted the same way
   * @return the share; undefined when nobody was mentioned
   * @throws ArithmeticException if the total overflows a long
   */
  public static Ratio share(long own, Collection<Long> competitors) {
    Checks.noNullElements(competitors, "competitors");
    return share(own, competitors.stream().mapToLong(Long::longValue).toArray());
  }
}
