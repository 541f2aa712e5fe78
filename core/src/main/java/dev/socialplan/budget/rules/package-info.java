/**
 * The budget's rules (method step 5): allocations over the total, mixed currencies, a
 * chosen platform without allocation, paid promotion without a goal that measures its return, and an
 * expected return below the spend. Rules over a whole {@link dev.socialplan.plan.StrategyPlan},
 * written with the {@link dev.socialplan.validation} engine's public API.
 */
@NullMarked
@ValueStyle
package dev.socialplan.budget.rules;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
