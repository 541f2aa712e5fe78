package dev.socialplan.analytics.timing;

import dev.socialplan.analytics.internal.Text;
import dev.socialplan.platform.Platform;
import dev.socialplan.timing.TimeOfWeek;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.time.ZoneId;
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

  /** The explanation before it is written out in a language. */
  abstract Text explanationText();

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

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BestTimeResult}. */
  static final class Builder extends ImmutableBestTimeResult.Builder {
    Builder() {}
  }
}
