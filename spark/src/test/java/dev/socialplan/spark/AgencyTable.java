package dev.socialplan.spark;

import dev.socialplan.analytics.aggregate.PerformanceRecord;
import dev.socialplan.testkit.generators.AgencyHistory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;

/**
 * Generated agency posts as a Spark table, each post generated on the executor that holds its
 * index, with the brand in the {@code account} column (the record's account); and the same posts on
 * one machine.
 */
final class AgencyTable {
  private AgencyTable() {}

  /** Posts 0 to n - 1 in {@code partitions} partitions, in a shuffled order. */
  static Dataset<Row> of(SparkSession spark, AgencyHistory history, long n, int partitions) {
    return spark.range(0, n, 1, partitions)
        .orderBy(functions.rand(n))
        .map(
            (MapFunction<Long, Row>) i -> PerformanceTable.toRow(history.record(i)),
            Encoders.row(PerformanceTable.schema()))
        .repartition(partitions);
  }

  static List<PerformanceRecord> records(AgencyHistory history, long n) {
    List<PerformanceRecord> out = new ArrayList<>((int) n);
    LongStream.range(0, n).forEach(i -> out.add(history.record(i)));
    return out;
  }
}
