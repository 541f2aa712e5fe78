/**
 * JMH benchmarks for socialplan's performance targets. Not published.
 */
@NullMarked
package dev.socialplan.benchmarks;

import org.jspecify.annotations.NullMarked;
