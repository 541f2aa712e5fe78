/**
 * The strategy plan: the aggregate of every decision the method asks for, the brand, and the eight steps of the method that findings refer to.
 */
@NullMarked
@ValueStyle
package dev.socialplan.plan;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
