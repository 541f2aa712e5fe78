/**
 * The plan's validator: {@link dev.socialplan.plan.rules.PlanValidator#standard()} composes the
 * rules of every concept ({@code dev.socialplan.<concept>.rules}) and the plan-level completeness
 * rules of {@link dev.socialplan.plan.rules.PlanRules} into one rule set over a {@link
 * dev.socialplan.plan.StrategyPlan} (SPEC PLAN-2, PLAN-3).
 *
 * <p>This is the top of socialplan-core's package layering: it depends on every concept's rules
 * package, and nothing in core depends on it. See {@link dev.socialplan.validation} for the
 * layering and for how to write a rule.
 */
@NullMarked
@ValueStyle
package dev.socialplan.plan.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
