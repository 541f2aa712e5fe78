/**
 * Content strategy (method step 6): post purposes and content sources, content mix policies (80/20,
 * rule of thirds, 5-3-2, custom) with their evaluation over rolling windows, content pillars and
 * keyword sets per platform.
 */
@NullMarked
@ValueStyle
package dev.socialplan.content;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
