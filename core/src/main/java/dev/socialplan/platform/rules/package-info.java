/**
 * The platforms' rules (method step 3): a chosen platform that reaches little of the
 * audience, more platforms than the budget and the team can serve, and the same content planned
 * unchanged on every platform. ("No platform chosen" is a plan-level rule, {@code
 * PLAN_NO_PLATFORM}.) Rules over a whole {@link dev.socialplan.plan.StrategyPlan}, written with the
 * {@link dev.socialplan.validation} engine's public API; the platform facts they read come from the
 * {@link dev.socialplan.platform.rules.PlatformRules#CATALOG} setting, so a user's own catalog
 * applies.
 */
@NullMarked
@ValueStyle
package dev.socialplan.platform.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
