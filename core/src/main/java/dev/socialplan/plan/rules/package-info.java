/**
 * The rules over a whole plan: {@link dev.socialplan.plan.rules.PlanRules#standard()} composes the
 * plan-level completeness rule and the rules of every concept ({@code dev.socialplan.<concept>.rules})
 * into one rule set over a {@link dev.socialplan.plan.StrategyPlan}.
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
