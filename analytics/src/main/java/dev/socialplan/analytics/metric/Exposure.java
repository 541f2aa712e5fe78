package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import java.util.Locale;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * How many people or times a post was seen: the possible denominators of an engagement rate, one per
 * {@link EngagementDenominator}. A figure that was not measured is empty, which is not the same as
 * zero.
 *
 * <p>Obtain one with {@link #builder()}: {@code Exposure.builder().reach(2_000).followers(20_000)
 * .build()}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exposure {

  Exposure() {}

  /**
   * Returns the reach: unique accounts that saw the post.
   *
   * @return the reach, or empty when not measured
   */
  public abstract OptionalLong reach();

  /**
   * Returns the impressions: times the post was shown.
   *
   * @return the impressions, or empty when not measured
   */
  public abstract OptionalLong impressions();

  /**
   * Returns the views.
   *
   * @return the views, or empty when not measured
   */
  public abstract OptionalLong views();

  /**
   * Returns the account's followers on the day the post was published.
   *
   * @return the followers, or empty when not measured
   */
  public abstract OptionalLong followers();

  /**
   * Returns one denominator.
   *
   * @param denominator which one
   * @return its value, or empty when not measured
   */
  public OptionalLong count(EngagementDenominator denominator) {
    Checks.notNull(denominator, "denominator");
    switch (denominator) {
      case REACH:
        return reach();
      case IMPRESSIONS:
        return impressions();
      case VIEWS:
        return views();
      case FOLLOWERS:
        return followers();
      default:
        throw new AssertionError(denominator);
    }
  }

  /**
   * Returns a new builder; every figure starts as not measured.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    for (EngagementDenominator denominator : EngagementDenominator.values()) {
      OptionalLong count = count(denominator);
      if (count.isPresent()) {
        Checks.nonNegative(count.getAsLong(), denominator.name().toLowerCase(Locale.ROOT));
      }
    }
  }

  /** Builds an {@link Exposure}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableExposure.Builder {
    Builder() {}

    /**
     * Sets one denominator.
     *
     * @param denominator which one
     * @param count its value, not negative
     * @return this builder
     */
    public Builder count(EngagementDenominator denominator, long count) {
      Checks.notNull(denominator, "denominator");
      switch (denominator) {
        case REACH:
          return reach(count);
        case IMPRESSIONS:
          return impressions(count);
        case VIEWS:
          return views(count);
        case FOLLOWERS:
          return followers(count);
        default:
          throw new AssertionError(denominator);
      }
    }
  }
}
