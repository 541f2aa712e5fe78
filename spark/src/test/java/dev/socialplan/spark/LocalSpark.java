package dev.socialplan.spark;

import org.apache.spark.sql.SparkSession;

/** One local[2] session for every test class of the module (starting one takes seconds). */
final class LocalSpark {
  private LocalSpark() {}

  private static SparkSession session;

  static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("socialplan-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.driver.bindAddress", "127.0.0.1")
              // Small shuffles: tests set the partitioning they exercise themselves.
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.sql.session.timeZone", "UTC")
              .getOrCreate();
      session.sparkContext().setLogLevel("WARN");
      PerformanceAggregators.register(session);
    }
    return session;
  }
}
