package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.socialplan.testkit.generators.PerformanceGenerators;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fast paths (columns, {@code PerformanceBreakdown.of}, the accumulator and the collector, all
 * through the columnar kernel) against the record-by-record oracle ({@link Grouping#keysOf} and
 * {@link PerformanceAccumulator#add}, one record at a time); a projected grouping against the full
 * one: same groups, same counts, the same totals for the measures it adds up, and a refusal for the
 * others.
 */
class ProjectedAggregationPropertiesTest {

  /** The record-by-record breakdown: each record keyed by java.time and added on its own. */
  static PerformanceBreakdown oracle(Grouping grouping, List<PerformanceRecord> records) {
    BreakdownAccumulator a = new BreakdownAccumulator(grouping);
    records.forEach(a::addNow);
    return a.snapshot();
  }

  @Test
  void everyFastPathEqualsTheRecordByRecordOracle() {
    qt().withExamples(300)
        .forAll(
            PerformanceGenerators.mixedRecordLists(300),
            PerformanceGenerators.projectedGroupings(),
            integers().between(0, 300))
        .checkAssert(
            (records, grouping, cutAt) -> {
              PerformanceBreakdown expected = oracle(grouping, records);
              assertThat(PerformanceBreakdown.of(grouping, records)).isEqualTo(expected);
              assertThat(PerformanceColumns.of(records).aggregate(grouping)).isEqualTo(expected);
              assertThat(records.stream().collect(PerformanceBreakdown.collector(grouping)))
                  .isEqualTo(expected);
              // Two accumulators fed one record at a time, merged with records still pending.
              int cut = Math.min(cutAt, records.size());
              BreakdownAccumulator left = new BreakdownAccumulator(grouping);
              BreakdownAccumulator right = new BreakdownAccumulator(grouping);
              records.subList(0, cut).forEach(left::add);
              records.subList(cut, records.size()).forEach(right::add);
              left.addAll(right);
              assertThat(left.snapshot()).isEqualTo(expected);
              assertThat(right.snapshot()).isEqualTo(oracle(grouping, records.subList(cut,
                  records.size())));
            });
  }

  @Test
  void aProjectionKeepsTheFullTotalsOfWhatItAddsUpAndRefusesTheRest() {
    qt().withExamples(300)
        .forAll(
            PerformanceGenerators.mixedRecordLists(200),
            PerformanceGenerators.projectedGroupings())
        .checkAssert(
            (records, projected) -> {
              Grouping full =
                  projected
                      .withMeasures(java.util.EnumSet.allOf(Measure.class))
                      .withAmounts(java.util.EnumSet.allOf(MoneyMeasure.class));
              PerformanceBreakdown all = oracle(full, records);
              PerformanceBreakdown part = PerformanceColumns.of(records).aggregate(projected);
              assertThat(part.groups().keySet()).isEqualTo(all.groups().keySet());
              assertThat(part.grouping()).isEqualTo(projected);
              for (Map.Entry<GroupKey, PerformanceSummary> e : all.groups().entrySet()) {
                PerformanceSummary whole = e.getValue();
                PerformanceSummary some = part.get(e.getKey()).orElseThrow();
                assertThat(some.count()).isEqualTo(whole.count());
                assertThat(some.measures()).isEqualTo(projected.measures());
                assertThat(some.amounts()).isEqualTo(projected.amounts());
                for (Measure m : Measure.values()) {
                  if (projected.measures().contains(m)) {
                    assertThat(some.sum(m)).isEqualTo(whole.sum(m));
                    assertThat(some.present(m)).isEqualTo(whole.present(m));
                    assertThat(some.missing(m)).isEqualTo(whole.missing(m));
                  } else {
                    assertThatThrownBy(() -> some.sum(m))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(m.fieldName());
                    assertThatThrownBy(() -> some.missing(m))
                        .isInstanceOf(IllegalArgumentException.class);
                  }
                }
                for (MoneyMeasure m : MoneyMeasure.values()) {
                  if (projected.amounts().contains(m)) {
                    assertThat(some.total(m)).isEqualTo(whole.total(m));
                    assertThat(some.missing(m)).isEqualTo(whole.missing(m));
                  } else {
                    assertThatThrownBy(() -> some.total(m))
                        .isInstanceOf(IllegalArgumentException.class);
                  }
                }
              }
              // Summaries of different projections merge to the measures both add up (the summary
              // of no records, the identity, is every measure's).
              PerformanceSummary merged = part.total().merge(all.total());
              assertThat(merged.measures())
                  .isEqualTo(
                      records.isEmpty()
                          ? java.util.EnumSet.allOf(Measure.class)
                          : projected.measures());
              assertThat(merged.count()).isEqualTo(2 * all.total().count());
            });
  }

  @Test
  void chunksAcrossNewPlatformsAndDaysEqualTheOracle() {
    // More records than one chunk holds, with a platform and an account first seen in a later
    // chunk, so the key plan changes between chunks and the fold's cache is rebuilt.
    int n = PerformanceColumns.RecordChunk.ROWS * 2 + 1234;
    java.util.SplittableRandom random = new java.util.SplittableRandom(17);
    List<dev.socialplan.platform.Platform> early =
        List.of(dev.socialplan.platform.Platform.FACEBOOK, dev.socialplan.platform.Platform.X);
    java.util.List<PerformanceRecord> records = new java.util.ArrayList<>(n);
    long start = java.time.Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
    for (int i = 0; i < n; i++) {
      boolean late = i > PerformanceColumns.RecordChunk.ROWS + 100;
      PerformanceRecord.Builder b =
          PerformanceRecord.builder()
              .platform(
                  late && random.nextInt(3) == 0
                      ? dev.socialplan.platform.Platform.LINKEDIN
                      : early.get(random.nextInt(2)))
              .publishedAt(java.time.Instant.ofEpochSecond(start + random.nextLong(730L * 86_400)))
              .format(dev.socialplan.platform.PostFormat.IMAGE)
              .purpose(dev.socialplan.content.PostPurpose.INFORM);
      if (random.nextInt(4) > 0) {
        b.impressions(random.nextInt(1_000_000));
      }
      if (random.nextInt(4) > 0) {
        b.reach(random.nextInt(1_000_000));
      }
      b.reactions(random.nextInt(1000));
      if (late) {
        b.account("late-" + random.nextInt(3));
      }
      if (random.nextInt(3) == 0) {
        b.addHashtag("tag" + random.nextInt(5));
        b.addHashtag("other" + random.nextInt(2));
      }
      if (random.nextInt(5) == 0) {
        b.spend(org.joda.money.Money.ofMinor(org.joda.money.CurrencyUnit.EUR, random.nextInt(999)));
      }
      records.add(b.build());
    }
    java.time.ZoneId zone = java.time.ZoneId.of("Europe/Paris");
    for (Grouping grouping :
        List.of(
            Grouping.by(zone, Dimension.PLATFORM, Dimension.TIME_OF_WEEK),
            Grouping.by(zone, Dimension.PLATFORM, Dimension.TIME_OF_WEEK)
                .withMeasures(java.util.EnumSet.of(Measure.IMPRESSIONS, Measure.REACTIONS))
                .withAmounts(java.util.Set.of()),
            Grouping.by(zone, Dimension.ACCOUNT, Dimension.DAY),
            Grouping.by(Dimension.HASHTAG, Dimension.PLATFORM))) {
      PerformanceBreakdown expected = oracle(grouping, records);
      assertThat(PerformanceBreakdown.of(grouping, records)).as("%s", grouping).isEqualTo(expected);
      BreakdownAccumulator one = new BreakdownAccumulator(grouping);
      records.forEach(one::add);
      assertThat(one.snapshot()).as("%s", grouping).isEqualTo(expected);
    }
  }
}
