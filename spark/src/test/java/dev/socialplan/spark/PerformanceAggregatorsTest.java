package dev.socialplan.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.socialplan.analytics.aggregate.Dimension;
import dev.socialplan.analytics.aggregate.GroupKey;
import dev.socialplan.analytics.aggregate.Grouping;
import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.PerformanceBreakdown;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.content.PostPurpose;
import dev.socialplan.platform.Platform;
import dev.socialplan.platform.PostFormat;
import dev.socialplan.testkit.generators.AgencyHistory;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class PerformanceAggregatorsTest {
  private static final SparkSession SPARK = LocalSpark.session();
  private static final List<PerformanceRecord> COSMETICS = FacebookCosmetics.records();
  private static final Instant NOON = Instant.parse("2024-03-05T12:00:00Z");

  private static PerformanceRecord.Builder post(String id) {
    return PerformanceRecord.builder().postId(id).platform(Platform.X).publishedAt(NOON)
        .format(PostFormat.TEXT).purpose(PostPurpose.INFORM);
  }

  private static String sql(String select, String view) {
    return "SELECT " + select + ", " + PerformanceAggregators.SUMMARY_FUNCTION + "("
        + PerformanceAggregators.SUMMARY_ARGUMENTS + ") AS s FROM " + view;
  }

  @Test
  void sqlFunctionEqualsTheSingleMachineSummaryOnTheRealDataSet() {
    PerformanceTable.toTable(SPARK, COSMETICS).repartition(7).createOrReplaceTempView("cosmetics");
    Map<String, PerformanceSummary> byFormat = new HashMap<>();
    for (Row r : SPARK.sql(sql("format", "cosmetics") + " GROUP BY format").collectAsList()) {
      byFormat.put(r.getString(0), PerformanceAggregators.toSummary(r.getStruct(1)));
    }
    PerformanceBreakdown expected = PerformanceBreakdown.of(Grouping.by(Dimension.FORMAT), COSMETICS);
    assertThat(byFormat).hasSize(expected.size());
    expected.groups().forEach(
        (key, summary) ->
            assertThat(byFormat.get(key.format().orElseThrow().name())).isEqualTo(summary));
    Row all = SPARK.sql(sql("count(*) AS n", "cosmetics")).first();
    PerformanceSummary total = PerformanceAggregators.toSummary(all.getStruct(1));
    assertThat(total).isEqualTo(PerformanceSummary.of(COSMETICS));
    // The real file lacks 4 shares and 1 like: missing, not zero.
    assertThat(total.missing(Measure.SHARES)).isEqualTo(4);
    assertThat(total.missing(Measure.REACTIONS)).isEqualTo(1);
  }

  @Test
  void missingInIsNullOut() {
    List<PerformanceRecord> records =
        List.of(post("a").impressions(10).build(), post("b").impressions(5).shares(0).build());
    PerformanceTable.toTable(SPARK, records).createOrReplaceTempView("sparse");
    Row s = SPARK.sql(sql("count(*)", "sparse")).first().getStruct(1);
    assertThat(s.getLong(s.fieldIndex("records"))).isEqualTo(2);
    assertThat(s.getLong(s.fieldIndex("impressions"))).isEqualTo(15);
    assertThat(s.isNullAt(s.fieldIndex("reach"))).isTrue();
    assertThat(s.getLong(s.fieldIndex("reach_present"))).isZero();
    assertThat(s.getLong(s.fieldIndex("shares"))).isZero();
    assertThat(s.getLong(s.fieldIndex("shares_present"))).isEqualTo(1);
    assertThat(s.getJavaMap(s.fieldIndex("spend"))).isEmpty();
    assertThat(PerformanceAggregators.toSummary(s)).isEqualTo(PerformanceSummary.of(records));
  }

  @Test
  void sumsMoneyExactlyPerCurrency() {
    List<PerformanceRecord> records =
        List.of(
            post("a").spend(Money.parse("EUR 0.10")).revenue(Money.parse("JPY 1000")).build(),
            post("b").spend(Money.parse("EUR 0.20")).build(),
            post("c").spend(Money.parse("USD 99999999999999.99")).build(),
            post("d").spend(Money.parse("USD 0.01")).build());
    PerformanceTable.toTable(SPARK, records).repartition(3).createOrReplaceTempView("money");
    Row s = SPARK.sql(sql("count(*)", "money")).first().getStruct(1);
    assertThat(s.<String, java.math.BigDecimal>getJavaMap(s.fieldIndex("spend")))
        .containsEntry("EUR", new java.math.BigDecimal("0.3000"))
        .containsEntry("USD", new java.math.BigDecimal("100000000000000.0000"));
    assertThat(PerformanceAggregators.toSummary(s)).isEqualTo(PerformanceSummary.of(records));
  }

  @Test
  void typedAggregatorEqualsTheSingleMachineSummaryPerKey() {
    AgencyHistory history = AgencyHistory.of(40, 2025, 7);
    List<PerformanceRecord> records = AgencyTable.records(history, 4_000);
    Dataset<PerformanceRecord> ds =
        PerformanceTable.standard().records(AgencyTable.of(SPARK, history, 4_000, 7));
    List<Tuple2<String, PerformanceSummary>> got =
        ds.groupByKey((MapFunction<PerformanceRecord, String>) r -> r.platform().id(),
                Encoders.STRING())
            .agg(PerformanceAggregators.summary().toColumn())
            .collectAsList();
    Map<String, PerformanceSummary> expected =
        records.stream().collect(Collectors.groupingBy(r -> r.platform().id(),
            PerformanceSummary.collector()));
    assertThat(got.stream().collect(Collectors.toMap(Tuple2::_1, Tuple2::_2)))
        .isEqualTo(expected);
    PerformanceSummary all =
        ds.groupByKey((MapFunction<PerformanceRecord, Integer>) r -> 0, Encoders.INT())
            .agg(PerformanceAggregators.summary().toColumn())
            .first()
            ._2();
    assertThat(all).isEqualTo(PerformanceSummary.of(records));
  }

  @Test
  void summaryEncoderRoundTripsSummaries() {
    PerformanceSummary s = PerformanceSummary.of(COSMETICS);
    assertThat(SPARK.createDataset(List.of(s, PerformanceSummary.empty()),
            PerformanceAggregators.summaryEncoder()).collectAsList())
        .containsExactly(s, PerformanceSummary.empty());
    assertThat(PerformanceAggregators.toSummary(PerformanceAggregators.toRow(s))).isEqualTo(s);
  }

  @Test
  void badValuesFailTheQueryNamingColumnAndValue() {
    SPARK.sql("SELECT -3L AS impressions").createOrReplaceTempView("negative");
    String args = PerformanceAggregators.SUMMARY_ARGUMENTS.replaceAll("\\b(?!impressions\\b)\\w+",
        "NULL");
    assertThatThrownBy(
            () -> SPARK.sql("SELECT " + PerformanceAggregators.SUMMARY_FUNCTION + "(" + args
                + ") FROM negative").collectAsList())
        .hasStackTraceContaining("column impressions must not be negative: -3");
    String yen = PerformanceAggregators.SUMMARY_ARGUMENTS
        .replaceAll("\\b(?!spend_amount\\b|spend_currency\\b)\\w+", "NULL")
        .replace("spend_amount", "CAST(0.5 AS DECIMAL(38,18))")
        .replace("spend_currency", "'JPY'");
    assertThatThrownBy(
            () -> SPARK.sql("SELECT " + PerformanceAggregators.SUMMARY_FUNCTION + "(" + yen + ")")
                .collectAsList())
        .hasStackTraceContaining("column spend_amount has more decimals than JPY allows (0): 0.5");
  }

  @Test
  void anOverflowingSumFailsRatherThanWraps() {
    List<PerformanceRecord> records =
        List.of(post("a").impressions(Long.MAX_VALUE).build(), post("b").impressions(1).build());
    Dataset<Row> table = PerformanceTable.toTable(SPARK, records).repartition(2);
    assertThatThrownBy(
            () -> table.agg(PerformanceAggregators.summaryColumn()).collectAsList())
        .hasStackTraceContaining("ArithmeticException");
  }

  @Test
  void breakdownKeysRoundTrip() {
    Grouping g = Grouping.by(java.time.ZoneId.of("Asia/Taipei"), Dimension.values());
    GroupKey key = g.keyOf(COSMETICS.get(0));
    Row row = PerformanceBreakdowns.summaries(PerformanceTable.toTable(SPARK,
        List.of(COSMETICS.get(0))), g).first();
    assertThat(PerformanceBreakdowns.keyOf(g, row)).isEqualTo(key);
  }
}
