/**
 * Goal progress and forecasts (method step 8, "re-evaluate constantly"): how
 * far a goal has come from its baseline, the pace it needs against the pace it has, where linear
 * and compound growth would take it by the deadline, when it would be reached, and a status with
 * configurable thresholds — for one goal or every goal of a plan, always as of a date the caller
 * passes.
 */
@NullMarked
@ValueStyle
package dev.socialplan.analytics.progress;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
