package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.socialplan.analytics.metric.EngagementDefinition;
import dev.socialplan.analytics.metric.EngagementRate;
import dev.socialplan.metric.Ratio;
import dev.socialplan.testkit.generators.EngagementGenerators;
import dev.socialplan.testkit.generators.PerformanceGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;

/** Engagement statistics against brute-force oracles over generated records. */
class EngagementStatisticsPropertiesTest {

  /** The k-th smallest value (0-based), found by counting rather than sorting. */
  private static double kthSmallest(List<Double> values, int k) {
    for (double v : values) {
      long below = values.stream().filter(x -> x < v).count();
      long atOrBelow = values.stream().filter(x -> x <= v).count();
      if (below <= k && k < atOrBelow) {
        return v;
      }
    }
    throw new AssertionError("no " + k + "th value in " + values);
  }

  @Test
  void averagesOverTheDefinedPostsMatchTheirOracles() {
    qt().withExamples(300)
        .forAll(PerformanceGenerators.mixedRecordLists(60), EngagementGenerators.definitions())
        .checkAssert(
            (records, definition) -> {
              EngagementStatistics stats = EngagementStatistics.of(records, definition);
              List<Double> rates = new ArrayList<>();
              double numerators = 0;
              double denominators = 0;
              for (PerformanceRecord record : records) {
                EngagementRate rate = record.engagementRate(definition);
                if (rate.isDefined()) {
                  rates.add(rate.rate().value().getAsDouble());
                  numerators += rate.rate().numerator();
                  denominators += rate.rate().denominator();
                }
              }
              assertThat(stats.posts()).isEqualTo(records.size());
              assertThat(stats.included()).isEqualTo(rates.size());
              assertThat(stats.included() + stats.excluded()).isEqualTo(records.size());
              assertThat(stats.pooled()).isEqualTo(Ratio.of(numerators, denominators));
              int n = rates.size();
              if (n == 0) {
                assertThat(stats.medianRate()).isEmpty();
                assertThat(stats.meanOfRates().isDefined()).isFalse();
                assertThat(stats.pooled().isDefined()).isFalse();
              } else {
                double median =
                    n % 2 == 1
                        ? kthSmallest(rates, n / 2)
                        : kthSmallest(rates, n / 2 - 1) / 2 + kthSmallest(rates, n / 2) / 2;
                assertThat(stats.medianRate()).hasValue(median);
                assertThat(stats.meanOfRates().denominator()).isEqualTo(n);
                assertThat(stats.medianRate().getAsDouble()).isFinite();
              }
            });
  }

  @Test
  void eachGroupHoldsThePostsOfItsKey() {
    qt().withExamples(200)
        .forAll(
            PerformanceGenerators.mixedRecordLists(60),
            PerformanceGenerators.groupings(),
            EngagementGenerators.definitions())
        .checkAssert(
            (records, grouping, definition) -> {
              SortedMap<GroupKey, EngagementStatistics> groups =
                  EngagementStatistics.byGroup(grouping, records, definition);
              assertThat(groups.keySet())
                  .isEqualTo(PerformanceBreakdown.of(grouping, records).groups().keySet());
              long posts = 0;
              for (Map.Entry<GroupKey, EngagementStatistics> e : groups.entrySet()) {
                List<PerformanceRecord> members = new ArrayList<>();
                for (PerformanceRecord record : records) {
                  if (grouping.keysOf(record).contains(e.getKey())) {
                    members.add(record);
                  }
                }
                assertThat(e.getValue()).isEqualTo(EngagementStatistics.of(members, definition));
                posts += e.getValue().posts();
              }
              // A post counts once in each of its groups (several under a hashtag grouping).
              assertThat(posts)
                  .isEqualTo(records.stream().mapToLong(r -> grouping.keysOf(r).size()).sum());
            });
  }

  @Test
  void refusesNullsNamingTheParameter() {
    EngagementDefinition definition = EngagementDefinition.generic();
    assertThatThrownBy(() -> EngagementStatistics.of(null, definition))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("records");
    assertThatThrownBy(() -> EngagementStatistics.byGroup(Grouping.none(), List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("definition");
  }
}
