/**
 * Measurement (method step 8): metric calculators, aggregation, best time to post, goal progress, experiments, benchmarks, budget performance and surveys.
 */
@NullMarked
package dev.socialplan.analytics;

import org.jspecify.annotations.NullMarked;
