package dev.socialplan.platform;

import dev.socialplan.internal.Checks;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A recommended number of posts per day or per week, for some formats or for all: "3–7 feed posts a
 * week", "2 stories a day", "1–2 posts a day".
 *
 * <p>A platform may have several (Instagram: 3–7 feed posts a week, at most 1 feed post a day, and
 * 2 stories a day). These are starting points, not rules of the platform; calendar rules compare a
 * calendar with them.
 *
 * <p>Obtain one with {@link #perDay(int, int)} or {@link #perWeek(int, int)}, then narrow it with
 * {@link #forFormats(PostFormat...)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PostingFrequency {

  PostingFrequency() {}

  /**
   * Returns the fewest posts recommended per {@link #per()}.
   *
   * @return the minimum, zero or more
   */
  public abstract int minPosts();

  /**
   * Returns the most posts recommended per {@link #per()}.
   *
   * @return the maximum, at least {@link #minPosts()}
   */
  public abstract int maxPosts();

  /**
   * Returns the period the counts are per: {@link ChronoUnit#DAYS} or {@link ChronoUnit#WEEKS}.
   *
   * @return the period
   */
  public abstract ChronoUnit per();

  /**
   * Returns the formats this recommendation is for; empty means every format of the platform.
   *
   * @return the formats, possibly empty
   */
  public abstract Set<PostFormat> formats();

  /**
   * Returns where the recommendation comes from.
   *
   * @return the source, if known
   */
  public abstract Optional<Source> source();

  /**
   * Obtains a recommendation per day for every format.
   *
   * @param minPosts the fewest posts a day, zero or more
   * @param maxPosts the most posts a day, at least {@code minPosts}
   * @return the recommendation
   * @throws IllegalArgumentException if a count is negative or the range upside down
   */
  public static PostingFrequency perDay(int minPosts, int maxPosts) {
    return builder().minPosts(minPosts).maxPosts(maxPosts).per(ChronoUnit.DAYS).build();
  }

  /**
   * Obtains a recommendation per week for every format.
   *
   * @param minPosts the fewest posts a week, zero or more
   * @param maxPosts the most posts a week, at least {@code minPosts}
   * @return the recommendation
   * @throws IllegalArgumentException if a count is negative or the range upside down
   */
  public static PostingFrequency perWeek(int minPosts, int maxPosts) {
    return builder().minPosts(minPosts).maxPosts(maxPosts).per(ChronoUnit.WEEKS).build();
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
   * Returns a copy that applies to the given formats only.
   *
   * @param formats the formats
   * @return the new recommendation
   */
  public PostingFrequency forFormats(PostFormat... formats) {
    Checks.notNull(formats, "formats");
    Checks.noNullElements(Arrays.asList(formats), "formats");
    return builder().from(this).formats(Arrays.asList(formats)).build();
  }

  /**
   * Returns a copy with a source.
   *
   * @param source where the recommendation comes from
   * @return the new recommendation
   */
  public abstract PostingFrequency withSource(Source source);

  /**
   * Tells whether this recommendation covers a format.
   *
   * @param format the format
   * @return true if {@link #formats()} is empty or contains it
   */
  public boolean appliesTo(PostFormat format) {
    Checks.notNull(format, "format");
    return formats().isEmpty() || formats().contains(format);
  }

  /**
   * Returns the minimum as posts per week (a daily count times 7).
   *
   * @return the fewest posts a week
   */
  public long minPerWeek() {
    return per() == ChronoUnit.DAYS ? 7L * minPosts() : minPosts();
  }

  /**
   * Returns the maximum as posts per week (a daily count times 7).
   *
   * @return the most posts a week
   */
  public long maxPerWeek() {
    return per() == ChronoUnit.DAYS ? 7L * maxPosts() : maxPosts();
  }

  /**
   * Returns the minimum as posts per day (a weekly count divided by 7).
   *
   * @return the fewest posts a day, possibly fractional
   */
  public double minPerDay() {
    return per() == ChronoUnit.DAYS ? minPosts() : minPosts() / 7.0;
  }

  /**
   * Returns the maximum as posts per day (a weekly count divided by 7).
   *
   * @return the most posts a day, possibly fractional
   */
  public double maxPerDay() {
    return per() == ChronoUnit.DAYS ? maxPosts() : maxPosts() / 7.0;
  }

  @Value.Check
  void check() {
    Checks.nonNegative(minPosts(), "minPosts");
    Checks.nonNegative(maxPosts(), "maxPosts");
    if (maxPosts() < minPosts()) {
      throw new IllegalArgumentException(
          "maxPosts must not be less than minPosts (" + minPosts() + "): " + maxPosts());
    }
    if (per() != ChronoUnit.DAYS && per() != ChronoUnit.WEEKS) {
      throw new IllegalArgumentException("per must be DAYS or WEEKS: " + per());
    }
  }

  /** Builds a {@link PostingFrequency}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutablePostingFrequency.Builder {
    Builder() {}
  }
}
