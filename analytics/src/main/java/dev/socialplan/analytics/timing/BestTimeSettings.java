package dev.socialplan.analytics.timing;

import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.internal.Checks;
import dev.socialplan.timing.TimeOfWeekGrid;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The thresholds of a best-time analysis: minimum posts per bucket and overall, how many buckets
 * must qualify, the confidence level of the intervals, and optionally the engagement definition and
 * the fallback grid.
 *
 * <p>Defaults ({@link #standard()}): at least 3 posts per ranked bucket, 30 posts with a rate, 3
 * ranked buckets, 90 % intervals, the platform's engagement definition and {@link
 * PostingTimeDefaults#forPlatform}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class BestTimeSettings {

  BestTimeSettings() {}

  /**
   * Returns the minimum number of posts for a bucket to be ranked.
   *
   * @return at least 1; default 3
   */
  @Value.Default
  public int minPostsPerBucket() {
    return 3;
  }

  /**
   * Returns the minimum number of posts with an engagement rate below which the history is too thin.
   *
   * @return at least 1; default 30
   */
  @Value.Default
  public int minPosts() {
    return 30;
  }

  /**
   * Returns the minimum number of ranked buckets below which the history is too thin.
   *
   * @return at least 1; default 3
   */
  @Value.Default
  public int minRankedBuckets() {
    return 3;
  }

  /**
   * Returns the confidence level of the intervals.
   *
   * @return strictly between 0 and 1; default 0.90
   */
  @Value.Default
  public double confidenceLevel() {
    return 0.90;
  }

  /**
   * Returns the engagement definition of the per-post rates.
   *
   * @return the definition, or empty for the platform's default
   */
  public abstract Optional<EngagementDefinition> engagementDefinition();

  /**
   * Returns the grid used when the history is too thin.
   *
   * @return the grid, or empty for {@link PostingTimeDefaults#forPlatform}
   */
  public abstract Optional<TimeOfWeekGrid> fallbackGrid();

  /**
   * Returns the default settings.
   *
   * @return the defaults
   */
  public static BestTimeSettings standard() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.inRange(minPostsPerBucket(), 1, Integer.MAX_VALUE, "minPostsPerBucket");
    Checks.inRange(minPosts(), 1, Integer.MAX_VALUE, "minPosts");
    Checks.inRange(minRankedBuckets(), 1, 168, "minRankedBuckets");
    double level = Checks.finite(confidenceLevel(), "confidenceLevel");
    if (level <= 0 || level >= 1) {
      throw new IllegalArgumentException(
          "confidenceLevel must be strictly between 0 and 1: " + level);
    }
  }

  /** Builds {@link BestTimeSettings}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableBestTimeSettings.Builder {
    Builder() {}
  }
}
