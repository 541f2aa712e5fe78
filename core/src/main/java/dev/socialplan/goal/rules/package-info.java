/**
 * The goals' rules (method step 1): the SMART assessment of every goal, letter
 * by letter with a verdict and a reason ({@link dev.socialplan.goal.rules.SmartAssessment}), goals
 * that conflict or duplicate each other, a target that is no improvement, and a metric that does not
 * fit the goal's objective. Rules over a whole {@link dev.socialplan.plan.StrategyPlan}, written with
 * the {@link dev.socialplan.validation} engine's public API.
 */
@NullMarked
@ValueStyle
package dev.socialplan.goal.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
