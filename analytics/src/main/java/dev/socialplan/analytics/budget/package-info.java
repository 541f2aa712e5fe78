/**
 * Budget performance (method steps 5 and 8): spend, revenue, ROI and ROAS per
 * platform and per category against the budget, with a bounded reallocation suggestion from the
 * lowest to the highest return and its reasoning. Money is Joda-Money throughout, exact to the
 * currency's minor unit.
 */
@NullMarked
@ValueStyle
package dev.socialplan.analytics.budget;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
