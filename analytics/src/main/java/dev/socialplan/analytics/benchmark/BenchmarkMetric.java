package dev.socialplan.analytics.benchmark;

import dev.socialplan.analytics.metric.AudienceGrowth;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** A figure brands are compared and ranked on; for each, higher is better. */
public enum BenchmarkMetric {
  /** Mentions in the period; ranks the same as share of voice by mentions. */
  MENTIONS,
  /** Engagements in the period; ranks the same as share of voice by engagements. */
  ENGAGEMENTS,
  /** Engagements per post: engagements ÷ posts (undefined without posts). */
  ENGAGEMENTS_PER_POST,
  /**
   * Audience growth rate: (followers at end − followers at start) ÷ followers at start (Hootsuite;
   * {@code AudienceGrowth.rate}), undefined when the start is zero.
   */
  AUDIENCE_GROWTH_RATE,
  /** Followers at the end of the period. */
  FOLLOWERS;

  /**
   * Returns an entry's value of this metric.
   *
   * @param entry the entry
   * @return the value; empty when a figure it needs is unknown or the rate is undefined
   */
  public OptionalDouble valueOf(BenchmarkEntry entry) {
    Checks.notNull(entry, "entry");
    switch (this) {
      case MENTIONS:
        return asDouble(entry.mentions());
      case ENGAGEMENTS:
        return asDouble(entry.engagements());
      case ENGAGEMENTS_PER_POST:
        if (entry.engagements().isEmpty() || entry.posts().isEmpty()) {
          return OptionalDouble.empty();
        }
        return Ratio.of(entry.engagements().getAsLong(), entry.posts().getAsLong()).value();
      case AUDIENCE_GROWTH_RATE:
        if (entry.followersAtStart().isEmpty() || entry.followersAtEnd().isEmpty()) {
          return OptionalDouble.empty();
        }
        return AudienceGrowth.rate(
                entry.followersAtStart().getAsLong(), entry.followersAtEnd().getAsLong())
            .value();
      case FOLLOWERS:
        return asDouble(entry.followersAtEnd());
      default:
        throw new AssertionError(this);
    }
  }

  private static OptionalDouble asDouble(OptionalLong value) {
    return value.isPresent() ? OptionalDouble.of(value.getAsLong()) : OptionalDouble.empty();
  }
}
