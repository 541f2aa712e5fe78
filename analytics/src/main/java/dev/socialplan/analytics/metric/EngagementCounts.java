package dev.socialplan.analytics.metric;

import dev.socialplan.internal.Checks;
import java.util.Map;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The interaction counts of a post (or of a set of posts), one per {@link EngagementComponent}; a
 * count that was not measured is empty, which is not the same as zero.
 *
 * <p>Obtain one with {@link #builder()} or {@link #of(Map)}:
 *
 * <pre>{@code
 * EngagementCounts linkedIn =
 *     EngagementCounts.builder().clicks(751).reactions(439).comments(23).shares(0).follows(0).build();
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class EngagementCounts {

  EngagementCounts() {}

  /**
   * Returns likes and reactions.
   *
   * @return the count, or empty when not measured
   */
  public abstract OptionalLong reactions();

  /**
   * Returns comments (replies on X).
   *
   * @return the count, or empty when not measured
   */
  public abstract OptionalLong comments();

  /**
   * Returns shares (reposts and quotes on X).
   *
   * @return the count, or empty when not measured
   */
  public abstract OptionalLong shares();

  /**
   * Returns saves.
   *
   * @return the count, or empty when not measured
   */
  public abstract OptionalLong saves();

  /**
   * Returns clicks of any kind.
   *
   * @return the count, or empty when not measured
   */
  public abstract OptionalLong clicks();

  /**
   * Returns follows gained from the post.
   *
   * @return the count, or empty when not measured
   */
  public abstract OptionalLong follows();

  /**
   * Returns the people who engaged, each counted once (not a sum of interactions).
   *
   * @return the count, or empty when not measured
   */
  public abstract OptionalLong engagedUsers();

  /**
   * Returns the count of one component.
   *
   * @param component the component
   * @return its count, or empty when not measured
   */
  public OptionalLong count(EngagementComponent component) {
    Checks.notNull(component, "component");
    switch (component) {
      case REACTIONS:
        return reactions();
      case COMMENTS:
        return comments();
      case SHARES:
        return shares();
      case SAVES:
        return saves();
      case CLICKS:
        return clicks();
      case FOLLOWS:
        return follows();
      case ENGAGED_USERS:
        return engagedUsers();
      default:
        throw new AssertionError(component);
    }
  }

  /**
   * Obtains counts from a map; components not in the map are not measured.
   *
   * @param counts the counts per component, not negative
   * @return the counts
   * @throws NullPointerException if the map, a key or a value is null
   * @throws IllegalArgumentException if a count is negative
   */
  public static EngagementCounts of(Map<EngagementComponent, Long> counts) {
    Checks.notNull(counts, "counts");
    Builder builder = builder();
    counts.forEach(
        (component, count) -> {
          Checks.notNull(component, "counts key");
          Checks.notNull(count, "counts[" + component + "]");
          builder.count(component, count);
        });
    return builder.build();
  }

  /**
   * Returns a new builder; every component starts as not measured.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    for (EngagementComponent component : EngagementComponent.values()) {
      OptionalLong count = count(component);
      if (count.isPresent()) {
        Checks.nonNegative(count.getAsLong(), component.name().toLowerCase(java.util.Locale.ROOT));
      }
    }
  }

  /** Builds {@link EngagementCounts}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableEngagementCounts.Builder {
    Builder() {}

    /**
     * Sets the count of one component.
     *
     * @param component the component
     * @param count the count, not negative
     * @return this builder
     */
    public Builder count(EngagementComponent component, long count) {
      Checks.notNull(component, "component");
      switch (component) {
        case REACTIONS:
          return reactions(count);
        case COMMENTS:
          return comments(count);
        case SHARES:
          return shares(count);
        case SAVES:
          return saves(count);
        case CLICKS:
          return clicks(count);
        case FOLLOWS:
          return follows(count);
        case ENGAGED_USERS:
          return engagedUsers(count);
        default:
          throw new AssertionError(component);
      }
    }
  }
}
