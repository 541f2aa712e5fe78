package dev.socialplan.testkit.generators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PerformanceGeneratorsTest {
  private static final long SEED = 20261124L;

  private static <T> List<T> sample(Gen<T> gen, int n) {
    List<T> values = new ArrayList<>();
    qt().withFixedSeed(SEED).withExamples(n).forAll(gen).checkAssert(values::add);
    return values;
  }

  @Test
  void recordsHaveMissingValuesZerosCurrenciesAndAnomalies() {
    List<PerformanceRecord> records = sample(PerformanceGenerators.records(), 500);
    assertThat(records).anyMatch(r -> !r.has(Measure.SHARES));
    assertThat(records).anyMatch(r -> r.shares().orElse(-1) == 0);
    assertThat(records).anyMatch(r -> r.spend().isEmpty());
    assertThat(records.stream().flatMap(r -> r.spend().stream()).map(m -> m.getCurrencyUnit()).distinct())
        .hasSizeGreaterThan(2);
    assertThat(records).anyMatch(r -> !r.anomalies().isEmpty());
    assertThat(records).anyMatch(r -> r.publishedAt().isAfter(Instant.parse("2100-01-01T00:00:00Z")));
    assertThat(records).allMatch(r -> r.count(Measure.REACH).orElse(0) <= PerformanceGenerators.ORDINARY_COUNT);
  }

  @Test
  void hugeAndSparseRecordsLiveUpToTheirNames() {
    assertThat(sample(PerformanceGenerators.recordsWithHugeCounts(), 300))
        .anyMatch(r -> r.impressions().orElse(0) > 1_000_000_000_000L)
        .allMatch(r -> r.impressions().orElse(0) <= PerformanceGenerators.HUGE_COUNT);
    List<PerformanceRecord> sparse = sample(PerformanceGenerators.recordsWithMissingFields(), 300);
    long present = sparse.stream().filter(r -> r.has(Measure.CLICKS)).count();
    assertThat(present).isBetween(20L, 120L);
  }

  @Test
  void listsAndGroupingsVary() {
    List<List<PerformanceRecord>> lists = sample(PerformanceGenerators.mixedRecordLists(50), 200);
    assertThat(lists).anyMatch(List::isEmpty).anyMatch(l -> l.size() > 40);
    List<Grouping> groupings = sample(PerformanceGenerators.groupings(), 300);
    assertThat(groupings).anyMatch(g -> g.dimensions().isEmpty());
    assertThat(groupings).anyMatch(g -> g.uses(Dimension.TIME_OF_WEEK) && g.uses(Dimension.PLATFORM));
    assertThat(groupings.stream().flatMap(g -> g.zone().stream()).distinct()).hasSizeGreaterThan(3);
    assertThatThrownBy(() -> PerformanceGenerators.mixedRecordLists(9_001))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
