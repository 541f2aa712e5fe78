/**
 * The competitors' rules (method step 4): more competitors than the closest five, a
 * competitor or the brand without a SWOT analysis, and no opportunity identified. Rules over a whole
 * {@link dev.socialplan.plan.StrategyPlan}, written with the {@link dev.socialplan.validation}
 * engine's public API.
 */
@NullMarked
@ValueStyle
package dev.socialplan.competition.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
