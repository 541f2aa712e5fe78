package dev.socialplan.analytics.benchmark;

import dev.socialplan.metric.Ratio;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The brand against its competitors on one {@link BenchmarkMetric}: the brand's value, the
 * competitors' average (the mean of each competitor's own value, competitors without data left
 * out and listed), how far the brand is above or below that average, and the ranking of every
 * brand with data.
 *
 * <p>Obtained from {@link CompetitiveBenchmark#compare(BenchmarkMetric)}. This class is immutable
 * and thread-safe.
 */
@Value.Immutable
public abstract class MetricComparison {

  MetricComparison() {}

  /**
   * Returns the metric compared.
   *
   * @return the metric
   */
  public abstract BenchmarkMetric metric();

  /**
   * Returns the brand's value.
   *
   * @return the value; empty when a figure it needs is unknown
   */
  public abstract OptionalDouble brandValue();

  /**
   * Returns the mean of the competitors' values.
   *
   * @return the average; empty when no competitor has data
   */
  public abstract OptionalDouble competitorAverage();

  /**
   * Returns every brand with data, best first.
   *
   * @return the ranking
   */
  public abstract List<RankedValue> ranking();

  /**
   * Returns the names of the brands without data for this metric, in input order.
   *
   * @return the brands left out
   */
  public abstract List<String> withoutData();

  /**
   * Returns the name of the planner's brand.
   *
   * @return the brand's name
   */
  public abstract String brand();

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns how far the brand is above (positive) or below (negative) the competitors' average,
   * relative to that average: {@code (brand − average) ÷ average}.
   *
   * @return the relative difference; undefined when either value is missing or the average is zero
   */
  public Ratio brandVersusAverage() {
    if (brandValue().isEmpty() || competitorAverage().isEmpty()) {
      return Ratio.EMPTY;
    }
    double average = competitorAverage().getAsDouble();
    return Ratio.of(brandValue().getAsDouble() - average, average);
  }

  /**
   * Returns the brand's rank.
   *
   * @return the rank, 1 is best; empty when the brand has no data
   */
  public OptionalInt brandRank() {
    return ranking().stream()
        .filter(r -> r.name().equals(brand()))
        .mapToInt(RankedValue::rank)
        .findFirst();
  }

  /** Builds a {@link MetricComparison}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableMetricComparison.Builder {
    Builder() {}
  }
}
