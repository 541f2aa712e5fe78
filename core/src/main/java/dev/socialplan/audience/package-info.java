/**
 * The audience (method step 2): {@link dev.socialplan.audience.Persona personas} built from data,
 * weighted into an {@link dev.socialplan.audience.Audience}, and the Pew
 * {@link dev.socialplan.audience.Generation generations} derived from their ages.
 */
@NullMarked
@ValueStyle
package dev.socialplan.audience;

import dev.socialplan.internal.ValueStyle;
import org.jspecify.annotations.NullMarked;
