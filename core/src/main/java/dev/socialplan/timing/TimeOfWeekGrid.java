package dev.socialplan.timing;

import dev.socialplan.internal.Checks;
import dev.socialplan.internal.SerialChecks;
import java.io.ObjectStreamException;
import java.io.Serializable;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A weight for every hour of the week (7 × 24 cells), in local time.
 *
 * <p>Best-time analysis produces one from post history; the scheduler consumes one to prefer
 * higher-weighted times. Weights are finite and non-negative; their scale is free (an engagement
 * index, a probability, a 0–1 preference) and only their order matters to the scheduler.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeOfWeekGrid implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final TimeOfWeekGrid UNIFORM = filled(1.0);

  /** The 168 weights, indexed as {@link TimeOfWeek#index()}. */
  private final double[] weights;

  private TimeOfWeekGrid(double[] weights) {
    this.weights = weights;
  }

  /**
   * Returns the grid in which every hour weighs 1: no preference.
   *
   * @return the uniform grid
   */
  public static TimeOfWeekGrid uniform() {
    return UNIFORM;
  }

  /**
   * Returns a grid with every hour at the same weight.
   *
   * @param weight the weight, finite and not negative
   * @return the grid
   * @throws IllegalArgumentException if the weight is negative, NaN or infinite
   */
  public static TimeOfWeekGrid filled(double weight) {
    Checks.nonNegative(weight, "weight");
    double[] w = new double[TimeOfWeek.HOURS_PER_WEEK];
    Arrays.fill(w, weight);
    return new TimeOfWeekGrid(w);
  }

  /**
   * Obtains a grid from 168 weights indexed as {@link TimeOfWeek#index()}.
   *
   * @param weights 168 finite, non-negative weights; the array is copied
   * @return the grid
   * @throws IllegalArgumentException if there are not 168 weights or one is negative or not finite
   */
  public static TimeOfWeekGrid of(double[] weights) {
    Checks.notNull(weights, "weights");
    if (weights.length != TimeOfWeek.HOURS_PER_WEEK) {
      throw new IllegalArgumentException(
          "weights must have 168 entries (7 days × 24 hours): " + weights.length);
    }
    double[] copy = weights.clone();
    for (int i = 0; i < copy.length; i++) {
      Checks.nonNegative(copy[i], "weights[" + TimeOfWeek.ofIndex(i) + "]");
    }
    return new TimeOfWeekGrid(copy);
  }

  /**
   * Obtains a grid from the weights of some hours; every other hour weighs {@code otherwise}.
   *
   * @param weights weights per hour of the week
   * @param otherwise the weight of hours not in the map, finite and not negative
   * @return the grid
   * @throws IllegalArgumentException if a weight is negative or not finite
   */
  public static TimeOfWeekGrid of(Map<TimeOfWeek, Double> weights, double otherwise) {
    Checks.notNull(weights, "weights");
    Checks.nonNegative(otherwise, "otherwise");
    double[] w = new double[TimeOfWeek.HOURS_PER_WEEK];
    Arrays.fill(w, otherwise);
    weights.forEach(
        (time, weight) -> {
          Checks.notNull(time, "weights key");
          Checks.notNull(weight, "weights[" + time + "]");
          w[time.index()] = Checks.nonNegative(weight, "weights[" + time + "]");
        });
    return new TimeOfWeekGrid(w);
  }

  /**
   * Returns the weight of an hour of the week.
   *
   * @param time the hour of the week
   * @return its weight
   */
  public double weight(TimeOfWeek time) {
    Checks.notNull(time, "time");
    return weights[time.index()];
  }

  /**
   * Returns the weight of a weekday and hour.
   *
   * @param day the weekday
   * @param hour the hour, 0 to 23
   * @return its weight
   * @throws IllegalArgumentException if the hour is outside 0 to 23
   */
  public double weight(DayOfWeek day, int hour) {
    return weight(TimeOfWeek.of(day, hour));
  }

  /**
   * Returns a copy of this grid with one hour's weight changed.
   *
   * @param time the hour of the week
   * @param weight the new weight, finite and not negative
   * @return the new grid
   * @throws IllegalArgumentException if the weight is negative or not finite
   */
  public TimeOfWeekGrid withWeight(TimeOfWeek time, double weight) {
    Checks.notNull(time, "time");
    Checks.nonNegative(weight, "weight");
    double[] w = weights.clone();
    w[time.index()] = weight;
    return new TimeOfWeekGrid(w);
  }

  /**
   * Returns the largest weight.
   *
   * @return the maximum weight
   */
  public double maxWeight() {
    double max = 0;
    for (double w : weights) {
      max = Math.max(max, w);
    }
    return max;
  }

  /**
   * Returns this grid scaled so that its largest weight is 1. A grid of zeros is returned unchanged.
   *
   * @return the normalised grid
   */
  public TimeOfWeekGrid normalised() {
    double max = maxWeight();
    if (max == 0 || max == 1) {
      return this;
    }
    double[] w = new double[weights.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights[i] / max;
    }
    return new TimeOfWeekGrid(w);
  }

  /**
   * Returns every hour of the week from the highest weight to the lowest; ties in time order.
   *
   * @return the 168 hours of the week, ranked
   */
  public List<TimeOfWeek> ranked() {
    List<TimeOfWeek> all = new ArrayList<>(TimeOfWeek.HOURS_PER_WEEK);
    for (int i = 0; i < TimeOfWeek.HOURS_PER_WEEK; i++) {
      all.add(TimeOfWeek.ofIndex(i));
    }
    all.sort(
        Comparator.comparingDouble((TimeOfWeek t) -> weights[t.index()])
            .reversed()
            .thenComparing(Comparator.naturalOrder()));
    return List.copyOf(all);
  }

  /**
   * Returns the 168 weights indexed as {@link TimeOfWeek#index()}.
   *
   * @return a copy of the weights
   */
  public double[] toArray() {
    return weights.clone();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof TimeOfWeekGrid && Arrays.equals(weights, ((TimeOfWeekGrid) obj).weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights);
  }

  /**
   * Returns a short form naming the best hours, such as {@code TimeOfWeekGrid[best: TUESDAY 19:00
   * = 2.4, ...]}.
   *
   * @return the readable form
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("TimeOfWeekGrid[best:");
    List<TimeOfWeek> ranked = ranked();
    for (int i = 0; i < 3; i++) {
      TimeOfWeek t = ranked.get(i);
      sb.append(i == 0 ? " " : ", ").append(t).append(" = ").append(weights[t.index()]);
    }
    return sb.append(", ...]").toString();
  }

  /**
   * Rebuilds a deserialised grid through {@link #of(double[])}: 168 finite, non-negative weights,
   * copied (a tampered NaN weight would otherwise hide free slots from the scheduler).
   *
   * @return the value the factory rebuilt
   * @throws ObjectStreamException ({@link java.io.InvalidObjectException}) if the factory
   *     refuses what was read
   */
  private Object readResolve() throws ObjectStreamException {
    return SerialChecks.rebuild(() -> of(weights));
  }
}
