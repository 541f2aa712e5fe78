package dev.socialplan.analytics.progress;

import dev.socialplan.goal.Target;
import dev.socialplan.internal.Checks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A time series of a goal's metric: observations in date order, at most one per day, all of the
 * same kind (same unit and, for money, same currency).
 *
 * <p>Obtain one with {@link #of(List)}, which sorts, or {@link #empty()}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class MetricSeries {

  private static final MetricSeries EMPTY = builder().build();

  MetricSeries() {}

  /**
   * Returns the observations in date order.
   *
   * @return the observations, at most one per day
   */
  public abstract List<MetricObservation> observations();

  /**
   * Returns the empty series.
   *
   * @return a series without observations
   */
  public static MetricSeries empty() {
    return EMPTY;
  }

  /**
   * Obtains a series from observations in any order.
   *
   * @param observations the observations, at most one per day, all of the same kind
   * @return the series, sorted by date
   * @throws IllegalArgumentException if two observations share a date or are of different kinds
   */
  public static MetricSeries of(List<MetricObservation> observations) {
    Checks.noNullElements(observations, "observations");
    List<MetricObservation> sorted = new ArrayList<>(observations);
    sorted.sort(Comparator.comparing(MetricObservation::date));
    return builder().observations(sorted).build();
  }

  /**
   * Obtains a series from observations in any order.
   *
   * @param observations the observations, at most one per day, all of the same kind
   * @return the series, sorted by date
   * @throws IllegalArgumentException if two observations share a date or are of different kinds
   */
  public static MetricSeries of(MetricObservation... observations) {
    return of(List.of(observations));
  }

  /**
   * Returns a new builder; observations must be added in date order.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a copy with one more observation.
   *
   * @param observation the observation, on a date not yet in the series
   * @return the new series
   * @throws IllegalArgumentException if the date is taken or the kind differs
   */
  public MetricSeries plus(MetricObservation observation) {
    Checks.notNull(observation, "observation");
    List<MetricObservation> all = new ArrayList<>(observations());
    all.add(observation);
    return of(all);
  }

  /**
   * Returns the observations from one date to another, both included.
   *
   * @param from the first date
   * @param to the last date
   * @return the observations in {@code [from, to]}, in date order
   */
  public List<MetricObservation> between(LocalDate from, LocalDate to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    return observations().stream()
        .filter(o -> !o.date().isBefore(from) && !o.date().isAfter(to))
        .toList();
  }

  /**
   * Returns the latest observation on or before a date.
   *
   * @param date the date
   * @return the observation; empty if none is on or before the date
   */
  public Optional<MetricObservation> latestOnOrBefore(LocalDate date) {
    Checks.notNull(date, "date");
    MetricObservation latest = null;
    for (MetricObservation o : observations()) {
      if (o.date().isAfter(date)) {
        break;
      }
      latest = o;
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Tells whether the series has no observations.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return observations().isEmpty();
  }

  @Value.Check
  void check() {
    List<MetricObservation> os = observations();
    for (int i = 1; i < os.size(); i++) {
      MetricObservation previous = os.get(i - 1);
      MetricObservation current = os.get(i);
      if (!current.date().isAfter(previous.date())) {
        throw new IllegalArgumentException(
            "observations must be in date order, one per day: "
                + current.date()
                + " after "
                + previous.date());
      }
      Target first = os.get(0).value();
      if (!current.value().isSameKindAs(first)) {
        throw new IllegalArgumentException(
            "observations must all be of the same kind as " + first + ": " + current.value());
      }
    }
  }

  /** Builds a {@link MetricSeries}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableMetricSeries.Builder {
    Builder() {}
  }
}
