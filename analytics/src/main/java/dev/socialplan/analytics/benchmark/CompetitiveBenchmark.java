package dev.socialplan.analytics.benchmark;

import dev.socialplan.analytics.metric.ShareOfVoice;
import dev.socialplan.internal.Checks;
import dev.socialplan.metric.Ratio;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The planner's brand against its competitors over one period: share of voice over
 * mentions or engagements, and for every {@link BenchmarkMetric} the brand's value against the
 * competitors' average with a ranking.
 *
 * <p><b>Share of voice</b> = the brand's mentions (or engagements) ÷ the total of the brand and its
 * competitors (Sprout Social, "Share of voice"; {@code ShareOfVoice.share}). Worked example: the brand
 * 50 mentions, competitors 100, 10 and 40 → 50 ÷ 200 = 25 %. Because missing is not zero, share of
 * voice is empty when any brand's count is unknown: leaving a competitor out would overstate
 * everyone else's share.
 *
 * <p>Obtain one with {@link #of(BenchmarkEntry, List)}. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CompetitiveBenchmark {

  CompetitiveBenchmark() {}

  /**
   * Returns the planner's brand.
   *
   * @return the brand's figures
   */
  public abstract BenchmarkEntry brand();

  /**
   * Returns the competitors.
   *
   * @return the competitors' figures, in the order given
   */
  public abstract List<BenchmarkEntry> competitors();

  /**
   * Obtains a benchmark.
   *
   * @param brand the planner's brand
   * @param competitors the competitors, with names distinct from each other and from the brand
   * @return the benchmark
   * @throws IllegalArgumentException if two entries share a name
   */
  public static CompetitiveBenchmark of(BenchmarkEntry brand, List<BenchmarkEntry> competitors) {
    return builder().brand(brand).competitors(competitors).build();
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
   * Returns every entry: the brand first, then the competitors.
   *
   * @return all entries
   */
  public List<BenchmarkEntry> entries() {
    List<BenchmarkEntry> all = new ArrayList<>(competitors().size() + 1);
    all.add(brand());
    all.addAll(competitors());
    return List.copyOf(all);
  }

  /**
   * Returns the brand's share of voice.
   *
   * @param basis mentions or engagements
   * @return the share; empty when any entry's count is unknown; undefined when every count is zero
   */
  public Optional<Ratio> shareOfVoice(VoiceBasis basis) {
    return shareOfVoiceOf(brand().name(), basis);
  }

  /**
   * Returns any entry's share of voice.
   *
   * @param name the entry's name, the brand's or a competitor's
   * @param basis mentions or engagements
   * @return the share; empty when no entry has that name or any entry's count is unknown
   * @throws ArithmeticException if the total overflows a long
   */
  public Optional<Ratio> shareOfVoiceOf(String name, VoiceBasis basis) {
    Checks.notNull(name, "name");
    Checks.notNull(basis, "basis");
    Optional<BenchmarkEntry> own = entries().stream().filter(e -> e.name().equals(name)).findFirst();
    if (own.isEmpty() || entries().stream().anyMatch(e -> basis.countOf(e).isEmpty())) {
      return Optional.empty();
    }
    long[] others =
        entries().stream()
            .filter(e -> e != own.get())
            .mapToLong(e -> basis.countOf(e).getAsLong())
            .toArray();
    return Optional.of(ShareOfVoice.share(basis.countOf(own.get()).getAsLong(), others));
  }

  /**
   * Compares the brand with its competitors on one metric.
   *
   * @param metric the metric
   * @return the comparison, with the ranking of every entry that has data
   */
  public MetricComparison compare(BenchmarkMetric metric) {
    Checks.notNull(metric, "metric");
    List<String> withoutData = new ArrayList<>();
    List<RankedEntry> values = new ArrayList<>();
    int order = 0;
    for (BenchmarkEntry e : entries()) {
      OptionalDouble v = metric.valueOf(e);
      if (v.isPresent()) {
        values.add(new RankedEntry(e.name(), v.getAsDouble(), order));
      } else {
        withoutData.add(e.name());
      }
      order++;
    }
    values.sort(
        Comparator.comparingDouble(RankedEntry::value).reversed().thenComparingInt(RankedEntry::order));
    List<RankedValue> ranking = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      RankedEntry r = values.get(i);
      int rank =
          i > 0 && values.get(i - 1).value() == r.value() ? ranking.get(i - 1).rank() : i + 1;
      ranking.add(new RankedValue(rank, r.name(), r.value()));
    }
    double sum = 0;
    int count = 0;
    for (BenchmarkEntry c : competitors()) {
      OptionalDouble v = metric.valueOf(c);
      if (v.isPresent()) {
        sum += v.getAsDouble();
        count++;
      }
    }
    MetricComparison.Builder builder =
        MetricComparison.builder()
            .metric(metric)
            .brand(brand().name())
            .ranking(ranking)
            .withoutData(withoutData);
    metric.valueOf(brand()).ifPresent(builder::brandValue);
    if (count > 0) {
      builder.competitorAverage(sum / count);
    }
    return builder.build();
  }

  /**
   * Compares the brand with its competitors on every metric.
   *
   * @return one comparison per {@link BenchmarkMetric}, in the enum's order
   */
  public List<MetricComparison> compareAll() {
    List<MetricComparison> all = new ArrayList<>();
    for (BenchmarkMetric m : BenchmarkMetric.values()) {
      all.add(compare(m));
    }
    return List.copyOf(all);
  }

  @Value.Check
  void check() {
    Set<String> names = new HashSet<>();
    for (BenchmarkEntry e : entries()) {
      if (!names.add(e.name())) {
        throw new IllegalArgumentException("entries must have distinct names: " + e.name());
      }
    }
  }

  /** Builds a {@link CompetitiveBenchmark}. Not thread-safe; {@link #build()} validates. */
  public static final class Builder extends ImmutableCompetitiveBenchmark.Builder {
    Builder() {}
  }

  private record RankedEntry(String name, double value, int order) {}
}
