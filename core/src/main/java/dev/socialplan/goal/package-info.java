/**
 * SMART goals (method step 1): the {@link dev.socialplan.goal.Objective} a goal pursues, the
 * {@link dev.socialplan.goal.BusinessObjective} it serves, its {@link dev.socialplan.goal.Target}
 * and baseline, and the growth evidence its "Achievable" check compares against.
 */
@NullMarked
@ValueStyle
package dev.socialplan.goal;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
