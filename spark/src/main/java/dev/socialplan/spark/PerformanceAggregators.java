package dev.socialplan.spark;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.analytics.aggregate.MoneyMeasure;
import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.analytics.aggregate.PerformanceSummary;
import dev.socialplan.spark.internal.SummaryAggregators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StructType;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Performance summaries (the analytics module's {@link PerformanceSummary}) computed by Spark:
 * a typed {@link Aggregator} for {@code Dataset<PerformanceRecord>}, a {@link Column} for
 * DataFrames, and the Spark SQL function {@value #SUMMARY_FUNCTION} registered with {@link
 * #register(SparkSession)}, so that an analyst can write
 *
 * <pre>{@code
 * SELECT platform, socialplan_summary(impressions, reach, ..., revenue_currency) AS s
 * FROM posts GROUP BY platform
 * }</pre>
 *
 * <p>with the arguments of {@link #SUMMARY_ARGUMENTS}. Each group's result is the struct of
 * {@link #schema()}: the record count, per measure the sum of the values present (null when no
 * record of the group has the measure: missing stays missing) and how many were present, and spend
 * and revenue per currency. {@link #toSummary(Row)} turns it back into a {@link
 * PerformanceSummary}, equal to the single-machine summary of the same records whatever the
 * partitioning and order (sums are exact {@code long}s and minor units of money; there is no
 * floating point in a summary).
 *
 * <p>The aggregation buffer is stored with Spark's bean encoder when partial aggregates are
 * shuffled or spilled, never with Java serialisation. A negative count, an unknown currency or an
 * amount finer than its currency's minor unit fails the job with a message naming the column and
 * the value; a sum beyond {@code Long.MAX_VALUE} fails it with an {@link ArithmeticException}:
 * never a wrong sum.
 *
 * <p>Spark SQL's own type coercion runs before the function: with ANSI mode (Spark 4's default) a
 * floating-point column passed as a count is refused at analysis; without it Spark would cast it to
 * {@code bigint} silently, so pass the table through {@link PerformanceTable#conform} first when in
 * doubt.
 */
public final class PerformanceAggregators {
  private PerformanceAggregators() {}

  /** The name of the SQL summary function registered by {@link #register(SparkSession)}. */
  public static final String SUMMARY_FUNCTION = "socialplan_summary";

  /** The columns the SQL summary function takes, in order, comma-separated for SQL text. */
  public static final String SUMMARY_ARGUMENTS = summaryArguments();

  /** The type of money totals in the summary struct: exact, up to four decimals. */
  public static final DecimalType TOTAL_TYPE = DataTypes.createDecimalType(38, 4);

  /** The summary struct's column of the record count. */
  public static final String RECORDS = "records";

  private static final Measure[] MEASURES = Measure.values();

  private static final StructType SCHEMA = buildSchema();

  private static String summaryArguments() {
    List<String> names = new ArrayList<>();
    for (Measure m : Measure.values()) {
      names.add(PerformanceTable.column(m));
    }
    names.add(PerformanceTable.SPEND_AMOUNT);
    names.add(PerformanceTable.SPEND_CURRENCY);
    names.add(PerformanceTable.REVENUE_AMOUNT);
    names.add(PerformanceTable.REVENUE_CURRENCY);
    return String.join(", ", names);
  }

  private static StructType buildSchema() {
    StructType s = new StructType().add(RECORDS, DataTypes.LongType, false);
    for (Measure m : MEASURES) {
      s = s.add(PerformanceTable.column(m), DataTypes.LongType, true)
          .add(PerformanceTable.column(m) + "_present", DataTypes.LongType, false);
    }
    return s.add("spend", DataTypes.createMapType(DataTypes.StringType, TOTAL_TYPE, false), false)
        .add("spend_present", DataTypes.LongType, false)
        .add("revenue", DataTypes.createMapType(DataTypes.StringType, TOTAL_TYPE, false), false)
        .add("revenue_present", DataTypes.LongType, false);
  }

  /**
   * Returns the schema of the summary struct: {@code records}; for each measure its sum ({@code
   * impressions}, null when no record has it) and {@code impressions_present}; {@code spend} and
   * {@code revenue} as maps from ISO 4217 code to total, with {@code spend_present} and {@code
   * revenue_present}.
   *
   * @return the schema
   */
  public static StructType schema() {
    return SCHEMA;
  }

  /**
   * Returns the typed aggregator of records into summaries, for {@code
   * Dataset<PerformanceRecord>} (see {@link PerformanceTable#records}): {@code
   * records.groupByKey(...).agg(PerformanceAggregators.summary().toColumn())}. (Spark 4.0 cannot
   * {@code select} a typed column whose output is a struct-encoded object on its own; for one
   * summary of a whole table use {@link #summaryColumn()} or a constant key.)
   *
   * @return the aggregator; its output is encoded as the struct of {@link #schema()}
   */
  public static Aggregator<PerformanceRecord, ?, PerformanceSummary> summary() {
    return SummaryAggregators.records();
  }

  /**
   * Returns the encoder of summaries, as the struct of {@link #schema()}.
   *
   * @return the encoder
   */
  public static Encoder<PerformanceSummary> summaryEncoder() {
    return SummaryAggregators.summaryEncoder();
  }

  /**
   * Returns the untyped summary function, to apply to the columns of {@link #SUMMARY_ARGUMENTS}.
   *
   * @return the user-defined aggregate function
   */
  public static UserDefinedFunction summaryFunction() {
    return functions.udaf(
        SummaryAggregators.rows(), Encoders.row(SummaryAggregators.inputSchema()));
  }

  /**
   * Returns the summary of a DataFrame in the {@link PerformanceTable#schema() table schema},
   * as an aggregate column: {@code table.groupBy("platform").agg(PerformanceAggregators
   * .summaryColumn().as("summary"))}.
   *
   * @return the aggregate column over the table's measure and money columns
   */
  public static Column summaryColumn() {
    List<Column> args = new ArrayList<>();
    for (String name : SUMMARY_ARGUMENTS.split(", ")) {
      args.add(functions.col(name));
    }
    return summaryFunction().apply(args.toArray(new Column[0]));
  }

  /**
   * Registers {@value #SUMMARY_FUNCTION} for Spark SQL in a session.
   *
   * @param spark the session
   */
  public static void register(SparkSession spark) {
    spark.udf().register(SUMMARY_FUNCTION, summaryFunction());
  }

  /**
   * Converts a summary struct (a row of {@link #schema()}) into a summary.
   *
   * @param row the struct, as collected
   * @return the summary
   * @throws IllegalArgumentException if the struct's totals could not come from records
   */
  public static PerformanceSummary toSummary(Row row) {
    PerformanceSummary.Builder b = PerformanceSummary.builder().count(row.getLong(0));
    for (int i = 0; i < MEASURES.length; i++) {
      int at = 1 + 2 * i;
      b.measure(MEASURES[i], row.isNullAt(at) ? 0 : row.getLong(at), row.getLong(at + 1));
    }
    int spendAt = 1 + 2 * MEASURES.length;
    amounts(b, MoneyMeasure.SPEND, row.<String, BigDecimal>getJavaMap(spendAt));
    b.present(MoneyMeasure.SPEND, row.getLong(spendAt + 1));
    amounts(b, MoneyMeasure.REVENUE, row.<String, BigDecimal>getJavaMap(spendAt + 2));
    b.present(MoneyMeasure.REVENUE, row.getLong(spendAt + 3));
    return b.build();
  }

  private static void amounts(
      PerformanceSummary.Builder b, MoneyMeasure measure, Map<String, BigDecimal> totals) {
    totals.forEach(
        (code, amount) ->
            b.amount(measure, Money.of(CurrencyUnit.of(code), amount.stripTrailingZeros())));
  }

  /**
   * Converts a summary into a row of {@link #schema()}.
   *
   * @param summary the summary
   * @return the struct
   */
  public static Row toRow(PerformanceSummary summary) {
    Object[] v = new Object[SCHEMA.size()];
    v[0] = summary.count();
    for (int i = 0; i < MEASURES.length; i++) {
      long present = summary.present(MEASURES[i]);
      v[1 + 2 * i] = present == 0 ? null : summary.sum(MEASURES[i]);
      v[2 + 2 * i] = present;
    }
    int spendAt = 1 + 2 * MEASURES.length;
    v[spendAt] = totals(summary.spend());
    v[spendAt + 1] = summary.present(MoneyMeasure.SPEND);
    v[spendAt + 2] = totals(summary.revenue());
    v[spendAt + 3] = summary.present(MoneyMeasure.REVENUE);
    return RowFactory.create(v);
  }

  private static scala.collection.Map<String, BigDecimal> totals(
      SortedMap<CurrencyUnit, Money> totals) {
    Map<String, BigDecimal> out =
        totals.entrySet().stream()
            .collect(
                Collectors.toMap(
                    e -> e.getKey().getCode(),
                    e -> e.getValue().getAmount(),
                    (a, b) -> a,
                    LinkedHashMap::new));
    // Rows hold Scala maps for MapType columns.
    return scala.jdk.javaapi.CollectionConverters.asScala(out);
  }
}
