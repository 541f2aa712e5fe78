/**
 * Social platforms (method step 3): an open platform type, sourced and dated platform profiles, format limits, and text measured the way each platform counts it.
 */
@NullMarked
@ValueStyle
package dev.socialplan.platform;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
