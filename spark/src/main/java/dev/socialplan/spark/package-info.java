/**
 * socialplan on Apache Spark (agency scale): performance records as a Spark schema and encoder
 * ({@link dev.socialplan.spark.PerformanceTable}), summaries by any grouping as typed aggregators
 * and Spark SQL functions ({@link dev.socialplan.spark.PerformanceAggregators}, {@link
 * dev.socialplan.spark.PerformanceBreakdowns}), best time to post per account ({@link
 * dev.socialplan.spark.BestTimeJob}) and goal progress for many goals ({@link
 * dev.socialplan.spark.GoalProgressJob}). Results equal the single-machine library's on the same
 * records for any partitioning; {@code docs/spark.md} says what runs where.
 *
 * <p>Spark is a {@code provided} dependency: the cluster brings it.
 */
@NullMarked
package dev.socialplan.spark;

import org.jspecify.annotations.NullMarked;
