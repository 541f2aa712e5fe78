/**
 * Competitive benchmarks (method step 4): share of voice over mentions or
 * engagements for the brand and its competitors, per-post engagement, audience growth and other
 * figures compared with the competitors' average, and a ranking per metric.
 */
@NullMarked
@ValueStyle
package dev.socialplan.analytics.benchmark;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
