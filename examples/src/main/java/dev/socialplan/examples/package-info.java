/**
 * Runnable examples of the whole method, end to end. Not published.
 */
@NullMarked
package dev.socialplan.examples;

import org.jspecify.annotations.NullMarked;
