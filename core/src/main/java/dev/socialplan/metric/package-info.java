/**
 * The metrics goals are measured by, and {@link dev.socialplan.metric.Ratio}, the exact rate type every calculator returns.
 */
@NullMarked
@ValueStyle
package dev.socialplan.metric;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
