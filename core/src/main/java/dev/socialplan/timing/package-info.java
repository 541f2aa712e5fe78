/**
 * Time of week: a grid of weights per weekday and hour that best-time analysis produces and the scheduler consumes.
 */
@NullMarked
@ValueStyle
package dev.socialplan.timing;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
