package dev.socialplan.analytics.aggregate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * The columnar kernel ({@link PerformanceColumns#aggregate}, and the record chunks behind {@link
 * PerformanceBreakdown#of} and {@link BreakdownAccumulator#add}) against {@link RecordByRecord}, on
 * the inputs that take its less common paths: key parts after the first, gathered hashtag entries,
 * measures left out, more rows than a block, packed counts that must be flushed, values too large
 * to pack or that could overflow, and local dates that cross a day, week or month from UTC.
 */
class ColumnarKernelTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final long START_2024 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
  private static final long TWO_YEARS = 2 * 366 * 86_400L;

  private static List<PerformanceRecord> records(long seed, int n) {
    return PerformanceColumnsTest.randomRecords(seed, n, START_2024, TWO_YEARS);
  }

  /** Checks the stored columns, the record chunks and the collector against the oracle. */
  private static void assertEveryPathMatches(Grouping grouping, List<PerformanceRecord> records) {
    PerformanceBreakdown expected = RecordByRecord.breakdown(grouping, records);
    assertThat(PerformanceColumns.of(records).aggregate(grouping))
        .as("columns, %s", grouping)
        .isEqualTo(expected);
    assertThat(PerformanceBreakdown.of(grouping, records))
        .as("record chunks, %s", grouping)
        .isEqualTo(expected);
    // Not a random-access list: the chunks are filled through an iterator.
    assertThat(PerformanceBreakdown.of(grouping, new LinkedList<>(records)))
        .as("record chunks from a linked list, %s", grouping)
        .isEqualTo(expected);
    BreakdownAccumulator one = new BreakdownAccumulator(grouping);
    records.forEach(one::add);
    assertThat(one.snapshot()).as("accumulator, %s", grouping).isEqualTo(expected);
  }

  @Test
  void everyDimensionBesideAHashtagMatchesTheOracle() {
    List<PerformanceRecord> records = records(5, 700);
    for (Dimension d : Dimension.values()) {
      if (d != Dimension.HASHTAG) {
        assertEveryPathMatches(Grouping.by(NEW_YORK, Dimension.HASHTAG, d), records);
        assertEveryPathMatches(Grouping.by(NEW_YORK, d, Dimension.PAID), records);
        assertEveryPathMatches(Grouping.by(NEW_YORK, Dimension.PLATFORM, d), records);
      }
    }
  }

  @Test
  void measuresAndAmountsLeftOutMatchTheOracle() {
    List<PerformanceRecord> records = new ArrayList<>(records(9, 500));
    // Records with a count past an int keep their counts in another layout, copied by mask.
    for (int i = 0; i < 40; i += 7) {
      records.add(records.get(i).toBuilder().impressions((1L << 40) + i).build());
    }
    List<Set<Measure>> measureSets =
        List.of(
            EnumSet.noneOf(Measure.class),
            EnumSet.of(Measure.IMPRESSIONS),
            EnumSet.of(Measure.REACH, Measure.CLICKS, Measure.VIDEO_COMPLETIONS),
            EnumSet.complementOf(EnumSet.of(Measure.IMPRESSIONS)));
    List<Set<MoneyMeasure>> amountSets =
        List.of(
            EnumSet.noneOf(MoneyMeasure.class),
            EnumSet.of(MoneyMeasure.SPEND),
            EnumSet.of(MoneyMeasure.REVENUE),
            EnumSet.allOf(MoneyMeasure.class));
    for (Set<Measure> measures : measureSets) {
      for (Set<MoneyMeasure> amounts : amountSets) {
        for (Grouping base :
            List.of(
                Grouping.none(),
                Grouping.by(Dimension.HASHTAG),
                Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.HASHTAG, Dimension.WEEK))) {
          Grouping grouping = base.withMeasures(measures).withAmounts(amounts);
          assertEveryPathMatches(grouping, records);
          PerformanceSummary total = PerformanceColumns.of(records).aggregate(grouping).total();
          assertThat(total.measures()).isEqualTo(measures);
          assertThat(total.amounts()).isEqualTo(amounts);
        }
      }
    }
  }

  @Test
  void aRangeOfMoreRowsThanABlockMatchesTheOracle() {
    List<PerformanceRecord> records = records(13, 20_000);
    PerformanceColumns columns = PerformanceColumns.of(records);
    for (Grouping grouping :
        List.of(
            Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.HASHTAG, Dimension.DAY),
            Grouping.by(Dimension.PAID, Dimension.ACCOUNT),
            Grouping.none())) {
      assertThat(columns.aggregate(grouping, 1_000, 19_500))
          .as("%s", grouping)
          .isEqualTo(RecordByRecord.breakdown(grouping, records.subList(1_000, 19_500)));
      assertThat(PerformanceBreakdown.of(grouping, records))
          .as("%s", grouping)
          .isEqualTo(RecordByRecord.breakdown(grouping, records));
    }
  }

  /** Posts that differ only in their counts, published an hour apart from 2024-01-01. */
  private static List<PerformanceRecord> hourly(int n, java.util.function.LongUnaryOperator count) {
    List<PerformanceRecord> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PerformanceRecord.Builder b =
          PerformanceRecord.builder()
              .platform(i % 3 == 0 ? Platform.INSTAGRAM : Platform.FACEBOOK)
              .publishedAt(Instant.ofEpochSecond(START_2024 + 3_600L * i))
              .format(PostFormat.IMAGE)
              .purpose(PostPurpose.PROMOTE)
              .reach(i);
      long v = count.applyAsLong(i);
      if (v >= 0) {
        b.impressions(v);
      }
      records.add(b.build());
    }
    return records;
  }

  @Test
  void oneGroupOfMoreRowsThanAPackedCountHoldsIsFlushedInTime() {
    // 40,000 present values in one group: more than the 15 bits a packed present count holds.
    List<PerformanceRecord> records = hourly(40_000, i -> i % 1_000);
    PerformanceSummary all = PerformanceColumns.of(records).summary();
    assertThat(all.present(Measure.IMPRESSIONS)).isEqualTo(40_000);
    assertThat(all.sum(Measure.IMPRESSIONS)).isEqualTo(40L * (999 * 1_000 / 2));
    assertThat(all).isEqualTo(RecordByRecord.summary(records));
    assertEveryPathMatches(Grouping.by(Dimension.PLATFORM), records);
  }

  @Test
  void countsTooLargeToPackAreAddedExactlyWithMissingOnesLeftOut() {
    // 2^40 is past the packable bound (2^34); the sum of 300 of them fits a long, so no check.
    long big = 1L << 40;
    List<PerformanceRecord> records = hourly(300, i -> i % 4 == 0 ? -1 : big + i);
    assertEveryPathMatches(Grouping.by(Dimension.PLATFORM), records);
    assertEveryPathMatches(Grouping.none(), records);
    PerformanceSummary all = PerformanceColumns.of(records).summary();
    assertThat(all.present(Measure.IMPRESSIONS)).isEqualTo(225);
    assertThat(all.sum(Measure.IMPRESSIONS)).isEqualTo(RecordByRecord.summary(records).sum(Measure.IMPRESSIONS));
  }

  @Test
  void largeCountsInOneChunkOfRecordsAreAddedExactly() {
    // A chunk of records skips the scan for its largest count unless a record keeps its counts
    // wide (one above Integer.MAX_VALUE) or the measure is watch time, the one count a record keeps
    // in a long. 2^45 is past the packable bound (2^34) on both kinds, and 300 of them would
    // overflow a packed sum: the sums must come out exact.
    long big = 1L << 45;
    List<PerformanceRecord> records = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      PerformanceRecord.Builder b =
          PerformanceRecord.builder()
              .platform(i % 3 == 0 ? Platform.INSTAGRAM : Platform.FACEBOOK)
              .publishedAt(Instant.ofEpochSecond(START_2024 + 3_600L * i))
              .format(PostFormat.VIDEO)
              .purpose(PostPurpose.PROMOTE)
              .reach(i)
              .count(Measure.VIDEO_WATCH_TIME, big + i);
      if (i == 150) {
        b.impressions(big);
      }
      records.add(b.build());
    }
    assertEveryPathMatches(Grouping.by(Dimension.PLATFORM), records);
    assertEveryPathMatches(Grouping.none(), records);
    PerformanceSummary all = PerformanceBreakdown.of(Grouping.none(), records).total();
    assertThat(all.sum(Measure.VIDEO_WATCH_TIME)).isEqualTo(300 * big + 299 * 300 / 2);
    assertThat(all.sum(Measure.IMPRESSIONS)).isEqualTo(big);
    assertThat(all.sum(Measure.REACH)).isEqualTo(299 * 300 / 2);
  }

  @Test
  void sumsThatCouldOverflowAreCheckedAndExactWhenTheyFit() {
    long half = Long.MAX_VALUE / 2;
    // Three rows whose largest value is half of Long.MAX_VALUE could overflow, so each add is
    // checked; these fit, with one value missing.
    List<PerformanceRecord> fits = hourly(3, i -> i == 0 ? half : i == 1 ? -1 : 1);
    PerformanceSummary summary = PerformanceColumns.of(fits).summary();
    assertThat(summary.sum(Measure.IMPRESSIONS)).isEqualTo(half + 1);
    assertThat(summary.present(Measure.IMPRESSIONS)).isEqualTo(2);
    assertEveryPathMatches(Grouping.by(Dimension.PLATFORM), fits);
    List<PerformanceRecord> overflows = hourly(4, i -> half);
    assertThatThrownBy(() -> PerformanceColumns.of(overflows).summary())
        .isInstanceOf(ArithmeticException.class);
    assertThatThrownBy(() -> PerformanceBreakdown.of(Grouping.none(), overflows))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void localDatesPastTheUtcDateWeekAndMonthMatchTheOracle() {
    // Evening posts in UTC are the next day in zones east of UTC; the last post of each list falls
    // in a later local day, ISO week and month than its UTC date.
    List<PerformanceRecord> records = new ArrayList<>();
    String[] instants = {
      "2024-12-27T09:00:00Z", "2024-12-28T21:00:00Z", "2024-12-29T20:00:00Z",
      "2024-12-30T12:00:00Z", "2024-12-31T20:30:00Z"
    };
    for (int i = 0; i < instants.length; i++) {
      records.add(
          PerformanceRecord.builder()
              .platform(Platform.FACEBOOK)
              .publishedAt(Instant.parse(instants[i]))
              .format(PostFormat.TEXT)
              .purpose(PostPurpose.INFORM)
              .impressions(10 + i)
              .spend(Money.ofMinor(CurrencyUnit.USD, 100 + i))
              .build());
    }
    for (String zone :
        List.of(
            "Asia/Kolkata", "Pacific/Auckland", "Pacific/Kiritimati", "Australia/Lord_Howe",
            "Pacific/Honolulu", "America/St_Johns", "UTC")) {
      for (Dimension d : List.of(Dimension.DAY, Dimension.WEEK, Dimension.MONTH)) {
        assertEveryPathMatches(Grouping.by(ZoneId.of(zone), d), records);
        assertEveryPathMatches(Grouping.by(ZoneId.of(zone), Dimension.PLATFORM, d), records);
        assertEveryPathMatches(Grouping.by(ZoneId.of(zone), d, Dimension.TIME_OF_WEEK), records);
      }
    }
    PerformanceBreakdown byMonth =
        PerformanceColumns.of(records).aggregate(Grouping.by(ZoneId.of("Asia/Kolkata"), Dimension.MONTH));
    assertThat(byMonth.groups().keySet().stream().map(k -> k.month().orElseThrow().toString()))
        .containsExactly("2024-12", "2025-01");
  }

  @Test
  void timeDimensionsOverYearsWithManyOffsetChangesMatchTheOracle() {
    // Twelve years in New York: more offset windows than the branch-free table reads.
    long twelveYears = 12L * 366 * 86_400;
    List<PerformanceRecord> records =
        PerformanceColumnsTest.randomRecords(
            21, 2_000, Instant.parse("2015-01-01T00:00:00Z").getEpochSecond(), twelveYears);
    for (Dimension d :
        List.of(Dimension.TIME_OF_WEEK, Dimension.DAY, Dimension.WEEK, Dimension.MONTH)) {
      assertEveryPathMatches(Grouping.by(NEW_YORK, d), records);
    }
  }

  @Test
  void accountsCampaignsAndPillarsAfterOtherPartsMatchTheOracle() {
    List<PerformanceRecord> records = records(31, 900);
    List<Dimension> labels = List.of(Dimension.ACCOUNT, Dimension.CAMPAIGN, Dimension.PILLAR);
    for (Dimension label : labels) {
      for (Dimension before :
          List.of(Dimension.PLATFORM, Dimension.FORMAT, Dimension.PURPOSE, Dimension.PAID)) {
        assertEveryPathMatches(Grouping.by(before, label), records);
      }
    }
    assertEveryPathMatches(
        Grouping.by(Dimension.ACCOUNT, Dimension.CAMPAIGN, Dimension.PILLAR, Dimension.HASHTAG),
        records);
    Set<String> pillars =
        PerformanceColumns.of(records).aggregate(Grouping.by(Dimension.FORMAT, Dimension.PILLAR))
            .groups().keySet().stream()
            .map(k -> k.pillar().orElse("-"))
            .collect(Collectors.toSet());
    assertThat(pillars).containsExactlyInAnyOrder("-", "pillar 0", "pillar 1", "pillar 2", "pillar 3");
  }

  @Test
  void manySparseGroupsInOneAccumulatorMatchTheOracle() {
    // Day × hour of week × platform over twenty years: a sparse table of thousands of groups that
    // grows while a chunk is summed.
    long twentyYears = 20L * 366 * 86_400;
    List<PerformanceRecord> records =
        PerformanceColumnsTest.randomRecords(
            8, 5_000, Instant.parse("2006-01-01T00:00:00Z").getEpochSecond(), twentyYears);
    assertEveryPathMatches(
        Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.TIME_OF_WEEK, Dimension.DAY), records);
  }

  @Test
  void groupingsTooWideForALongKeyFallBackToRecordsOnEveryPath() {
    List<PerformanceRecord> records =
        PerformanceColumnsTest.randomRecords(
            11, 300, 0, Instant.parse("9999-12-01T00:00:00Z").getEpochSecond());
    assertEveryPathMatches(Grouping.by(ZoneId.of("Asia/Kolkata"), Dimension.values()), records);
  }

  @Test
  void packedCountsAtThePackableBoundFlushBeforeTheyOverflow() {
    // 16,384 values just under 2^34, the most a packed count holds between two flushes.
    long justUnder = (1L << 34) - 1;
    List<PerformanceRecord> records = hourly(16_384, i -> justUnder);
    PerformanceSummary all = PerformanceColumns.of(records).summary();
    assertThat(all.sum(Measure.IMPRESSIONS)).isEqualTo(justUnder * 16_384);
    assertThat(all.present(Measure.IMPRESSIONS)).isEqualTo(16_384);
    // 2^34, the first value not packed, is added unpacked.
    List<PerformanceRecord> bound = hourly(16_384, i -> 1L << 34);
    assertThat(PerformanceColumns.of(bound).summary().sum(Measure.IMPRESSIONS)).isEqualTo(1L << 48);
    assertThat(PerformanceBreakdown.of(Grouping.by(Dimension.PAID), bound).total().sum(Measure.IMPRESSIONS))
        .isEqualTo(1L << 48);
  }

  @Test
  void fullBlocksOfSparseGroupsByHourWeekAndMonthMatchTheOracle() {
    // Hour of week × week × month over two years: a sparse table, filled a whole block at a time.
    List<PerformanceRecord> records = records(41, 20_000);
    Grouping grouping =
        Grouping.by(NEW_YORK, Dimension.TIME_OF_WEEK, Dimension.WEEK, Dimension.MONTH);
    assertThat(PerformanceColumns.of(records).aggregate(grouping))
        .isEqualTo(RecordByRecord.breakdown(grouping, records));
  }

  @Test
  void sparseGroupsMeetInAnotherOrderInTheNextChunk() {
    // Platform × hour × format × purpose × paid with three platforms exceeds 65,536 cells, so its
    // groups are numbered as they appear; the second chunk meets the same three groups in another
    // order, so it must not reuse the first chunk's numbering.
    Instant at = Instant.parse("2025-03-04T14:30:00Z");
    PerformanceRecord a = hourly(1, i -> 1).get(0).toBuilder().platform(Platform.FACEBOOK).publishedAt(at).build();
    PerformanceRecord b = a.toBuilder().platform(Platform.INSTAGRAM).impressions(10).build();
    PerformanceRecord c = a.toBuilder().platform(Platform.LINKEDIN).impressions(100).build();
    List<PerformanceRecord> records = new ArrayList<>();
    records.add(a);
    records.add(b);
    records.add(c);
    while (records.size() < 8_192) {
      records.add(a);
    }
    records.add(c);
    records.add(b);
    while (records.size() < 16_384) {
      records.add(a);
    }
    Grouping grouping =
        Grouping.by(
            NEW_YORK,
            Dimension.PLATFORM,
            Dimension.TIME_OF_WEEK,
            Dimension.FORMAT,
            Dimension.PURPOSE,
            Dimension.PAID);
    PerformanceBreakdown expected = RecordByRecord.breakdown(grouping, records);
    assertThat(expected.groups()).hasSize(3);
    assertThat(PerformanceBreakdown.of(grouping, records)).isEqualTo(expected);
    BreakdownAccumulator one = new BreakdownAccumulator(grouping);
    records.forEach(one::add);
    assertThat(one.snapshot()).isEqualTo(expected);
  }

  @Test
  void theFirstLocalDayMayBeBeforeTheEpochDay() {
    // 1970-01-01T00:00Z is still 31 December 1969 in New York: the first local day is day -1.
    List<PerformanceRecord> records = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      records.add(
          hourly(1, x -> 5).get(0).toBuilder()
              .platform(i % 2 == 0 ? Platform.FACEBOOK : Platform.INSTAGRAM)
              .publishedAt(Instant.ofEpochSecond(i * 86_400L))
              .paid(i % 3 == 0)
              .build());
    }
    for (Grouping grouping :
        List.of(
            Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.DAY),
            Grouping.by(NEW_YORK, Dimension.DAY, Dimension.PAID),
            Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.WEEK, Dimension.MONTH))) {
      assertEveryPathMatches(grouping, records);
    }
  }

  @Test
  void aPostWithMoreHashtagsThanTheFirstChunkHasRoomFor() {
    PerformanceRecord.Builder b = hourly(1, i -> 3).get(0).toBuilder();
    for (int t = 0; t < 40; t++) {
      b.addHashtag("tag" + t);
    }
    List<PerformanceRecord> records = List.of(b.build(), hourly(2, i -> 4).get(1));
    assertEveryPathMatches(Grouping.by(Dimension.HASHTAG), records);
    assertThat(PerformanceBreakdown.of(Grouping.by(Dimension.HASHTAG), records).groups()).hasSize(41);
  }

  @Test
  void equalPlatformsThatAreNotTheSameInstanceShareAGroup() {
    // Platform.of makes a new instance for an id that is not well known; equal instances are one group.
    PerformanceRecord facebook = hourly(1, i -> 1).get(0).toBuilder().platform(Platform.FACEBOOK).build();
    PerformanceRecord first = facebook.toBuilder().platform(Platform.of("acme-social")).impressions(10).build();
    PerformanceRecord second = facebook.toBuilder().platform(Platform.of("acme-social")).impressions(100).build();
    PerformanceRecord third = facebook.toBuilder().platform(Platform.of("acme-video")).impressions(1_000).build();
    PerformanceRecord fourth = facebook.toBuilder().platform(Platform.of("acme-video")).impressions(7).build();
    assertThat(first.platform()).isEqualTo(second.platform()).isNotSameAs(second.platform());
    List<PerformanceRecord> records = List.of(facebook, first, third, second, fourth, second);
    assertEveryPathMatches(Grouping.by(Dimension.PLATFORM), records);
    PerformanceBreakdown byPlatform = PerformanceBreakdown.of(Grouping.by(Dimension.PLATFORM), records);
    assertThat(byPlatform.get(GroupKey.empty().withPlatform(Platform.of("acme-social"))).orElseThrow().sum(Measure.IMPRESSIONS))
        .isEqualTo(210);
  }

  @Test
  void rowsWithoutPostIdsOrPermalinksReadBack() {
    List<PerformanceRecord> records = hourly(3, i -> i);
    PerformanceColumns columns = PerformanceColumns.of(records);
    for (int i = 0; i < 3; i++) {
      assertThat(columns.record(i)).isEqualTo(records.get(i));
    }
  }

  @Test
  void chunksOverOtherDaysDoNotReuseEachOthersGroups() {
    // Two chunks of 8,192 posts over ten days each, the second three weeks later: the same number
    // of day slots, from another first day.
    List<PerformanceRecord> records = new ArrayList<>();
    for (int i = 0; i < 16_384; i++) {
      long day = (i < 8_192 ? 0 : 21) + i % 10;
      records.add(
          hourly(1, x -> 2).get(0).toBuilder()
              .publishedAt(Instant.ofEpochSecond(START_2024 + day * 86_400 + 43_200))
              .impressions(i % 7)
              .build());
    }
    Grouping byDay = Grouping.by(NEW_YORK, Dimension.DAY);
    PerformanceBreakdown expected = RecordByRecord.breakdown(byDay, records);
    assertThat(expected.groups()).hasSize(20);
    assertThat(PerformanceBreakdown.of(byDay, records)).isEqualTo(expected);
  }
}
