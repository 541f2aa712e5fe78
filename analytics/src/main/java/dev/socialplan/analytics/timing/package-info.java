/**
 * Best time to post: per-post engagement rates bucketed by local weekday ×
 * hour in the account's zone, normalised by the account's median, thin buckets shrunk toward the
 * mean by an empirical Bayes estimator, ranked with sample sizes and intervals, and returned as the
 * core {@link dev.socialplan.timing.TimeOfWeekGrid} the scheduler consumes, or the platform's
 * default posting times when the history is too thin, with the reason.
 */
@NullMarked
@ValueStyle
package dev.socialplan.analytics.timing;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
