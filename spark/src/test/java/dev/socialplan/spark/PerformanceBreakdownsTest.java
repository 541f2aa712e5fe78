package dev.socialplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.testkit.generators.AgencyHistory;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.junit.jupiter.api.Test;

/**
 * Breakdowns computed by Spark equal the single-machine {@link PerformanceBreakdown} exactly, on
 * the real data set and on generated agency data, for 1, 2, 7 and 64 partitions in shuffled order.
 *
 * <p>Sizes (chosen to keep the module's tests within three minutes on two cores): the real data
 * set's 500 posts under every partitioning; 20,000 generated posts of 200 brands under every
 * grouping; and {@link #millionPostsOfTwoThousandBrands()}.
 */
class PerformanceBreakdownsTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static final List<PerformanceRecord> COSMETICS = FacebookCosmetics.records();
  private static final ZoneId TAIPEI = ZoneId.of("Asia/Taipei");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static final List<Grouping> GROUPINGS =
      List.of(
          Grouping.none(),
          Grouping.by(Dimension.PLATFORM),
          Grouping.by(Dimension.FORMAT),
          Grouping.by(Dimension.PURPOSE),
          Grouping.by(Dimension.PAID),
          Grouping.by(TAIPEI, Dimension.TIME_OF_WEEK),
          Grouping.by(NEW_YORK, Dimension.DAY),
          Grouping.by(NEW_YORK, Dimension.WEEK),
          Grouping.by(TAIPEI, Dimension.MONTH),
          Grouping.by(NEW_YORK, Dimension.PLATFORM, Dimension.TIME_OF_WEEK),
          Grouping.by(Dimension.ACCOUNT),
          Grouping.by(Dimension.CAMPAIGN),
          Grouping.by(Dimension.PILLAR),
          Grouping.by(Dimension.HASHTAG),
          Grouping.by(TAIPEI, Dimension.ACCOUNT, Dimension.TIME_OF_WEEK),
          Grouping.by(Dimension.PILLAR, Dimension.FORMAT, Dimension.HASHTAG),
          Grouping.by(TAIPEI, Dimension.values()));

  @Test
  void realDataSetUnderEveryPartitioning() {
    Dataset<Row> table = PerformanceTable.toTable(SPARK, COSMETICS);
    for (int partitions : new int[] {1, 2, 7, 64}) {
      Dataset<Row> shuffled = table.orderBy(functions.rand(partitions)).repartition(partitions);
      for (Grouping g : List.of(Grouping.by(Dimension.FORMAT, Dimension.PAID),
          Grouping.by(NEW_YORK, Dimension.TIME_OF_WEEK), Grouping.by(TAIPEI, Dimension.values()))) {
        assertThat(PerformanceBreakdowns.collect(shuffled, g, PerformanceTable.standard()))
            .as("%s in %d partitions", g, partitions)
            .isEqualTo(PerformanceBreakdown.of(g, COSMETICS).groups());
      }
    }
  }

  @Test
  void generatedDataUnderEveryGrouping() {
    AgencyHistory history = AgencyHistory.of(200, 2025, 11);
    List<PerformanceRecord> records = AgencyTable.records(history, 20_000);
    Dataset<Row> table = AgencyTable.of(SPARK, history, 20_000, 7).cache();
    for (Grouping g : GROUPINGS) {
      assertThat(PerformanceBreakdowns.collect(table, g, PerformanceTable.standard()))
          .as("%s", g)
          .isEqualTo(PerformanceBreakdown.of(g, records).groups());
    }
    // A post counts in the group of each of its hashtags (and once, without one, when it has none).
    long expectedCount = records.stream().mapToLong(r -> Math.max(1, r.hashtags().size())).sum();
    long counted = PerformanceBreakdowns.collect(table, Grouping.by(Dimension.HASHTAG),
            PerformanceTable.standard()).values().stream().mapToLong(PerformanceSummary::count)
        .sum();
    assertThat(counted).isEqualTo(expectedCount).isGreaterThan(records.size());
    table.unpersist();
  }

  @Test
  void millionPostsOfTwoThousandBrands() {
    AgencyHistory history = AgencyHistory.of(2_000, 2025, 3);
    int n = 1_000_000;
    Dataset<Row> table = AgencyTable.of(SPARK, history, n, 2);
    Map<String, PerformanceSummary> byBrand = new HashMap<>();
    for (Row r : table.groupBy("account")
        .agg(PerformanceAggregators.summaryColumn().as("s"))
        .collectAsList()) {
      byBrand.put(r.getString(0), PerformanceAggregators.toSummary(r.getStruct(1)));
    }
    Map<String, PerformanceSummary> expected =
        java.util.stream.LongStream.range(0, n).boxed()
            .collect(Collectors.groupingBy(history::brand,
                Collectors.mapping(history::record, PerformanceSummary.collector())));
    assertThat(byBrand).hasSize(2_000).isEqualTo(expected);
  }

  @Test
  void keyColumnsFollowTheDimensions() {
    assertThat(PerformanceBreakdowns.keyColumns(Grouping.by(TAIPEI, Dimension.values())))
        .containsExactly("platform", "format", "purpose", "paid", "account", "campaign", "pillar",
            "hashtag", "weekday", "hour", "day", "week", "month");
    Row byAccount = PerformanceBreakdowns.summaries(PerformanceTable.toTable(SPARK, COSMETICS),
        Grouping.by(Dimension.ACCOUNT, Dimension.HASHTAG)).first();
    // The real data set names no account and no hashtag: one group, keyed by nulls.
    assertThat(byAccount.isNullAt(0)).isTrue();
    assertThat(byAccount.isNullAt(1)).isTrue();
    assertThat(byAccount.schema().apply("account").nullable()).isTrue();
    Row row = PerformanceBreakdowns.summaries(PerformanceTable.toTable(SPARK, COSMETICS),
        Grouping.by(TAIPEI, Dimension.PLATFORM, Dimension.WEEK)).orderBy("week").first();
    assertThat(row.schema().fieldNames()).containsExactly("platform", "week", "summary");
    assertThat(row.getString(1)).isEqualTo("2014-W01");
  }

  @Test
  void aGroupingOfSomeMeasuresIsRefused() {
    Grouping some = Grouping.by(Dimension.PLATFORM).withAmounts(java.util.Set.of());
    assertThatThrownBy(
            () -> PerformanceBreakdowns.summaries(PerformanceTable.toTable(SPARK, COSMETICS), some))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Spark summaries add up every measure, so the grouping must too: " + some);
  }

  @Test
  void aBadRowFailsTheBreakdownNamingIt() {
    Dataset<Row> table = PerformanceTable.toTable(SPARK, COSMETICS)
        .withColumn("platform", functions.when(functions.col("post_id").equalTo("row 17"),
            functions.lit("fb")).otherwise(functions.col("platform")));
    assertThatThrownBy(() -> PerformanceBreakdowns.collect(table, Grouping.none(),
            PerformanceTable.standard()))
        .satisfies(e -> assertThat(PerformanceTableTest.cause(e))
            .startsWith("row post_id=row 17: column platform has an unknown platform id: \"fb\""));
  }
}
