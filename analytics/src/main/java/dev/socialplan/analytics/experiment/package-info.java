/**
 * Experiments (method step 8, "test constantly"): two-variant and multi-variant tests on a rate such
 * as click-through or conversion, with frequentist tests and intervals from Apache Commons
 * Statistics, sample-size planning, a Bayesian comparison, and a verdict a marketer can act on.
 *
 * <p>Start with {@link dev.socialplan.analytics.experiment.Variant}, then {@link
 * dev.socialplan.analytics.experiment.TwoVariantAnalysis} or {@link
 * dev.socialplan.analytics.experiment.MultiVariantAnalysis}, and ask {@link
 * dev.socialplan.analytics.experiment.Verdict} what they mean for the plan's {@link
 * dev.socialplan.analytics.experiment.ExperimentDesign}.
 */
@NullMarked
@ValueStyle
package dev.socialplan.analytics.experiment;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
