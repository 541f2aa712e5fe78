/**
 * The content strategy's rules (method step 6, at plan level): a strategy
 * without pillars, pillars without keywords, and a mix target far from the strategy guide's 80/20
 * rule. Rules over a whole {@link dev.socialplan.plan.StrategyPlan}, written with the {@link
 * dev.socialplan.validation} engine's public API. (A mix whose shares do not add up to 1 cannot be
 * constructed, so no rule is needed for it; the calendar's rules check posts against the mix.)
 */
@NullMarked
@ValueStyle
package dev.socialplan.content.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
