/**
 * Performance records and their mergeable aggregation: one {@link
 * dev.socialplan.analytics.aggregate.PerformanceRecord} per post, summaries that are associative
 * accumulators with an identity (for parallel streams and distributed engines), breakdowns grouped
 * by platform, format, purpose, paid status, local weekday × hour, day, ISO week or month, and a
 * columnar batch path over primitive arrays for millions of records.
 *
 * <p>Missing is not zero: every count of a record may be missing, and every summary reports how
 * many values were missing per field.
 */
@NullMarked
@ValueStyle
package dev.socialplan.analytics.aggregate;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
