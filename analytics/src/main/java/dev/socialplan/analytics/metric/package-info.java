/**
 * Metric calculators (method step 8): engagement rates with per-platform
 * engagement definitions, explicit averages, reach and community rates, click, conversion, cost and
 * return metrics with Joda-Money, audience growth, share of voice, net sentiment, responsiveness,
 * video rates, customer lifetime value and period-over-period comparison.
 *
 * <p>Every calculator states its formula and source (see {@code docs/metrics.md}); rates are {@link dev.socialplan.metric.Ratio}s, and a zero or missing
 * denominator gives an undefined ratio or an empty {@code Optional}, never NaN, zero or an exception.
 */
@NullMarked
@ValueStyle
package dev.socialplan.analytics.metric;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
