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
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Generated agency posts as a Spark table, each post generated on the executor that holds its
 * index, with the brand in an {@code account} column; and the same posts on one machine.
 */
final class AgencyTable {
  private AgencyTable() {}

  static final StructType SCHEMA =
      PerformanceTable.schema().add("account", DataTypes.StringType, false);

  /** Posts 0 to n - 1 in {@code partitions} partitions, in a shuffled order. */
  static Dataset<Row> of(SparkSession spark, AgencyHistory history, long n, int partitions) {
    return spark.range(0, n, 1, partitions)
        .orderBy(functions.rand(n))
        .map(
            (MapFunction<Long, Row>)
                i -> {
                  Row r = PerformanceTable.toRow(history.record(i));
                  Object[] v = new Object[r.size() + 1];
                  for (int k = 0; k < r.size(); k++) {
                    v[k] = r.get(k);
                  }
                  v[r.size()] = history.brand(i);
                  return RowFactory.create(v);
                },
            Encoders.row(SCHEMA))
        .repartition(partitions);
  }

  static List<PerformanceRecord> records(AgencyHistory history, long n) {
    List<PerformanceRecord> out = new ArrayList<>((int) n);
    LongStream.range(0, n).forEach(i -> out.add(history.record(i)));
    return out;
  }
}
