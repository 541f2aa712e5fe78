/**
 * The budget (method step 5): the total for a period, the share of the digital marketing budget it
 * represents, allocations by platform and by category, and exact splits of money by weights.
 */
@NullMarked
@ValueStyle
package dev.socialplan.budget;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
