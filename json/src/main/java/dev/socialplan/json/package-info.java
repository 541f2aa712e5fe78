/** The socialplan JSON document format. */
@NullMarked
package dev.socialplan.json;

import org.jspecify.annotations.NullMarked;
