package dev.socialplan.analytics.aggregate;

import dev.socialplan.analytics.metric.Averages;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The engagement rates of a set of posts under one {@link EngagementDefinition}, averaged the three
 * ways a report needs: pooled, mean of per-post rates and median per-post rate, each over the
 * posts whose rate is defined, with the others counted as {@linkplain #excluded() excluded}.
 *
 * <p>This is the answer when some posts lack a component the definition counts: {@link
 * PerformanceSummary#pooledEngagementRate(EngagementDefinition)} treats a component as measured
 * only when every post has it, so one post without saves makes a whole group's pooled rate
 * undefined; here that post is left out and counted, and the group's other posts still pool. (In
 * the shared UCI Facebook data set, 4 of its 426 photos lack one interaction.)
 *
 * <ul>
 *   <li>{@link #pooled()}: Σ engagements ÷ Σ denominator over the included posts (a post's own
 *       numerator and denominator, as its rate used them), the rule of {@link Ratio#pooled}. Big
 *       posts weigh more.
 *   <li>{@link #meanOfRates()}: every included post weighs the same ({@link
 *       Averages#meanOfRatios}).
 *   <li>{@link #medianRate()}: the middle per-post rate; the mean of the two middle ones for an
 *       even count. Robust to one viral post.
 * </ul>
 *
 * <p>With a definition that falls back from one denominator to another, posts may use different
 * denominators; each post's rate is what {@link PerformanceRecord#engagementRate(
 * EngagementDefinition)} returns for it.
 *
 * <p>This class is immutable and thread-safe. It keeps every included post's rate (eight bytes a
 * post) so that the median is exact; it is a report value, not a mergeable accumulator like
 * {@link PerformanceSummary}.
 */
public final class EngagementStatistics {

  private final EngagementDefinition definition;
  private final long posts;
  /** The included posts' rates, ascending. */
  private final double[] rates;
  private final Ratio pooled;
  private final Ratio mean;

  private EngagementStatistics(
      EngagementDefinition definition, long posts, double[] rates, Ratio pooled, Ratio mean) {
    this.definition = definition;
    this.posts = posts;
    this.rates = rates;
    this.pooled = pooled;
    this.mean = mean;
  }

  /**
   * Computes the statistics of a set of posts.
   *
   * @param records the posts
   * @param definition how each post's engagement rate is computed
   * @return the statistics; with no post, or none whose rate is defined, every average is
   *     undefined
   * @throws IllegalArgumentException if a sum of rates, numerators or denominators overflows a
   *     double
   */
  public static EngagementStatistics of(
      Collection<PerformanceRecord> records, EngagementDefinition definition) {
    Checks.noNullElements(records, "records");
    Checks.notNull(definition, "definition");
    List<Ratio> defined = new ArrayList<>(records.size());
    for (PerformanceRecord record : records) {
      EngagementRate rate = record.engagementRate(definition);
      if (rate.isDefined()) {
        defined.add(rate.rate());
      }
    }
    return from(definition, records.size(), defined);
  }

  /**
   * Computes the statistics of each group of posts, in the groups' key order (the order of {@link
   * PerformanceBreakdown#groups()} for the same grouping and records). Under a grouping by hashtag a
   * post counts in the group of each of its hashtags ({@link Grouping#keysOf}), so the groups'
   * posts may add up to more than the posts given.
   *
   * @param grouping how the posts are grouped
   * @param records the posts
   * @param definition how each post's engagement rate is computed
   * @return the statistics of each group that has at least one post
   * @throws IllegalArgumentException if, in a group, a sum of rates, numerators or denominators
   *     overflows a double
   */
  public static SortedMap<GroupKey, EngagementStatistics> byGroup(
      Grouping grouping, Collection<PerformanceRecord> records, EngagementDefinition definition) {
    Checks.notNull(grouping, "grouping");
    Checks.noNullElements(records, "records");
    Checks.notNull(definition, "definition");
    TreeMap<GroupKey, List<PerformanceRecord>> groups = new TreeMap<>();
    for (PerformanceRecord record : records) {
      for (GroupKey key : grouping.keysOf(record)) {
        groups.computeIfAbsent(key, k -> new ArrayList<>()).add(record);
      }
    }
    TreeMap<GroupKey, EngagementStatistics> result = new TreeMap<>();
    groups.forEach((key, group) -> result.put(key, of(group, definition)));
    return Collections.unmodifiableSortedMap(result);
  }

  private static EngagementStatistics from(
      EngagementDefinition definition, long posts, List<Ratio> defined) {
    double[] rates = new double[defined.size()];
    for (int i = 0; i < rates.length; i++) {
      rates[i] = defined.get(i).value().getAsDouble();
    }
    Arrays.sort(rates);
    return new EngagementStatistics(
        definition, posts, rates, Ratio.pooled(defined), Averages.meanOfRatios(defined));
  }

  /**
   * Returns the definition the rates were computed by.
   *
   * @return the definition
   */
  public EngagementDefinition definition() {
    return definition;
  }

  /**
   * Returns how many posts there were.
   *
   * @return the number of posts, included and excluded
   */
  public long posts() {
    return posts;
  }

  /**
   * Returns how many posts have a defined rate and so count in every average.
   *
   * @return the number of included posts
   */
  public long included() {
    return rates.length;
  }

  /**
   * Returns how many posts are left out because their rate is undefined (a component the
   * definition needs is missing, or no denominator is available or positive).
   *
   * @return the number of excluded posts
   */
  public long excluded() {
    return posts - rates.length;
  }

  /**
   * Returns the pooled rate over the included posts: Σ engagements ÷ Σ denominator.
   *
   * @return the pooled rate; undefined when no post is included or the denominators sum to zero
   */
  public Ratio pooled() {
    return pooled;
  }

  /**
   * Returns the mean of the included posts' rates.
   *
   * @return a ratio of the sum of the rates to their number; undefined when no post is included
   */
  public Ratio meanOfRates() {
    return mean;
  }

  /**
   * Returns the median of the included posts' rates.
   *
   * @return the median, a fraction (0.035 is 3.5 %); empty when no post is included
   */
  public OptionalDouble medianRate() {
    int n = rates.length;
    if (n == 0) {
      return OptionalDouble.empty();
    }
    int m = n / 2;
    // Halving each before adding keeps the mean of two rates near Double.MAX_VALUE finite.
    return OptionalDouble.of(n % 2 == 1 ? rates[m] : rates[m - 1] / 2 + rates[m] / 2);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof EngagementStatistics)) {
      return false;
    }
    EngagementStatistics other = (EngagementStatistics) obj;
    return definition.equals(other.definition)
        && posts == other.posts
        && Arrays.equals(rates, other.rates)
        && pooled.equals(other.pooled);
  }

  @Override
  public int hashCode() {
    return Objects.hash(definition, posts, Arrays.hashCode(rates), pooled);
  }

  /**
   * Returns a readable summary: posts included and excluded and the three averages.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    return "EngagementStatistics[included=" + included() + ", excluded=" + excluded()
        + ", pooled=" + pooled + ", meanOfRates=" + mean
        + ", median=" + (rates.length == 0 ? "undefined" : medianRate().getAsDouble()) + "]";
  }
}
