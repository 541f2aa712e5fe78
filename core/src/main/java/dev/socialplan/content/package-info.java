/**
 * Content strategy (method step 6): post purposes, content mix policies, content pillars and keyword sets.
 */
@NullMarked
@ValueStyle
package dev.socialplan.content;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
