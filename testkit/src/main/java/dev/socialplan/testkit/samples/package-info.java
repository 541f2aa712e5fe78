/**
 * Sample strategy plans as ready-made, realistic test fixtures: the strategy guide's
 * scenario, a B2B software company, a local bakery and a non-profit's purpose-driven campaign, each
 * a {@link dev.socialplan.testkit.samples.SamplePlan} with a matching content calendar, the
 * performance its posts recorded and the time series of its goals. Start from {@link
 * dev.socialplan.testkit.samples.SamplePlans}.
 *
 * <p>Every sample is built through the public API only, with fixed dates and a fixed random seed, so
 * it is the same on every machine and in every run; the findings each one shows are listed in its
 * factory's Javadoc.
 */
@NullMarked
@ValueStyle
package dev.socialplan.testkit.samples;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
