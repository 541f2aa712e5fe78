package dev.socialplan.analytics.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.metric.Ratio;
import dev.socialplan.testkit.generators.BenchmarkGenerators;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class CompetitiveBenchmarkPropertiesTest {

  @Test
  void sharesOfVoiceOfAllEntriesAddUpToOne() {
    qt().forAll(BenchmarkGenerators.benchmarks(6, true))
        .checkAssert(
            benchmark -> {
              for (VoiceBasis basis : VoiceBasis.values()) {
                long total =
                    benchmark.entries().stream().mapToLong(e -> basis.countOf(e).getAsLong()).sum();
                double sum = 0;
                for (BenchmarkEntry e : benchmark.entries()) {
                  Ratio share = benchmark.shareOfVoiceOf(e.name(), basis).orElseThrow();
                  assertThat(share.isDefined()).isEqualTo(total > 0);
                  sum += share.valueOr(0);
                }
                if (total > 0) {
                  assertThat(sum).isCloseTo(1.0, within(1e-9));
                }
              }
            });
  }

  @Test
  void shareOfVoiceIsUnknownWhenAnyCountIs() {
    qt().forAll(BenchmarkGenerators.benchmarks(6, false))
        .checkAssert(
            benchmark -> {
              boolean allKnown = benchmark.entries().stream().allMatch(e -> e.mentions().isPresent());
              assertThat(benchmark.shareOfVoice(VoiceBasis.MENTIONS).isPresent()).isEqualTo(allKnown);
            });
  }

  @Test
  void rankingsAreSortedAndAccountForEveryEntry() {
    qt().forAll(BenchmarkGenerators.benchmarks(8, false))
        .checkAssert(
            benchmark -> {
              for (BenchmarkMetric metric : BenchmarkMetric.values()) {
                MetricComparison c = benchmark.compare(metric);
                List<RankedValue> ranking = c.ranking();
                assertThat(ranking.size() + c.withoutData().size()).isEqualTo(benchmark.entries().size());
                for (int i = 1; i < ranking.size(); i++) {
                  RankedValue previous = ranking.get(i - 1);
                  RankedValue current = ranking.get(i);
                  assertThat(current.value()).isLessThanOrEqualTo(previous.value());
                  assertThat(current.rank())
                      .isEqualTo(current.value() == previous.value() ? previous.rank() : i + 1);
                }
                assertThat(c.brandRank().isPresent()).isEqualTo(c.brandValue().isPresent());
                OptionalDouble average = c.competitorAverage();
                average.ifPresent(
                    a -> {
                      double min = benchmark.competitors().stream().map(metric::valueOf).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).min().orElseThrow();
                      double max = benchmark.competitors().stream().map(metric::valueOf).filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble).max().orElseThrow();
                      assertThat(a).isBetween(min - 1e-9 * Math.abs(min), max + 1e-9 * Math.abs(max));
                    });
              }
            });
  }
}
