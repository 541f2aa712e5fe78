package dev.socialplan.analytics.timing;

import dev.socialplan.analytics.internal.Text;
import dev.socialplan.internal.Checks;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * The outcome of a best-time analysis: the grid for the scheduler, the ranked
 * buckets with sample sizes and intervals, whether the platform's default times were used and why,
 * and the estimator's parameters.
 *
 * <p>Obtain one from {@link BestTimeToPost}, or rebuild one from its state with {@link #builder()}
 * (a result stored as JSON, for example). The builder checks every invariant {@code BestTimeToPost}
 * guarantees, so for every computed result {@code r}, a builder given each of {@code r}'s
 * accessors builds a result equal to {@code r}; the explanation is computed from the state and
 * written out in a language only when asked for. The invariants: the counts are not negative and
 * posts of other accounts are counted only for an account's analysis; the fallback reason is
 * {@link FallbackReason#NO_POSTS} exactly when no post was analysed, {@link
 * FallbackReason#MEDIAN_ENGAGEMENT_ZERO} exactly when the median rate is zero, {@link
 * FallbackReason#TOO_FEW_POSTS} when fewer than {@link #minPosts()} were analysed and {@link
 * FallbackReason#TOO_FEW_BUCKETS} when fewer than {@link #minRankedBuckets()} buckets are ranked;
 * the buckets are in time order, hold the posts analysed between them, and are ranked exactly
 * when they hold {@link #minPostsPerBucket()} posts; {@link #ranked()} is the ranked buckets in
 * ranking order; the mean, the variances and k are present exactly when the estimator defines
 * them, finite and not negative, k being σ² ÷ τ²; without a difference between hours (τ² zero)
 * every bucket's estimate is the mean; and a grid from the account's own history holds each
 * bucket's estimate and the mean elsewhere.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BestTimeResult {

  BestTimeResult() {}

  /**
   * Returns the platform analysed.
   *
   * @return the platform
   */
  public abstract Platform platform();

  /**
   * Returns the account analysed, when the analysis was for one account of the platform.
   *
   * @return the account, or empty when every post of the platform was analysed together
   */
  public abstract Optional<String> account();

  /**
   * Returns the zone in which weekdays and hours were taken.
   *
   * @return the account's zone
   */
  public abstract ZoneId zone();

  /**
   * Returns the grid the scheduler consumes: the estimated engagement index of every bucket (the
   * account mean for buckets without posts), or the fallback grid.
   *
   * @return the weights per local weekday and hour
   */
  public abstract TimeOfWeekGrid grid();

  /**
   * Returns the buckets with at least the minimum number of posts, best first (by estimate, then
   * by sample size, then in time order).
   *
   * @return the ranked buckets
   */
  public abstract List<BucketEstimate> ranked();

  /**
   * Returns every bucket that holds a post, ranked or thin, in time order.
   *
   * @return the non-empty buckets
   */
  public abstract List<BucketEstimate> buckets();

  /**
   * Returns why the platform's default times were used.
   *
   * @return the reason, or empty when the grid comes from the account's own history
   */
  public abstract Optional<FallbackReason> fallbackReason();

  /**
   * Tells whether the grid is the fallback grid rather than the account's own.
   *
   * @return true when the history was too thin
   */
  public boolean usedFallback() {
    return fallbackReason().isPresent();
  }

  /**
   * Returns a sentence a marketer can read saying what was done, or why the defaults were used.
   *
   * <p>The text comes from socialplan-analytics' message bundle, in English and Traditional Chinese
   * ({@code zh-TW}); figures are written the same way in every language.
   *
   * @param locale the language of the text; a locale without its own bundle gets English
   * @return the explanation, not blank
   * @throws NullPointerException if the locale is null
   */
  public String explanation(Locale locale) {
    return explanationText().format(locale);
  }

  /** The explanation before it is written out in a language, computed from the state. */
  Text explanationText() {
    String whose = platform().displayName() + account().map(a -> " (" + a + ")").orElse("");
    Text counted =
        Text.of(
            "bestTime.counted",
            count(postsAnalysed()),
            whose,
            postsWithoutRate() > 0
                ? Text.of("bestTime.leftOut", count(postsWithoutRate()))
                : Text.empty());
    if (fallbackReason().isPresent()) {
      switch (fallbackReason().get()) {
        case NO_POSTS:
          return Text.of("bestTime.noPosts", whose);
        case MEDIAN_ENGAGEMENT_ZERO:
          return Text.of("bestTime.medianZero", counted);
        case TOO_FEW_POSTS:
          return Text.of("bestTime.tooFewPosts", counted, count(minPosts()));
        default:
          return Text.of(
              "bestTime.tooFewBuckets",
              counted,
              count(ranked().size()),
              count(minPostsPerBucket()),
              count(minRankedBuckets()));
      }
    }
    return Text.of(
        "bestTime.ranked",
        counted,
        zone().getId(),
        String.format(Locale.ROOT, "%.2f %%", medianRate().getAsDouble() * 100),
        count(ranked().size()),
        count(minPostsPerBucket()),
        shrinkageConstant().isPresent()
            ? Text.of(
                "bestTime.shrinkage",
                String.format(Locale.ROOT, "%.1f", shrinkageConstant().getAsDouble()))
            : Text.of("bestTime.noDifference"));
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /**
   * Returns the fewest posts of the platform (with a rate) the analysis needed to rank hours
   * rather than use the default times, from the settings it ran with.
   *
   * @return the minimum, at least 1
   */
  public abstract int minPosts();

  /**
   * Returns the fewest posts a bucket needed to be ranked, from the settings the analysis ran
   * with.
   *
   * @return the minimum, at least 1
   */
  public abstract int minPostsPerBucket();

  /**
   * Returns the fewest ranked buckets the analysis needed to rank hours rather than use the
   * default times, from the settings it ran with.
   *
   * @return the minimum, 1 to 168
   */
  public abstract int minRankedBuckets();

  /**
   * Returns the number of posts of the platform with an engagement rate.
   *
   * @return the posts analysed
   */
  public abstract int postsAnalysed();

  /**
   * Returns the number of posts of the platform whose engagement rate was undefined (a missing
   * count or denominator), left out.
   *
   * @return the posts left out
   */
  public abstract int postsWithoutRate();

  /**
   * Returns the number of records of other platforms, ignored.
   *
   * @return the records ignored
   */
  public abstract int postsOnOtherPlatforms();

  /**
   * Returns the number of records of the platform published from other accounts (or from none),
   * ignored by an analysis of one account.
   *
   * @return the records ignored; zero when the analysis was not for one account
   */
  @Value.Default
  public int postsOfOtherAccounts() {
    return 0;
  }

  /**
   * Returns the account's median engagement rate, the unit of the engagement index.
   *
   * @return the median rate as a fraction, or empty without posts
   */
  public abstract OptionalDouble medianRate();

  /**
   * Returns the account mean μ of the engagement index, toward which buckets are shrunk.
   *
   * @return the mean index, or empty when not estimated
   */
  public abstract OptionalDouble grandMean();

  /**
   * Returns σ², the pooled variance of the index between posts of the same bucket.
   *
   * @return the within-bucket variance, or empty when not estimable
   */
  public abstract OptionalDouble withinVariance();

  /**
   * Returns τ², the method-of-moments variance of the true bucket means.
   *
   * @return the between-bucket variance, or empty when not estimable
   */
  public abstract OptionalDouble betweenVariance();

  /**
   * Returns k = σ² ÷ τ², the number of posts at which a bucket's own mean gets half the weight.
   *
   * @return k, or empty when τ² is zero (every bucket pooled to the mean) or not estimable
   */
  public abstract OptionalDouble shrinkageConstant();

  /**
   * Returns the best local hours, up to {@code n}.
   *
   * @param n how many
   * @return the first {@code n} ranked buckets' hours; from the fallback grid when it was used
   */
  public List<TimeOfWeek> best(int n) {
    if (usedFallback()) {
      return grid().ranked().stream().limit(Math.max(0, n)).collect(Collectors.toList());
    }
    return ranked().stream()
        .limit(Math.max(0, n))
        .map(BucketEstimate::timeOfWeek)
        .collect(Collectors.toList());
  }

  /**
   * Returns a builder of a result from its state: every accessor but the explanation, which is
   * computed. {@link Builder#build()} refuses a state {@link BestTimeToPost} could not have
   * computed (see the class description).
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.nonNegative(postsAnalysed(), "postsAnalysed");
    Checks.nonNegative(postsWithoutRate(), "postsWithoutRate");
    Checks.nonNegative(postsOnOtherPlatforms(), "postsOnOtherPlatforms");
    Checks.nonNegative(postsOfOtherAccounts(), "postsOfOtherAccounts");
    Checks.inRange(minPosts(), 1, Integer.MAX_VALUE, "minPosts");
    Checks.inRange(minPostsPerBucket(), 1, Integer.MAX_VALUE, "minPostsPerBucket");
    Checks.inRange(minRankedBuckets(), 1, TimeOfWeek.HOURS_PER_WEEK, "minRankedBuckets");
    account().ifPresent(a -> Checks.nonBlank(a, "account"));
    if (account().isEmpty() && postsOfOtherAccounts() != 0) {
      throw new IllegalArgumentException(
          "postsOfOtherAccounts must be 0 without an account: " + postsOfOtherAccounts());
    }
    Optional<FallbackReason> reason = fallbackReason();
    if (postsAnalysed() == 0) {
      expect("fallbackReason", reason, Optional.of(FallbackReason.NO_POSTS));
      absent("medianRate", medianRate());
    } else {
      double median = nonNegativeFinite("medianRate", present("medianRate", medianRate()));
      if (reason.equals(Optional.of(FallbackReason.NO_POSTS))) {
        throw new IllegalArgumentException(
            "fallbackReason must not be NO_POSTS when posts were analysed: " + postsAnalysed());
      }
      if (median == 0) {
        expect("fallbackReason", reason, Optional.of(FallbackReason.MEDIAN_ENGAGEMENT_ZERO));
      } else if (reason.equals(Optional.of(FallbackReason.MEDIAN_ENGAGEMENT_ZERO))) {
        throw new IllegalArgumentException(
            "fallbackReason must not be MEDIAN_ENGAGEMENT_ZERO when the median rate is not zero: "
                + median);
      }
    }
    if (medianRate().isEmpty() || medianRate().getAsDouble() == 0) {
      absent("grandMean", grandMean());
      absent("withinVariance", withinVariance());
      absent("betweenVariance", betweenVariance());
      absent("shrinkageConstant", shrinkageConstant());
      if (!buckets().isEmpty() || !ranked().isEmpty()) {
        throw new IllegalArgumentException(
            "buckets and ranked must be empty when no rate was compared: " + buckets().size()
                + " buckets, " + ranked().size() + " ranked");
      }
      return;
    }
    checkEstimates();
    Optional<FallbackReason> expected =
        postsAnalysed() < minPosts()
            ? Optional.of(FallbackReason.TOO_FEW_POSTS)
            : ranked().size() < minRankedBuckets()
                ? Optional.of(FallbackReason.TOO_FEW_BUCKETS)
                : Optional.empty();
    expect("fallbackReason", reason, expected);
    if (reason.isEmpty()) {
      double[] weights = grid().toArray();
      double mean = grandMean().getAsDouble();
      int next = 0;
      for (int hour = 0; hour < weights.length; hour++) {
        double expectedWeight = mean;
        if (next < buckets().size() && buckets().get(next).timeOfWeek().index() == hour) {
          expectedWeight = buckets().get(next++).estimate();
        }
        if (Double.compare(weights[hour], expectedWeight) != 0) {
          throw new IllegalArgumentException(
              "grid must hold each bucket's estimate and the mean elsewhere: "
                  + TimeOfWeek.ofIndex(hour) + " weighs " + weights[hour] + ", expected "
                  + expectedWeight);
        }
      }
    }
  }

  /** The estimator's figures, for a result whose rates were compared with a positive median. */
  private void checkEstimates() {
    double mean = nonNegativeFinite("grandMean", present("grandMean", grandMean()));
    boolean spread = postsAnalysed() > 1;
    double within = 0;
    double between = 0;
    if (spread) {
      within = nonNegativeFinite("withinVariance", present("withinVariance", withinVariance()));
      between = nonNegativeFinite("betweenVariance", present("betweenVariance", betweenVariance()));
    } else {
      absent("withinVariance", withinVariance());
      absent("betweenVariance", betweenVariance());
    }
    if (between > 0) {
      expect("shrinkageConstant", shrinkageConstant(), OptionalDouble.of(within / between));
    } else {
      absent("shrinkageConstant", shrinkageConstant());
    }
    if (buckets().isEmpty()) {
      throw new IllegalArgumentException(
          "buckets must not be empty when " + postsAnalysed() + " posts were analysed");
    }
    long posts = 0;
    List<BucketEstimate> rankedInTimeOrder = new ArrayList<>();
    BucketEstimate previous = null;
    for (BucketEstimate bucket : buckets()) {
      if (previous != null && previous.timeOfWeek().compareTo(bucket.timeOfWeek()) >= 0) {
        throw new IllegalArgumentException(
            "buckets must be in time order without repeats: " + bucket.timeOfWeek() + " after "
                + previous.timeOfWeek());
      }
      if (bucket.isRanked() != (bucket.posts() >= minPostsPerBucket())) {
        throw new IllegalArgumentException(
            "a bucket is ranked exactly when it holds minPostsPerBucket (" + minPostsPerBucket()
                + ") posts: " + bucket);
      }
      if (between == 0 && Double.compare(bucket.estimate(), mean) != 0) {
        throw new IllegalArgumentException(
            "without a difference between hours every estimate must be the mean " + mean + ": "
                + bucket);
      }
      if (bucket.isRanked()) {
        rankedInTimeOrder.add(bucket);
      }
      posts += bucket.posts();
      previous = bucket;
    }
    if (posts != postsAnalysed()) {
      throw new IllegalArgumentException(
          "buckets must hold the " + postsAnalysed() + " posts analysed: " + posts);
    }
    rankedInTimeOrder.sort(RANKING);
    if (!ranked().equals(rankedInTimeOrder)) {
      throw new IllegalArgumentException(
          "ranked must be the ranked buckets, best first: " + ranked());
    }
  }

  /** Best first: by estimate, then by sample size, then in time order. */
  static final Comparator<BucketEstimate> RANKING =
      Comparator.comparingDouble(BucketEstimate::estimate)
          .reversed()
          .thenComparing(Comparator.comparingInt(BucketEstimate::posts).reversed())
          .thenComparing(BucketEstimate::timeOfWeek);

  private static double present(String field, OptionalDouble value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException(field + " must be present");
    }
    return value.getAsDouble();
  }

  private static void absent(String field, OptionalDouble value) {
    if (value.isPresent()) {
      throw new IllegalArgumentException(field + " must be absent: " + value.getAsDouble());
    }
  }

  private static double nonNegativeFinite(String field, double value) {
    return Checks.nonNegative(Checks.finite(value, field), field);
  }

  private static void expect(String field, Object value, Object expected) {
    if (!value.equals(expected)) {
      throw new IllegalArgumentException(
          field + " must be " + shown(expected) + ": " + shown(value));
    }
  }

  private static String shown(Object value) {
    if (value instanceof Optional<?> o) {
      return o.map(String::valueOf).orElse("absent");
    }
    if (value instanceof OptionalDouble d) {
      return d.isPresent() ? String.valueOf(d.getAsDouble()) : "absent";
    }
    return String.valueOf(value);
  }

  /**
   * Builds a {@link BestTimeResult} from its state. Not thread-safe; {@link #build()} validates,
   * with an {@link IllegalArgumentException} that names the field and the value.
   */
  public static final class Builder extends ImmutableBestTimeResult.Builder {
    Builder() {}
  }
}
