package dev.socialplan.benchmarks;

import dev.socialplan.analytics.aggregate.Measure;
import dev.socialplan.spark.BestTimeJob;
import dev.socialplan.spark.PerformanceAggregators;
import dev.socialplan.spark.PerformanceTable;
import dev.socialplan.testkit.generators.AgencyHistory;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A timed run (not JMH: a Spark job is seconds long and runs its own threads) of the spark
 * module's aggregation against Spark's own, on {@code local[2]}: 10,000,000 generated posts of
 * 1,000 brands (written once as Parquet, then read by every run), sums by account × platform ×
 * weekday × hour with {@code socialplan_summary} and with Spark's {@code groupBy(...).agg(sum,
 * count)} of the same sums (every measure's sum and present count, the record count, spend and
 * revenue per currency) in the same JVM, alternating, each result written to Spark's {@code noop}
 * sink; then {@link BestTimeJob} for the 1,000 brands on the first 1,000,000 posts (or half the
 * posts, if fewer) and on all of them. Prints wall-clock seconds per run and the ratio of medians. The command is in
 * {@code docs/performance.md}.
 */
public final class SparkAggregationTiming {
  private SparkAggregationTiming() {}

  /**
   * Runs the timing.
   *
   * @param args optionally the number of posts (default 10,000,000) and of repetitions (3)
   */
  public static void main(String[] args) {
    long posts = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("socialplan spark timing")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    try {
      run(spark, posts, runs, out);
    } finally {
      spark.stop();
    }
  }

  private static void run(SparkSession spark, long posts, int runs, PrintStream out) {
    AgencyHistory history = AgencyHistory.of(1_000, 2025, 2025);
    String dir = System.getProperty("java.io.tmpdir") + File.separator + "socialplan-spark-"
        + posts + ".parquet";
    if (!new File(dir).exists()) {
      long t = System.nanoTime();
      // The records carry their brand as the account column; the id selects the first n posts.
      StructType schema = PerformanceTable.schema().add("id", DataTypes.LongType, false);
      spark.range(posts)
          .map(
              (MapFunction<Long, Row>)
                  i -> {
                    Row r = PerformanceTable.toRow(history.record(i));
                    Object[] v = new Object[r.size() + 1];
                    for (int k = 0; k < r.size(); k++) {
                      v[k] = r.get(k);
                    }
                    v[r.size()] = i;
                    return RowFactory.create(v);
                  },
              Encoders.row(schema))
          .withColumn("weekday", functions.date_format(functions.col("published_at"), "EEEE"))
          .withColumn("hour", functions.hour(functions.col("published_at")))
          .write().mode(SaveMode.Overwrite).parquet(dir);
      out.printf(Locale.ROOT, "generated %,d posts in %.1f s: %s%n", posts,
          (System.nanoTime() - t) / 1e9, dir);
    }
    Dataset<Row> table = spark.read().parquet(dir);
    Column[] keys = {
      functions.col("account"), functions.col("platform"), functions.col("weekday"),
      functions.col("hour")
    };
    List<Column> native_ = new ArrayList<>();
    native_.add(functions.count(functions.lit(1)).as("records"));
    for (Measure m : Measure.values()) {
      String c = PerformanceTable.column(m);
      native_.add(functions.sum(c).as(c));
      native_.add(functions.count(c).as(c + "_present"));
    }
    for (String money : List.of("spend", "revenue")) {
      for (String currency : List.of("USD", "EUR", "JPY")) {
        native_.add(functions.sum(functions.when(
            functions.col(money + "_currency").equalTo(currency),
            functions.col(money + "_amount"))).as(money + "_" + currency));
      }
      native_.add(functions.count(money + "_amount").as(money + "_present"));
    }
    Column[] nativeAggs = native_.toArray(new Column[0]);
    double[] sparkSeconds = new double[runs];
    double[] socialplanSeconds = new double[runs];
    out.printf(Locale.ROOT, "groups: %,d%n", table.select(keys).distinct().count());
    for (int i = 0; i < runs; i++) {
      sparkSeconds[i] = time(() -> table.groupBy(keys)
          .agg(nativeAggs[0], Arrays.copyOfRange(nativeAggs, 1, nativeAggs.length)));
      socialplanSeconds[i] = time(() -> table.groupBy(keys)
          .agg(PerformanceAggregators.summaryColumn().as("summary")));
      out.printf(Locale.ROOT, "run %d: Spark groupBy(...).agg(sum, count) %.2f s, socialplan_summary"
          + " %.2f s%n", i + 1, sparkSeconds[i], socialplanSeconds[i]);
    }
    double ratio = median(socialplanSeconds) / median(sparkSeconds);
    out.printf(Locale.ROOT, "median: Spark %.2f s, socialplan %.2f s, ratio %.2f%n",
        median(sparkSeconds), median(socialplanSeconds), ratio);

    BestTimeJob job = BestTimeJob.of(ZoneId.of("Europe/Paris"));
    for (long n : new long[] {Math.min(1_000_000L, posts / 2), posts}) {
      Dataset<Row> part = table.where(functions.col("id").lt(n));
      double s = time(() -> job.run(part));
      out.printf(Locale.ROOT, "best time, 1,000 brands, %,d posts: %.2f s%n", n, s);
    }
  }

  private static double time(java.util.function.Supplier<Dataset<Row>> job) {
    long t = System.nanoTime();
    job.get().write().format("noop").mode(SaveMode.Overwrite).save();
    return (System.nanoTime() - t) / 1e9;
  }

  private static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
