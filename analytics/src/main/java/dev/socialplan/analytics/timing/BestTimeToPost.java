package dev.socialplan.analytics.timing;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.apache.commons.statistics.descriptive.Median;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.jspecify.annotations.Nullable;

/**
 * Best time to post from an account's history (the method of Sprout Social,
 * Buffer and Later: posts bucketed by local weekday × hour, engagement rate per post, normalised
 * within the account, a minimum sample per bucket).
 *
 * <ol>
 *   <li>Each post of the platform gets its engagement rate by the platform's definition (posts whose
 *       rate is undefined are left out and counted), and the hour of the week it was published in
 *       the account's zone.
 *   <li>Its <em>engagement index</em> is its rate ÷ the account's median rate, so 1.0 is a typical
 *       post whatever the account's size.
 *   <li>Buckets are shrunk toward the account mean by a parametric empirical Bayes estimator (the
 *       normal–normal model of Morris, "Parametric empirical Bayes inference", JASA 78, 1983): with
 *       N posts in B non-empty buckets, μ the mean index, σ² the pooled within-bucket variance and
 *       τ² = max(0, (MSB − σ²) ÷ n₀) the method-of-moments between-bucket variance of the
 *       unbalanced one-way random-effects model (MSB = Σ nᵦ(ȳᵦ − μ)² ÷ (B − 1), n₀ = (N − Σ nᵦ² ÷ N)
 *       ÷ (B − 1); Searle, Casella and McCulloch, "Variance Components", 1992, §3.6), each bucket's
 *       estimate is μ + wᵦ(ȳᵦ − μ) with weight wᵦ = nᵦ ÷ (nᵦ + k), k = σ² ÷ τ². A bucket with one
 *       post stays near the mean; a bucket with many keeps its own mean. When τ² is zero every
 *       bucket gets μ.
 *   <li>Intervals are normal approximations, estimate ± z·√Vᵦ with Vᵦ = wᵦσ² ÷ nᵦ + (1 − wᵦ)²·Var(μ̂)
 *       and Var(μ̂) = (τ²Σnᵦ² + σ²N) ÷ N² (Morris 1983), z from Apache Commons Statistics; they
 *       treat σ² and τ² as known, so they are somewhat narrow for small histories. Lower bounds are
 *       clamped at zero.
 *   <li>Buckets with at least the minimum posts are ranked by estimate (ties: larger sample, then
 *       earlier in the week). The grid holds every bucket's estimate, and μ for hours without
 *       posts: no evidence leaves an hour at the account's average.
 * </ol>
 *
 * <p>Each account can be analysed on its own ({@link #analyse(Platform, String, ZoneId, Collection)},
 * {@link #byAccount(Platform, ZoneId, Collection)}): its own median, buckets and grid, since two
 * accounts of one brand can have different audiences awake at different hours.
 *
 * <p>When fewer posts than {@link BestTimeSettings#minPosts()} have a rate, when fewer buckets than
 * {@link BestTimeSettings#minRankedBuckets()} qualify, or when the median rate is zero, the result
 * uses the fallback grid ({@link PostingTimeDefaults} by default) and says why; the account's own
 * buckets are still reported.
 */
public final class BestTimeToPost {
  /** Works on the array it is given (no copy): each call passes a fresh one. */
  private static final Median MEDIAN = Median.withDefaults().withCopy(false);

  private BestTimeToPost() {}

  /**
   * Analyses an account's posts on one platform with the default settings.
   *
   * @param platform the platform; records of other platforms are ignored and counted
   * @param zone the account's zone, in which weekdays and hours are taken
   * @param posts the account's performance records
   * @return the result
   */
  public static BestTimeResult analyse(
      Platform platform, ZoneId zone, Collection<PerformanceRecord> posts) {
    return analyse(platform, zone, posts, BestTimeSettings.standard());
  }

  /**
   * Analyses an account's posts on one platform.
   *
   * @param platform the platform; records of other platforms are ignored and counted
   * @param zone the account's zone, in which weekdays and hours are taken
   * @param posts the account's performance records
   * @param settings the thresholds
   * @return the result
   */
  public static BestTimeResult analyse(
      Platform platform, ZoneId zone, Collection<PerformanceRecord> posts, BestTimeSettings settings) {
    return analyseFor(platform, null, zone, posts, settings);
  }

  /**
   * Analyses one account's posts on a platform with the default settings: the account's own median
   * rate and its own grid, for {@code SchedulingRequest.Builder.putTimeWeight(Channel.of(platform,
   * account), result.grid())} in the calendar module.
   *
   * @param platform the platform; records of other platforms are ignored and counted
   * @param account the account; records of other accounts, or without one, are ignored and counted
   * @param zone the account's zone, in which weekdays and hours are taken
   * @param posts performance records, of this account and possibly others
   * @return the result, naming the account
   */
  public static BestTimeResult analyse(
      Platform platform, String account, ZoneId zone, Collection<PerformanceRecord> posts) {
    return analyse(platform, account, zone, posts, BestTimeSettings.standard());
  }

  /**
   * Analyses one account's posts on a platform: the account's own median rate and its own grid.
   *
   * @param platform the platform; records of other platforms are ignored and counted
   * @param account the account; records of other accounts, or without one, are ignored and counted
   * @param zone the account's zone, in which weekdays and hours are taken
   * @param posts performance records, of this account and possibly others
   * @param settings the thresholds
   * @return the result, naming the account
   */
  public static BestTimeResult analyse(
      Platform platform,
      String account,
      ZoneId zone,
      Collection<PerformanceRecord> posts,
      BestTimeSettings settings) {
    Checks.notNull(platform, "platform");
    Checks.notNull(zone, "zone");
    Checks.notNull(posts, "posts");
    Checks.notNull(settings, "settings");
    return analyseFor(platform, Checks.nonBlank(account, "account"), zone, posts, settings);
  }

  /**
   * Analyses each account of a platform on its own, with the default settings (see {@link
   * #byAccount(Platform, ZoneId, Collection, BestTimeSettings)}).
   *
   * @param platform the platform
   * @param zone the zone in which weekdays and hours are taken, the same for every account
   * @param posts performance records
   * @return one result per account, by account name
   */
  public static SortedMap<String, BestTimeResult> byAccount(
      Platform platform, ZoneId zone, Collection<PerformanceRecord> posts) {
    return byAccount(platform, zone, posts, BestTimeSettings.standard());
  }

  /**
   * Analyses each account of a platform on its own: every account that has a record on the platform
   * gets a result with its own median rate, buckets and grid (or the fallback, with the reason,
   * when its history is too thin). Records without an account belong to no account's result; the
   * platform-wide {@link #analyse(Platform, ZoneId, Collection, BestTimeSettings)} includes them,
   * and each result counts them in {@link BestTimeResult#postsOfOtherAccounts()}.
   *
   * @param platform the platform
   * @param zone the zone in which weekdays and hours are taken, the same for every account
   * @param posts performance records
   * @param settings the thresholds
   * @return one result per account, by account name; empty when no record of the platform has an
   *     account
   */
  public static SortedMap<String, BestTimeResult> byAccount(
      Platform platform, ZoneId zone, Collection<PerformanceRecord> posts, BestTimeSettings settings) {
    Checks.notNull(platform, "platform");
    Checks.notNull(zone, "zone");
    Checks.noNullElements(posts, "posts");
    Checks.notNull(settings, "settings");
    TreeSet<String> accounts = new TreeSet<>();
    for (PerformanceRecord post : posts) {
      if (post.platform().equals(platform)) {
        post.account().ifPresent(accounts::add);
      }
    }
    SortedMap<String, BestTimeResult> out = new TreeMap<>();
    for (String account : accounts) {
      out.put(account, analyse(platform, account, zone, posts, settings));
    }
    return Collections.unmodifiableSortedMap(out);
  }

  private static BestTimeResult analyseFor(
      Platform platform,
      @Nullable String account,
      ZoneId zone,
      Collection<PerformanceRecord> posts,
      BestTimeSettings settings) {
    Checks.notNull(platform, "platform");
    Checks.notNull(zone, "zone");
    Checks.noNullElements(posts, "posts");
    Checks.notNull(settings, "settings");
    EngagementDefinition definition =
        settings.engagementDefinition().orElseGet(() -> EngagementDefinition.forPlatform(platform));
    TimeOfWeekGrid fallback =
        settings.fallbackGrid().orElseGet(() -> PostingTimeDefaults.forPlatform(platform));

    int otherPlatforms = 0;
    int otherAccounts = 0;
    int withoutRate = 0;
    List<double[]> observations = new ArrayList<>();
    for (PerformanceRecord post : posts) {
      if (!post.platform().equals(platform)) {
        otherPlatforms++;
        continue;
      }
      if (account != null && !account.equals(post.account().orElse(null))) {
        otherAccounts++;
        continue;
      }
      EngagementRate rate = post.engagementRate(definition);
      if (!rate.isDefined()) {
        withoutRate++;
        continue;
      }
      int hour = TimeOfWeek.from(post.publishedAt().atZone(zone)).index();
      observations.add(new double[] {hour, rate.rate().value().getAsDouble()});
    }
    BestTimeResult.Builder result =
        BestTimeResult.builder()
            .platform(platform)
            .zone(zone)
            .postsAnalysed(observations.size())
            .postsWithoutRate(withoutRate)
            .postsOnOtherPlatforms(otherPlatforms)
            .postsOfOtherAccounts(otherAccounts)
            .minPosts(settings.minPosts())
            .minPostsPerBucket(settings.minPostsPerBucket())
            .minRankedBuckets(settings.minRankedBuckets());
    if (account != null) {
      result.account(account);
    }
    // The explanation is computed by the result from these figures (BestTimeResult.explanationText).
    if (observations.isEmpty()) {
      return result.grid(fallback).fallbackReason(FallbackReason.NO_POSTS).build();
    }
    // Commons Statistics' median: the middle value, or the mean of the two middle values.
    double median =
        MEDIAN.evaluate(observations.stream().mapToDouble(o -> o[1]).toArray());
    result.medianRate(median);
    if (median == 0) {
      return result.grid(fallback).fallbackReason(FallbackReason.MEDIAN_ENGAGEMENT_ZERO).build();
    }

    Estimator estimator = new Estimator(observations, median, settings);
    result
        .grandMean(estimator.mu)
        .buckets(estimator.bucketsInTimeOrder())
        .ranked(estimator.ranked());
    if (estimator.sigma2 >= 0) {
      result.withinVariance(estimator.sigma2);
    }
    if (estimator.tau2 >= 0) {
      result.betweenVariance(estimator.tau2);
    }
    if (estimator.tau2 > 0) {
      result.shrinkageConstant(estimator.sigma2 / estimator.tau2);
    }
    int rankedCount = estimator.ranked().size();
    if (observations.size() < settings.minPosts()) {
      return result.grid(fallback).fallbackReason(FallbackReason.TOO_FEW_POSTS).build();
    }
    if (rankedCount < settings.minRankedBuckets()) {
      return result.grid(fallback).fallbackReason(FallbackReason.TOO_FEW_BUCKETS).build();
    }
    return result.grid(estimator.grid()).build();
  }

  /** The empirical Bayes computation over the 168 buckets. */
  private static final class Estimator {
    private final int[] n = new int[TimeOfWeek.HOURS_PER_WEEK];
    private final double[] mean = new double[TimeOfWeek.HOURS_PER_WEEK];
    private final double[] estimate = new double[TimeOfWeek.HOURS_PER_WEEK];
    private final double[] weight = new double[TimeOfWeek.HOURS_PER_WEEK];
    private final double[] halfWidth = new double[TimeOfWeek.HOURS_PER_WEEK];
    private final int minPerBucket;
    final double mu;
    /** Within-bucket variance, or −1 when not estimable. */
    final double sigma2;
    /** Between-bucket variance, or −1 when not estimable. */
    final double tau2;

    Estimator(List<double[]> observations, double median, BestTimeSettings settings) {
      minPerBucket = settings.minPostsPerBucket();
      double[] sum = new double[TimeOfWeek.HOURS_PER_WEEK];
      int total = observations.size();
      double grand = 0;
      for (double[] o : observations) {
        int b = (int) o[0];
        double y = o[1] / median;
        n[b]++;
        sum[b] += y;
        grand += y;
      }
      mu = grand / total;
      int buckets = 0;
      double sumN2 = 0;
      for (int b = 0; b < n.length; b++) {
        if (n[b] > 0) {
          mean[b] = sum[b] / n[b];
          buckets++;
          sumN2 += (double) n[b] * n[b];
        }
      }
      double within = 0;
      double totalSquares = 0;
      for (double[] o : observations) {
        int b = (int) o[0];
        double y = o[1] / median;
        within += (y - mean[b]) * (y - mean[b]);
        totalSquares += (y - mu) * (y - mu);
      }
      double s2;
      double t2;
      if (total > buckets) {
        s2 = within / (total - buckets);
      } else if (total > 1) {
        s2 = totalSquares / (total - 1);
      } else {
        s2 = -1;
      }
      if (buckets >= 2 && total > buckets) {
        double msb = 0;
        for (int b = 0; b < n.length; b++) {
          if (n[b] > 0) {
            msb += n[b] * (mean[b] - mu) * (mean[b] - mu);
          }
        }
        msb /= buckets - 1;
        double n0 = (total - sumN2 / total) / (buckets - 1);
        t2 = Math.max(0, (msb - s2) / n0);
      } else {
        t2 = buckets >= 2 || total > 1 ? 0 : -1;
      }
      sigma2 = s2;
      tau2 = t2;
      double s = Math.max(0, s2);
      double t = Math.max(0, t2);
      double varMu = (t * sumN2 + s * total) / ((double) total * total);
      double z =
          NormalDistribution.of(0, 1)
              .inverseCumulativeProbability((1 + settings.confidenceLevel()) / 2);
      for (int b = 0; b < n.length; b++) {
        if (n[b] == 0) {
          estimate[b] = mu;
          continue;
        }
        double w = t > 0 ? n[b] / (n[b] + s / t) : 0;
        weight[b] = w;
        estimate[b] = mu + w * (mean[b] - mu);
        double v = w * s / n[b] + (1 - w) * (1 - w) * varMu;
        halfWidth[b] = z * Math.sqrt(v);
      }
    }

    List<BucketEstimate> bucketsInTimeOrder() {
      List<BucketEstimate> out = new ArrayList<>();
      for (int b = 0; b < n.length; b++) {
        if (n[b] > 0) {
          out.add(
              BucketEstimate.builder()
                  .timeOfWeek(TimeOfWeek.ofIndex(b))
                  .posts(n[b])
                  .observedIndex(mean[b])
                  .estimate(estimate[b])
                  .shrinkageWeight(weight[b])
                  .lower(Math.max(0, estimate[b] - halfWidth[b]))
                  .upper(estimate[b] + halfWidth[b])
                  .isRanked(n[b] >= minPerBucket)
                  .build());
        }
      }
      return out;
    }

    List<BucketEstimate> ranked() {
      List<BucketEstimate> out = new ArrayList<>();
      for (BucketEstimate e : bucketsInTimeOrder()) {
        if (e.isRanked()) {
          out.add(e);
        }
      }
      out.sort(BestTimeResult.RANKING);
      return out;
    }

    TimeOfWeekGrid grid() {
      return TimeOfWeekGrid.of(Arrays.copyOf(estimate, estimate.length));
    }
  }
}
