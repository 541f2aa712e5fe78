package dev.socialplan.analytics.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * Where a goal's metric would be at the deadline by one {@link ProjectionMethod}, how far along
 * the way to the target that is, and when the target would be reached at that rate.
 *
 * <p>Values are in the canonical scale of the metric's unit, as {@code Target.magnitude()} gives
 * them (a count, a fraction, money in major units, seconds, points); a projection is an estimate,
 * so it is kept to 16 significant digits rather than to a currency's minor unit. This class is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class Projection {

  Projection() {}

  /**
   * Returns how the projection was made.
   *
   * @return the method
   */
  public abstract ProjectionMethod method();

  /**
   * Returns the projected value at the deadline.
   *
   * @return the value, in the unit's canonical scale
   */
  public abstract BigDecimal valueAtDeadline();

  /**
   * Returns the share of the way from baseline to target the projected value reaches ({@code 1.0}
   * exactly on target, above 1 beyond it, negative when moving away).
   *
   * @return the projected progress, always finite; empty when target and baseline are equal or
   *     when the share is beyond a double's range (never infinite)
   */
  public abstract OptionalDouble progressAtDeadline();

  /**
   * Returns the date the target would be reached at this rate.
   *
   * @return the date; empty when the metric is not moving toward the target or would take more
   *     than a hundred years
   */
  public abstract Optional<LocalDate> estimatedCompletion();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Projection}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableProjection.Builder {
    Builder() {}
  }
}
