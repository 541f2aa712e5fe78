package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownAccumulatorTest {
  private static Grouping byPlatform() {
    return Grouping.by(Dimension.PLATFORM);
  }

  @Test
  void addsAndMergesBuffersOfTheSameGrouping() {
    BreakdownAccumulator left = new BreakdownAccumulator(byPlatform());
    left.add(all().get(2));
    BreakdownAccumulator right = new BreakdownAccumulator(byPlatform());
    all().subList(0, 2).forEach(right::add);
    right.add(all().get(3));
    left.addAll(right);
    PerformanceBreakdown expected = RecordByRecord.breakdown(byPlatform(), all());
    assertThat(left.snapshot()).isEqualTo(expected);
    assertThat(left.grouping()).isEqualTo(byPlatform());
    BreakdownAccumulator twice = Serialization.roundTrip(left);
    twice.addAll(expected);
    assertThat(twice.snapshot().total().count()).isEqualTo(8);
  }

  @Test
  void refusesAnotherGrouping() {
    BreakdownAccumulator a = new BreakdownAccumulator(byPlatform());
    assertThatThrownBy(() -> a.addAll(new BreakdownAccumulator(Grouping.by(Dimension.FORMAT))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesABreakdownOfAnotherGrouping() {
    BreakdownAccumulator a = new BreakdownAccumulator(byPlatform());
    PerformanceBreakdown byFormat = PerformanceBreakdown.of(Grouping.by(Dimension.FORMAT), all());
    assertThatThrownBy(() -> a.addAll(byFormat))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("groupings must be the same");
    assertThat(a.snapshot()).isEqualTo(PerformanceBreakdown.empty(byPlatform()));
  }

  private static List<PerformanceRecord> records(int n) {
    return PerformanceColumnsTest.randomRecords(
        23, n, Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(), 2 * 366 * 86_400L);
  }

  @Test
  void mergesBuffersWhoseRecordsWereSummedAndBuffersStillHoldingRecords() {
    // 5,000 records fill and flush the growing chunks (64, 512, 4,096 rows); 10 stay pending.
    Grouping grouping = Grouping.by(ZoneId.of("Europe/Paris"), Dimension.HASHTAG, Dimension.MONTH);
    List<PerformanceRecord> records = records(5_010);
    BreakdownAccumulator busy = new BreakdownAccumulator(grouping);
    records.subList(0, 5_000).forEach(busy::add);
    BreakdownAccumulator quiet = new BreakdownAccumulator(grouping);
    records.subList(5_000, 5_010).forEach(quiet::add);
    BreakdownAccumulator merged = new BreakdownAccumulator(grouping);
    merged.addAll(busy);
    merged.addAll(quiet);
    assertThat(merged.snapshot()).isEqualTo(RecordByRecord.breakdown(grouping, records));
    // The sources are unchanged by the merge.
    assertThat(busy.snapshot())
        .isEqualTo(RecordByRecord.breakdown(grouping, records.subList(0, 5_000)));
    BreakdownAccumulator fromBreakdown = new BreakdownAccumulator(grouping);
    fromBreakdown.addAll(busy.snapshot());
    fromBreakdown.addAll(quiet.snapshot());
    assertThat(fromBreakdown.snapshot()).isEqualTo(merged.snapshot());
  }

  @Test
  void aGroupingTooWideForALongKeyAddsRecordByRecord() {
    // Days, weeks, months and hours from 1970 to 9999 overflow a long key: the kernel falls back
    // to adding each record to the group of each of its hashtags.
    Grouping grouping = Grouping.by(ZoneId.of("Asia/Tokyo"), Dimension.values());
    List<PerformanceRecord> records =
        PerformanceColumnsTest.randomRecords(
            29, 400, 0, Instant.parse("9999-12-01T00:00:00Z").getEpochSecond());
    BreakdownAccumulator a = new BreakdownAccumulator(grouping);
    records.forEach(a::add);
    PerformanceBreakdown expected = RecordByRecord.breakdown(grouping, records);
    assertThat(a.snapshot()).isEqualTo(expected);
    assertThat(PerformanceBreakdown.of(grouping, records)).isEqualTo(expected);
    assertThat(PerformanceColumns.of(records).aggregate(grouping)).isEqualTo(expected);
    long tagged = records.stream().mapToLong(r -> Math.max(1, r.hashtags().size())).sum();
    assertThat(expected.total().count()).isEqualTo(tagged);
  }
}
