/**
 * Aggregation buffers and Spark plumbing of the spark module. <strong>Not API</strong>: public only
 * because Spark's bean encoders and aggregators need public classes; anything here may change or
 * disappear in any release.
 */
@NullMarked
package dev.socialplan.spark.internal;

import org.jspecify.annotations.NullMarked;
