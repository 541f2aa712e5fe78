package dev.socialplan.analytics.aggregate;

import static dev.socialplan.analytics.aggregate.Fixtures.all;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PerformanceColumnsTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
  private static final List<Platform> PLATFORMS =
      List.of(Platform.FACEBOOK, Platform.INSTAGRAM, Platform.X, Platform.of("xiaohongshu"));
  private static final List<String> ACCOUNTS = List.of("acme", "acme.tw", "acme_jp");
  private static final List<String> HASHTAGS = List.of("sale", "Sale", "glow", "台灣", "new");
  private static final List<CurrencyUnit> CURRENCIES =
      List.of(CurrencyUnit.USD, CurrencyUnit.EUR, CurrencyUnit.JPY);

  /**
   * Random records around DST changes and year ends, with about a third of each count missing and
   * some zero amounts. The oracle is {@link RecordByRecord}.
   */
  static List<PerformanceRecord> randomRecords(long seed, int n, long firstSecond, long spanSeconds) {
    Random random = new Random(seed);
    List<PerformanceRecord> records = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      PerformanceRecord.Builder b =
          PerformanceRecord.builder()
              .platform(PLATFORMS.get(random.nextInt(PLATFORMS.size())))
              .publishedAt(
                  Instant.ofEpochSecond(
                      firstSecond + (long) (random.nextDouble() * spanSeconds),
                      random.nextBoolean() ? 0 : random.nextInt(1_000_000_000)))
              .format(PostFormat.values()[random.nextInt(PostFormat.values().length)])
              .purpose(PostPurpose.values()[random.nextInt(4)])
              .paid(PaidStatus.values()[random.nextInt(3)]);
      for (Measure m : Measure.values()) {
        if (random.nextInt(3) > 0) {
          b.count(m, random.nextInt(5) == 0 ? 0 : random.nextInt(1_000_000));
        }
      }
      if (random.nextBoolean()) {
        CurrencyUnit c = CURRENCIES.get(random.nextInt(CURRENCIES.size()));
        b.spend(Money.ofMinor(c, random.nextInt(4) == 0 ? 0 : random.nextInt(100_000)));
      }
      if (random.nextInt(4) == 0) {
        b.revenue(Money.ofMinor(CurrencyUnit.USD, random.nextInt(1_000_000)));
      }
      if (random.nextInt(10) == 0) {
        b.postId("post-" + i);
      }
      if (random.nextInt(4) > 0) {
        b.account(ACCOUNTS.get(random.nextInt(ACCOUNTS.size())));
      }
      if (random.nextBoolean()) {
        b.campaign("campaign " + random.nextInt(3));
      }
      if (random.nextBoolean()) {
        b.pillar("pillar " + random.nextInt(4));
      }
      for (int t = random.nextInt(4); t > 0; t--) {
        b.addHashtag(HASHTAGS.get(random.nextInt(HASHTAGS.size())));
      }
      if (random.nextInt(5) == 0) {
        b.averageVideoWatchTime(java.time.Duration.ofMillis(random.nextInt(600_000)));
      }
      if (random.nextInt(6) == 0) {
        b.permalink("https://example.com/" + i);
      }
      records.add(b.build());
    }
    return records;
  }

  private static final long START_2024 = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
  private static final long TWO_YEARS = 2 * 366 * 86_400L;

  @Test
  void everyGroupingMatchesTheRecordByRecordBreakdown() {
    List<PerformanceRecord> records = randomRecords(42, 600, START_2024, TWO_YEARS);
    PerformanceColumns columns = PerformanceColumns.of(records);
    Dimension[] all = Dimension.values();
    // Every 5th of the 4,096 subsets (5 is coprime to 2^12, so every dimension appears with others).
    for (int mask = 0; mask < 1 << all.length; mask += 5) {
      EnumSet<Dimension> set = EnumSet.noneOf(Dimension.class);
      for (int d = 0; d < all.length; d++) {
        if ((mask & 1 << d) != 0) {
          set.add(all[d]);
        }
      }
      Grouping grouping = Grouping.by(NEW_YORK, set.toArray(new Dimension[0]));
      assertThat(columns.aggregate(grouping))
          .as("grouping %s", grouping)
          .isEqualTo(RecordByRecord.breakdown(grouping, records));
    }
  }

  @Test
  void matchesTheOracleForRandomDataZonesAndSplits() {
    qt().withExamples(40)
        .forAll(longs().all(), integers().between(0, 400), integers().between(0, 3))
        .checkAssert(
            (seed, n, zoneChoice) -> {
              ZoneId zone = List.of(NEW_YORK, KOLKATA, ZoneId.of("UTC"), ZoneId.of("Australia/Lord_Howe"))
                  .get(zoneChoice);
              List<PerformanceRecord> records = randomRecords(seed, n, START_2024, TWO_YEARS);
              PerformanceColumns columns = PerformanceColumns.of(records);
              Grouping grouping = Grouping.by(zone, Dimension.PLATFORM, Dimension.TIME_OF_WEEK);
              PerformanceBreakdown expected = RecordByRecord.breakdown(grouping, records);
              assertThat(columns.aggregate(grouping)).isEqualTo(expected);
              int cut = n / 3;
              assertThat(
                      columns
                          .aggregate(grouping, cut, n)
                          .merge(columns.aggregate(grouping, 0, cut)))
                  .isEqualTo(expected);
              assertThat(columns.summary()).isEqualTo(PerformanceSummary.of(records));
            });
  }

  @Test
  void manyGroupsUseTheSparseTableAndStillMatch() {
    // 4 platforms × 168 hours × ~20 years of days: far more than 65,536 possible groups.
    long twentyYears = 20L * 366 * 86_400;
    List<PerformanceRecord> records =
        randomRecords(7, 3_000, Instant.parse("2010-01-01T00:00:00Z").getEpochSecond(), twentyYears);
    Grouping grouping =
        Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.TIME_OF_WEEK, Dimension.DAY);
    assertThat(PerformanceColumns.of(records).aggregate(grouping))
        .isEqualTo(RecordByRecord.breakdown(grouping, records));
  }

  @Test
  void groupsThatOverflowALongKeyFallBackToRecords() {
    // From 1970 to 9999: days × weeks × months × hours × platforms exceeds a long.
    List<PerformanceRecord> records =
        randomRecords(11, 200, 0, Instant.parse("9999-12-01T00:00:00Z").getEpochSecond());
    Grouping grouping = Grouping.by(KOLKATA, Dimension.values());
    assertThat(PerformanceColumns.of(records).aggregate(grouping))
        .isEqualTo(RecordByRecord.breakdown(grouping, records));
  }

  @Test
  void rowsRoundTripToRecords() {
    List<PerformanceRecord> records = randomRecords(3, 300, START_2024, TWO_YEARS);
    PerformanceColumns columns = PerformanceColumns.of(records);
    assertThat(columns.size()).isEqualTo(300);
    for (int i = 0; i < records.size(); i++) {
      assertThat(columns.record(i)).isEqualTo(records.get(i));
    }
    PerformanceColumns fixtures = PerformanceColumns.of(all());
    assertThat(fixtures.record(0)).isEqualTo(all().get(0));
    assertThatThrownBy(() -> fixtures.record(4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void zeroAmountsStillNameTheirCurrency() {
    PerformanceColumns columns = PerformanceColumns.of(all());
    assertThat(columns.summary()).isEqualTo(PerformanceSummary.of(all()));
    Grouping byPlatform = Grouping.by(Dimension.PLATFORM);
    PerformanceSummary linkedIn =
        columns.aggregate(byPlatform).get(GroupKey.empty().withPlatform(Platform.LINKEDIN)).orElseThrow();
    assertThat(linkedIn.spend()).containsEntry(CurrencyUnit.USD, Money.parse("USD 0.00"));
  }

  @Test
  void emptyRangesAndBuildersBehave() {
    PerformanceColumns empty = PerformanceColumns.builder().build();
    assertThat(empty.size()).isZero();
    assertThat(empty.summary()).isEqualTo(PerformanceSummary.empty());
    PerformanceColumns.Builder builder = PerformanceColumns.builder(2);
    all().forEach(builder::add);
    assertThat(builder.size()).isEqualTo(4);
    PerformanceColumns built = builder.build();
    assertThat(built.aggregate(Grouping.none(), 2, 2)).isEqualTo(PerformanceBreakdown.empty(Grouping.none()));
    assertThatThrownBy(() -> builder.add(all().get(0))).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(builder::build).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> built.aggregate(Grouping.none(), 3, 5))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> PerformanceColumns.builder(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expectedRows must not be negative: -1");
  }

  @Test
  void overflowThrowsRatherThanWraps() {
    PerformanceRecord huge = all().get(0).toBuilder().impressions(Long.MAX_VALUE).build();
    PerformanceColumns columns = PerformanceColumns.of(List.of(huge, huge));
    assertThatThrownBy(columns::summary).isInstanceOf(ArithmeticException.class);
  }

  @Test
  void monthArithmeticMatchesJavaTimeAtTheEndOfEach400YearCycle() {
    // The last day of a 400-year cycle (29 February of 1600, 2000, 2400, ...) is the one day the
    // era's leap-day terms of civil_from_days all count.
    for (int year = 1600; year <= 10_000; year += 400) {
      java.time.LocalDate leapDay = java.time.LocalDate.of(year, 2, 29);
      for (long day = leapDay.toEpochDay() - 1; day <= leapDay.toEpochDay() + 1; day++) {
        java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
        assertThat(PerformanceColumns.monthOf(day))
            .as("%s", date)
            .isEqualTo(date.getYear() * 12L + date.getMonthValue() - 1);
      }
    }
  }

  @Test
  void monthAndWeekArithmeticMatchesJavaTime() {
    for (long day = -800_000; day < 3_000_000; day += 997) {
      java.time.LocalDate date = java.time.LocalDate.ofEpochDay(day);
      assertThat(PerformanceColumns.monthOf(day))
          .isEqualTo(date.getYear() * 12L + date.getMonthValue() - 1);
      assertThat(PerformanceColumns.weekOf(day) * 7 - 3)
          .isEqualTo(date.with(java.time.DayOfWeek.MONDAY).toEpochDay());
    }
  }

  @Test
  void accountCampaignPillarAndHashtagCombineWithTimeAndMatchTheOracle() {
    List<PerformanceRecord> records = randomRecords(7, 3_000, START_2024, TWO_YEARS);
    PerformanceColumns columns = PerformanceColumns.of(records);
    for (Grouping grouping :
        List.of(
            Grouping.by(NEW_YORK, Dimension.ACCOUNT, Dimension.TIME_OF_WEEK),
            Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.HASHTAG, Dimension.MONTH),
            Grouping.by(Dimension.CAMPAIGN, Dimension.PILLAR, Dimension.FORMAT),
            Grouping.by(Dimension.HASHTAG))) {
      PerformanceBreakdown expected = RecordByRecord.breakdown(grouping, records);
      assertThat(columns.aggregate(grouping)).as("%s", grouping).isEqualTo(expected);
      assertThat(columns.aggregate(grouping, 0, 1_234).merge(columns.aggregate(grouping, 1_234, 3_000)))
          .isEqualTo(expected);
    }
  }

  @Test
  void aPostWithSeveralHashtagsCountsInEachOfTheirGroups() {
    PerformanceRecord tagged =
        Fixtures.facebookStatus().toBuilder().addHashtag("#sale").addHashtag("glow").reach(10).build();
    PerformanceRecord untagged = Fixtures.facebookStatus().toBuilder().reach(5).build();
    PerformanceBreakdown byTag =
        PerformanceColumns.of(List.of(tagged, untagged)).aggregate(Grouping.by(Dimension.HASHTAG));
    assertThat(byTag.groups().keySet())
        .containsExactly(
            GroupKey.empty(), GroupKey.empty().withHashtag("glow"), GroupKey.empty().withHashtag("sale"));
    assertThat(byTag.get(GroupKey.empty().withHashtag("sale")).orElseThrow().sum(Measure.REACH))
        .isEqualTo(10);
    assertThat(byTag.get(GroupKey.empty()).orElseThrow().sum(Measure.REACH)).isEqualTo(5);
    // The total counts the tagged post once per hashtag, as documented.
    assertThat(byTag.total().count()).isEqualTo(3);
  }
}
