/**
 * The audience's rules (method step 2): personas built on assumption, personas without
 * pain points or interests, and audience weights that do not add up to 100 %. Rules over a whole
 * {@link dev.socialplan.plan.StrategyPlan}, written with the {@link dev.socialplan.validation}
 * engine's public API.
 */
@NullMarked
@ValueStyle
package dev.socialplan.audience.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
